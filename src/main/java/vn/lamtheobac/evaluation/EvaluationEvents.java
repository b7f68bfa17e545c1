package vn.lamtheobac.evaluation;

/** What happened to rounds and ratings. */
public final class EvaluationEvents {

    private EvaluationEvents() {}

    /** A round was opened for the subtree of {@code organizationId}: every member in it has an evaluation to fill. */
    public record RoundOpened(long roundId, long organizationId, String organizationName, int year, String title) {}

    /**
     * The year's rating was decided (or corrected) in an annual round: reporting and recognition listen. Only an
     * annual round's rating is the year's rating.
     */
    public record RatingDecided(
            long evaluationId,
            long roundId,
            int year,
            Subject subject,
            Long personId,
            long organizationId,
            Rating rating) {}

    /** A rating was decided (or corrected) in a mid-term or ad-hoc round: it never replaces the year's rating. */
    public record RoundRatingDecided(
            long evaluationId,
            long roundId,
            int year,
            RoundKind kind,
            Subject subject,
            Long personId,
            long organizationId,
            Rating rating) {}

    /** A round was closed, every evaluation in it decided: it takes no more proposals or decisions. */
    public record RoundClosed(long roundId, long organizationId, int year, int members) {}
}
