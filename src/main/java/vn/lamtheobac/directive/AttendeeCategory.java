package vn.lamtheobac.directive;

/** Who attends a dissemination: cadres, party members, civil servants, union and association members, citizens. */
public enum AttendeeCategory {
    CADRES,
    PARTY_MEMBERS,
    CIVIL_SERVANTS,
    UNION_MEMBERS,
    CITIZENS
}
