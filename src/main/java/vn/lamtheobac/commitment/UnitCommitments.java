package vn.lamtheobac.commitment;

import java.util.Map;

/**
 * Where one unit under a committee stands with this year's commitments, its whole subtree counted: the line of the
 * per-unit summary a committee sees before drilling down to a cell's list. {@code members} counts the people who
 * write a commitment; the others count commitments by status.
 */
public record UnitCommitments(
        long unitId, String unitName, boolean leaf, long members, Map<CommitmentStatus, Long> byStatus) {

    public long count(CommitmentStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Handed in (anything past the draft). */
    public long submitted() {
        return byStatus.entrySet().stream()
                .filter(e -> e.getKey().submitted())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Not written or still a draft: what the unit's secretary chases. */
    public long notSubmitted() {
        return Math.max(0, members - submitted());
    }

    /** Share of the members who have handed theirs in, 0–100. */
    public int submittedPercent() {
        return members == 0 ? 0 : (int) Math.round(100.0 * submitted() / members);
    }
}
