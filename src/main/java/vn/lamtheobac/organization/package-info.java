/**
 * The party organisation tree (tổ chức đảng: Thành ủy → Đảng bộ xã/phường, Đảng ủy trực thuộc → Đảng bộ cơ sở → Chi
 * bộ), its reference data (organisation types and their level class), committee terms (nhiệm kỳ) and the discipline
 * of party organisations (kỷ luật tổ chức đảng, Điều lệ Đảng Điều 38).
 *
 * <p>Every organisation carries a materialised {@code ltree} path of ids; a subtree is {@code path <@ root}. The SQL
 * function {@code organization.subtree_ids(roots bigint[])} is part of this module's published API: other modules
 * filter their rows by the caller's scope with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation tree")
package vn.lamtheobac.organization;
