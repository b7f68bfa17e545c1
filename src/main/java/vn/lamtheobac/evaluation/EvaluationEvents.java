package vn.lamtheobac.evaluation;

/** What happened to ratings. */
public final class EvaluationEvents {

    private EvaluationEvents() {}

    /** A rating was decided (or corrected): reporting and recognition listen. */
    public record RatingDecided(
            long evaluationId,
            long roundId,
            int year,
            Subject subject,
            Long personId,
            long organizationId,
            Rating rating) {}
}
