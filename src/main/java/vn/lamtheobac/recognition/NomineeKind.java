package vn.lamtheobac.recognition;

/** Who is nominated: a collective (a party organisation) or an individual (a person). */
public enum NomineeKind {
    COLLECTIVE,
    INDIVIDUAL
}
