package vn.lamtheobac.evaluation;

/**
 * How far a round has got in the subtree of one organisation: its party members, how many are decided, and the
 * decided ratings by level. A committee above the grassroots follows its round through these, one per unit.
 */
public record UnitProgress(
        long organizationId,
        String organizationName,
        int members,
        int decided,
        int excellent,
        int good,
        int completed,
        int notCompleted) {

    /** Decided, as a whole percentage of the members (0 when there are none). */
    public int decidedPercent() {
        return members == 0 ? 0 : decided * 100 / members;
    }
}
