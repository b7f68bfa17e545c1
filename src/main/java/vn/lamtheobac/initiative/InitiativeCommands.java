package vn.lamtheobac.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The changes that can be asked of initiatives, with their field constraints (Bean Validation; messages in
 * messages_*.properties). Rules between fields and steps are the service's, checked at every step.
 */
public final class InitiativeCommands {

    /** The largest value numeric(16, 2) holds. */
    public static final String MAX_VALUE = "99999999999999.99";

    private InitiativeCommands() {}

    /**
     * A goal: a name, a target value of zero or more and its unit. A target of 0 is a reduction ("0 ý kiến không hài
     * lòng"), reached when the value comes down to 0. A row with nothing filled in is ignored.
     */
    public record IndicatorInput(
            @Size(max = 200, message = "{initiative.error.indicatorName}")
            String name,

            @DecimalMin(value = "0", message = "{initiative.error.indicatorTarget}")
            @DecimalMax(value = MAX_VALUE, message = "{initiative.error.valueTooLarge}")
            BigDecimal target,

            @Size(max = 50, message = "{initiative.error.indicatorUnit}")
            String unit) {

        public boolean blank() {
            return (name == null || name.isBlank()) && target == null && (unit == null || unit.isBlank());
        }
    }

    /** What the owner registers and may revise while the initiative is only registered. */
    public record InitiativeContent(
            @NotNull(message = "{initiative.error.field}") InitiativeField field,
            Long themeId,

            @NotNull(message = "{initiative.error.year}")
            @Min(value = 2000, message = "{initiative.error.year}")
            @Max(value = 2100, message = "{initiative.error.year}")
            Integer year,

            @NotBlank(message = "{initiative.error.title}") @Size(max = 500, message = "{initiative.error.textTooLong}")
            String title,

            @Size(max = 10000, message = "{initiative.error.textTooLong}")
            String description,

            @NotNull(message = "{initiative.error.startsOn}")
            LocalDate startsOn,

            @NotNull(message = "{initiative.error.endsOn}") LocalDate endsOn,
            List<@Valid IndicatorInput> indicators) {}

    /**
     * Registers an initiative: a collective one for {@code organizationId}, or an individual one for {@code personId}
     * (owned by the organisation the person belongs to; {@code organizationId} is then ignored).
     */
    public record RegisterInitiative(
            @NotNull(message = "{initiative.error.kind}") InitiativeKind kind,
            Long organizationId,
            Long personId,

            @NotNull(message = "{initiative.error.title}") @Valid
            InitiativeContent content) {}

    public record ReviseInitiative(
            long id,

            @NotNull(message = "{initiative.error.title}") @Valid
            InitiativeContent content,

            int version) {}

    /** The value one indicator has reached; a {@code null} value means "not reported this time". */
    public record IndicatorValue(
            long indicatorId,

            @DecimalMin(value = "0", message = "{initiative.error.valueNegative}")
            @DecimalMax(value = MAX_VALUE, message = "{initiative.error.valueTooLarge}")
            BigDecimal value) {}

    /** A progress update; the first one starts a registered initiative. */
    public record ReportProgress(
            long initiativeId,

            @NotNull(message = "{initiative.error.reportedOn}")
            LocalDate reportedOn,

            List<@Valid IndicatorValue> values,

            @Size(max = 10000, message = "{initiative.error.textTooLong}")
            String narrative) {}

    /** A photo uploaded with a progress update (JPG or PNG, checked by content). */
    public record PhotoUpload(String fileName, byte[] content) {}

    public record StartInitiative(long id, int version) {}

    /** Marks an initiative in progress as completed on {@code completedOn} (today when null). */
    public record CompleteInitiative(long id, LocalDate completedOn, int version) {}

    /** The superior committee's evaluation of a completed initiative, with its remarks. */
    public record EvaluateInitiative(
            long id,

            @NotNull(message = "{initiative.error.evaluation}")
            Effectiveness result,

            @NotBlank(message = "{initiative.error.remarks}")
            @Size(max = 5000, message = "{initiative.error.textTooLong}")
            String remarks,

            int version) {}

    /**
     * A higher committee recognises an effective initiative as a good model worth replicating, on {@code
     * recognisedOn} (today when null). {@code organizationId} is the recognising committee; when null, the caller's
     * committee above the owner.
     */
    public record RecogniseGoodModel(long id, Long organizationId, LocalDate recognisedOn, int version) {}

    /**
     * Another organisation takes up a good model: a new registered initiative of {@code organizationId} with the
     * model's title, field, description and indicators, linked to the model. Year, start and end default to this
     * year, today and the year's end.
     */
    public record AdoptGoodModel(
            long sourceId,
            long organizationId,

            @Min(value = 2000, message = "{initiative.error.year}")
            @Max(value = 2100, message = "{initiative.error.year}")
            Integer year,

            LocalDate startsOn,
            LocalDate endsOn) {}

    /** The individual's consent to be shown on the public portal, as recorded by their unit. */
    public record RecordConsent(
            long id,

            @NotNull(message = "{initiative.error.consentedOn}")
            LocalDate consentedOn,

            @NotBlank(message = "{initiative.error.consentNote}")
            @Size(max = 1000, message = "{initiative.error.textTooLong}")
            String consentNote,

            int version) {}

    /** Withdraws the individual's consent; the initiative leaves the portal at once. */
    public record WithdrawConsent(long id, int version) {}

    public record PublishInitiative(long id, int version) {}

    public record UnpublishInitiative(long id, int version) {}
}
