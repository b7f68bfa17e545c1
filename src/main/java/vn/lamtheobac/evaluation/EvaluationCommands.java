package vn.lamtheobac.evaluation;

/** The changes that can be asked of rounds and evaluations. */
public final class EvaluationCommands {

    private EvaluationCommands() {}

    /** Opens a round for the subtree of {@code organizationId}; {@code ruleSet} null means the one in force for the year. */
    public record OpenRound(
            long organizationId, int year, RoundKind kind, RuleSet ruleSet, Boolean excellentCap, String title) {}

    /** What the member (or the organisation) declares about its year. */
    public record SelfAssessment(
            long id,
            Integer tasksCompletedPercent,
            Integer commonScore,
            Integer taskScore,
            boolean allTasksOnTime,
            Integer tasksExceedingPercent,
            Integer tasksLatePercent,
            Integer subordinateUnits,
            Integer subordinateUnitsDisciplined,
            Rating selfRating,
            String remarks,
            int version) {}

    /** The cell's proposal for a member (or the organisation's own for a collective). */
    public record Proposal(long id, Rating rating, String remarks, int version) {}

    public record Decision(long id, Rating rating, String remarks, int version) {}

    /** Changes a decided rating; the reason goes to the audit trail. */
    public record Correction(long id, Rating rating, String reason, int version) {}
}
