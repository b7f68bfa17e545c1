package vn.lamtheobac.evaluation;

/** Who is rated: a party member, or a party organisation (collective). */
public enum Subject {
    MEMBER,
    COLLECTIVE
}
