package vn.lamtheobac.evaluation;

/**
 * What the rules look at for a party organisation.
 *
 * @param leadershipDisciplinedWarningOrAbove a member of its leadership was disciplined at cảnh cáo or above
 * @param subordinateUnits how many subordinate units it has
 * @param subordinateUnitsDisciplined how many of them were disciplined in the year
 * @param tasksCompletedPercent share of its tasks completed (0–100)
 * @param commonScore common criteria, 0–30 (scored rule sets)
 * @param taskScore task results, 0–70 (scored rule sets)
 * @param allTasksOnTime every task done, on time
 * @param tasksExceedingPercent share of tasks done beyond what was required (0–100)
 * @param tasksLatePercent share of tasks done late (0–100)
 */
public record CollectiveFacts(
        boolean leadershipDisciplinedWarningOrAbove,
        int subordinateUnits,
        int subordinateUnitsDisciplined,
        Integer tasksCompletedPercent,
        Integer commonScore,
        Integer taskScore,
        boolean allTasksOnTime,
        Integer tasksExceedingPercent,
        Integer tasksLatePercent) {

    public Integer score() {
        return commonScore == null || taskScore == null ? null : commonScore + taskScore;
    }
}
