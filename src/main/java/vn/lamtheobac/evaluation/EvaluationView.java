package vn.lamtheobac.evaluation;

import java.math.BigDecimal;

/**
 * One member's or organisation's evaluation in a round, with what was declared, proposed and decided. Figures keep
 * their decimals. {@code reviewReason} is set when something recorded after the decision (a discipline) asks the
 * deciding committee to review it.
 */
public record EvaluationView(
        long id,
        long roundId,
        Subject subject,
        Long personId,
        String name,
        long organizationId,
        String organizationName,
        Long grassrootsId,
        EvaluationStatus status,
        BigDecimal tasksCompletedPercent,
        BigDecimal commonScore,
        BigDecimal taskScore,
        BigDecimal tasksExceedingPercent,
        BigDecimal tasksLatePercent,
        Rating selfRating,
        String selfRemarks,
        Rating proposedRating,
        String proposalRemarks,
        Rating decidedRating,
        String decisionRemarks,
        String decidedBy,
        String reviewReason,
        int version) {

    public BigDecimal score() {
        return commonScore == null || taskScore == null ? null : commonScore.add(taskScore);
    }

    /** The score as a person writes it (89.5, 90), or null. */
    public String scoreText() {
        return score() == null ? null : RatingRules.text(score());
    }

    /** A figure as a person writes it (89.5, 100). */
    public String text(BigDecimal value) {
        return RatingRules.text(value);
    }

    EvaluationView named(String name, String organizationName) {
        return new EvaluationView(
                id,
                roundId,
                subject,
                personId,
                name,
                organizationId,
                organizationName,
                grassrootsId,
                status,
                tasksCompletedPercent,
                commonScore,
                taskScore,
                tasksExceedingPercent,
                tasksLatePercent,
                selfRating,
                selfRemarks,
                proposedRating,
                proposalRemarks,
                decidedRating,
                decisionRemarks,
                decidedBy,
                reviewReason,
                version);
    }
}
