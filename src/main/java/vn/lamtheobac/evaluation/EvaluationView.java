package vn.lamtheobac.evaluation;

/** One member's or organisation's evaluation in a round, with what was declared, proposed and decided. */
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
        Integer tasksCompletedPercent,
        Integer commonScore,
        Integer taskScore,
        boolean allTasksOnTime,
        Integer tasksExceedingPercent,
        Integer tasksLatePercent,
        int subordinateUnits,
        int subordinateUnitsDisciplined,
        Rating selfRating,
        String selfRemarks,
        Rating proposedRating,
        String proposalRemarks,
        Rating decidedRating,
        String decisionRemarks,
        String decidedBy,
        int version) {

    public Integer score() {
        return commonScore == null || taskScore == null ? null : commonScore + taskScore;
    }
}
