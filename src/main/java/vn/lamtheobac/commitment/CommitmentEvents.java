package vn.lamtheobac.commitment;

/** What happened to commitments. */
public final class CommitmentEvents {

    private CommitmentEvents() {}

    public record CommitmentSubmitted(long id, long personId, long organizationId, int year) {}

    /** The cell acknowledged the commitment: the member carries it out through the year. */
    public record CommitmentAcknowledged(long id, long personId, long organizationId, int year) {}

    /** The cell sent the commitment back to its writer to revise, with the reason. */
    public record CommitmentReturned(long id, long personId, long organizationId, int year, String reason) {}

    /** The cell assessed a commitment; the outcome counts in the member's annual rating. */
    public record CommitmentAssessed(long id, long personId, long organizationId, int year, ItemResult outcome) {}

    /** Someone asked a member to write and submit their commitment. */
    public record CommitmentReminderRequested(long personId, int year, String organizationName) {}
}
