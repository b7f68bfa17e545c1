package vn.lamtheobac.evaluation;

import java.math.BigDecimal;

/**
 * What the rules look at for a party organisation. The discipline of its leadership is read from the committee's own
 * membership and the people's records; its subordinate units and their discipline are counted from the tree and the
 * organisations' discipline records, never typed by the unit being rated.
 *
 * @param leadershipDisciplined a member of its leadership was disciplined in the year, in any form
 * @param leadershipDisciplinedWarningOrAbove a member of its leadership was disciplined at cảnh cáo or above
 * @param subordinateUnits how many active subordinate units it has
 * @param subordinateUnitsDisciplined how many of them were disciplined in the year
 * @param tasksCompletedPercent share of its tasks completed (0–100)
 * @param commonScore common criteria, 0–30 (scored rule sets)
 * @param taskScore task results, 0–70 (scored rule sets)
 * @param tasksExceedingPercent share of tasks done beyond what was required (0–100)
 * @param tasksLatePercent share of tasks done late (0–100)
 */
public record CollectiveFacts(
        boolean leadershipDisciplined,
        boolean leadershipDisciplinedWarningOrAbove,
        int subordinateUnits,
        int subordinateUnitsDisciplined,
        BigDecimal tasksCompletedPercent,
        BigDecimal commonScore,
        BigDecimal taskScore,
        BigDecimal tasksExceedingPercent,
        BigDecimal tasksLatePercent) {

    public BigDecimal score() {
        return commonScore == null || taskScore == null ? null : commonScore.add(taskScore);
    }
}
