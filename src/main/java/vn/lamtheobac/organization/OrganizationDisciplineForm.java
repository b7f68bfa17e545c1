package vn.lamtheobac.organization;

/** Forms of discipline of a party organisation, mildest first (Điều lệ Đảng, Điều 38): khiển trách, cảnh cáo, giải tán. */
public enum OrganizationDisciplineForm {
    REPRIMAND,
    WARNING,
    DISSOLUTION
}
