package vn.lamtheobac.commitment;

/**
 * Where a commitment stands: written (draft) → submitted → acknowledged by the cell → self-assessed at year end →
 * assessed by the cell → closed.
 */
public enum CommitmentStatus {
    DRAFT,
    SUBMITTED,
    ACKNOWLEDGED,
    SELF_ASSESSED,
    ASSESSED,
    CLOSED;

    /** Whether the member has handed it in (anything past the draft). */
    public boolean submitted() {
        return this != DRAFT;
    }
}
