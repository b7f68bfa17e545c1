package vn.lamtheobac.evaluation;

/**
 * What the rules look at for a party member: discipline in the year (one violation counts once), the share of
 * assigned tasks completed, and for scored rule sets the two scores and how tasks were done.
 *
 * @param disciplinedInYear disciplined for a violation in the rating year
 * @param tasksCompletedPercent share of assigned tasks completed (0–100), or {@code null} if not assessed yet
 * @param commonScore common criteria, 0–30 (scored rule sets)
 * @param taskScore task results, 0–70 (scored rule sets)
 * @param allTasksOnTime every task done, on time
 * @param tasksExceedingPercent share of tasks done beyond what was required (0–100)
 */
public record MemberFacts(
        boolean disciplinedInYear,
        Integer tasksCompletedPercent,
        Integer commonScore,
        Integer taskScore,
        boolean allTasksOnTime,
        Integer tasksExceedingPercent) {

    public Integer score() {
        return commonScore == null || taskScore == null ? null : commonScore + taskScore;
    }
}
