/**
 * The party organisation tree (tổ chức đảng: Thành ủy → Đảng bộ xã/phường, Đảng ủy trực thuộc → Đảng bộ cơ sở → Chi
 * bộ), its reference data (organisation types and their level class) and committee terms (nhiệm kỳ).
 *
 * <p>Every organisation carries a materialised {@code ltree} path of ids; a subtree is {@code path <@ root}. The SQL
 * function {@code organization.subtree_ids(roots bigint[])} is part of this module's published API: other modules
 * filter their rows by the caller's scope with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation tree")
package vn.lamtheobac.organization;
