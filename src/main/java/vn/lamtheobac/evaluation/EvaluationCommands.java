package vn.lamtheobac.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The changes that can be asked of rounds and evaluations. Field rules are Bean Validation constraints, checked by the
 * service before anything else; figures keep one decimal (89.5) and a second one is refused, never cut.
 */
public final class EvaluationCommands {

    private EvaluationCommands() {}

    /**
     * Opens a round for the subtree of {@code organizationId}; {@code ruleSet} null means the one in force for the year;
     * {@code excellentCap} and {@code scoreFallsBack} null mean on (366 only).
     */
    public record OpenRound(
            long organizationId,

            @Min(value = 2018, message = "{evaluation.error.year}")
            int year,

            RoundKind kind,
            RuleSet ruleSet,
            Boolean excellentCap,
            Boolean scoreFallsBack,

            @Size(max = 300, message = "{evaluation.error.titleLength}")
            String title) {

        public OpenRound(
                long organizationId, int year, RoundKind kind, RuleSet ruleSet, Boolean excellentCap, String title) {
            this(organizationId, year, kind, ruleSet, excellentCap, null, title);
        }
    }

    /**
     * What the member (or the organisation) declares about its year. Subordinate units and their discipline are not
     * declared: they are counted from the tree and the organisations' discipline records.
     */
    public record SelfAssessment(
            long id,

            @NotNull(message = "{evaluation.error.percent}")
            @DecimalMin(value = "0", message = "{evaluation.error.percent}")
            @DecimalMax(value = "100", message = "{evaluation.error.percent}")
            @Digits(integer = 3, fraction = 1, message = "{evaluation.error.oneDecimal}")
            BigDecimal tasksCompletedPercent,

            @DecimalMin(value = "0", message = "{evaluation.error.commonScore}")
            @DecimalMax(value = "30", message = "{evaluation.error.commonScore}")
            @Digits(integer = 2, fraction = 1, message = "{evaluation.error.oneDecimal}")
            BigDecimal commonScore,

            @DecimalMin(value = "0", message = "{evaluation.error.taskScore}")
            @DecimalMax(value = "70", message = "{evaluation.error.taskScore}")
            @Digits(integer = 2, fraction = 1, message = "{evaluation.error.oneDecimal}")
            BigDecimal taskScore,

            @DecimalMin(value = "0", message = "{evaluation.error.percent}")
            @DecimalMax(value = "100", message = "{evaluation.error.percent}")
            @Digits(integer = 3, fraction = 1, message = "{evaluation.error.oneDecimal}")
            BigDecimal tasksExceedingPercent,

            @DecimalMin(value = "0", message = "{evaluation.error.percent}")
            @DecimalMax(value = "100", message = "{evaluation.error.percent}")
            @Digits(integer = 3, fraction = 1, message = "{evaluation.error.oneDecimal}")
            BigDecimal tasksLatePercent,

            Rating selfRating,

            @Size(max = 2000, message = "{evaluation.error.remarksLength}")
            String remarks,

            int version) {}

    /** The cell's proposal for a member (or the organisation's own for a collective). */
    public record Proposal(
            long id,
            @NotNull(message = "{evaluation.error.rating}") Rating rating,

            @Size(max = 2000, message = "{evaluation.error.remarksLength}")
            String remarks,

            int version) {}

    public record Decision(
            long id,
            @NotNull(message = "{evaluation.error.rating}") Rating rating,

            @Size(max = 2000, message = "{evaluation.error.remarksLength}")
            String remarks,

            int version) {}

    /** Changes a decided rating; the reason is kept in the evaluation's correction history and the audit trail. */
    public record Correction(
            long id,
            @NotNull(message = "{evaluation.error.rating}") Rating rating,

            @NotBlank(message = "{evaluation.error.reasonRequired}")
            @Size(max = 2000, message = "{evaluation.error.remarksLength}")
            String reason,

            int version) {}
}
