package vn.lamtheobac.commitment;

/**
 * A person who owes a commitment, as the cell secretary's list shows them: {@code commitmentId} is {@code null} when
 * nothing has been written yet.
 */
public record CommitmentRow(
        long personId,
        String fullName,
        String category,
        long organizationId,
        String organizationName,
        Long commitmentId,
        CommitmentStatus status,
        ItemResult outcome) {

    /** Not written or still a draft: what the secretary chases. */
    public boolean notSubmitted() {
        return status == null || !status.submitted();
    }
}
