package vn.lamtheobac.organization;

/** An organisation is active until dissolved (possibly by merging into another); a dissolved one keeps its history. */
public enum OrganizationStatus {
    ACTIVE,
    DISSOLVED
}
