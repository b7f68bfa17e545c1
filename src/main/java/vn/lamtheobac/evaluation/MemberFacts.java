package vn.lamtheobac.evaluation;

import java.math.BigDecimal;

/**
 * What the rules look at for a party member: discipline in the year (one violation counts once), the share of
 * assigned tasks completed, and for scored rule sets the two scores and the share of tasks done beyond what was
 * required. Figures keep their decimals (89.5 is a score of its own).
 *
 * @param disciplinedInYear disciplined for a violation in the rating year
 * @param tasksCompletedPercent share of assigned tasks completed (0–100), or {@code null} if not assessed yet
 * @param commonScore common criteria, 0–30 (scored rule sets)
 * @param taskScore task results, 0–70 (scored rule sets)
 * @param tasksExceedingPercent share of tasks done beyond what was required (0–100)
 */
public record MemberFacts(
        boolean disciplinedInYear,
        BigDecimal tasksCompletedPercent,
        BigDecimal commonScore,
        BigDecimal taskScore,
        BigDecimal tasksExceedingPercent) {

    public BigDecimal score() {
        return commonScore == null || taskScore == null ? null : commonScore.add(taskScore);
    }
}
