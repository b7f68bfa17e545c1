package vn.lamtheobac.organization;

/** The level of an organisation type in the Party's hierarchy, as rules (quotas, award entitlement) need it. */
public enum LevelClass {
    PROVINCIAL,
    UPPER_GRASSROOTS,
    GRASSROOTS,
    CELL
}
