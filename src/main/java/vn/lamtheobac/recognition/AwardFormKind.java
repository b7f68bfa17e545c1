package vn.lamtheobac.recognition;

/** Whom an award form may be given to: collectives, individuals, or both. */
public enum AwardFormKind {
    COLLECTIVE,
    INDIVIDUAL,
    BOTH;

    /** Whether a nominee of {@code kind} may receive a form of this kind. */
    public boolean fits(NomineeKind kind) {
        return this == BOTH || name().equals(kind.name());
    }
}
