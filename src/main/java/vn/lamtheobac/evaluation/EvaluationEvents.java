package vn.lamtheobac.evaluation;

/** What happened to rounds and ratings. */
public final class EvaluationEvents {

    private EvaluationEvents() {}

    /** A round was opened for the subtree of {@code organizationId}: every member in it has an evaluation to fill. */
    public record RoundOpened(long roundId, long organizationId, String organizationName, int year, String title) {}

    /** A rating was decided (or corrected): reporting and recognition listen. */
    public record RatingDecided(
            long evaluationId,
            long roundId,
            int year,
            Subject subject,
            Long personId,
            long organizationId,
            Rating rating) {}

    /** A round was closed, every evaluation in it decided: it takes no more proposals or decisions. */
    public record RoundClosed(long roundId, long organizationId, int year, int members) {}
}
