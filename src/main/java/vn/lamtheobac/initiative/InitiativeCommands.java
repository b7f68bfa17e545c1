package vn.lamtheobac.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The changes that can be asked of initiatives. */
public final class InitiativeCommands {

    private InitiativeCommands() {}

    /**
     * A goal: a name, a target value of zero or more and its unit. A target of 0 is a reduction ("0 ý kiến không hài
     * lòng"), reached when the value comes down to 0. A row with nothing filled in is ignored.
     */
    public record IndicatorInput(String name, BigDecimal target, String unit) {

        public boolean blank() {
            return (name == null || name.isBlank()) && target == null && (unit == null || unit.isBlank());
        }
    }

    /** What the owner registers and may revise while the initiative is only registered. */
    public record InitiativeContent(
            InitiativeField field,
            Long themeId,
            Integer year,
            String title,
            String description,
            LocalDate startsOn,
            LocalDate endsOn,
            List<IndicatorInput> indicators) {}

    /**
     * Registers an initiative: a collective one for {@code organizationId}, or an individual one for {@code personId}
     * (owned by the organisation the person belongs to; {@code organizationId} is then ignored).
     */
    public record RegisterInitiative(
            InitiativeKind kind, Long organizationId, Long personId, InitiativeContent content) {}

    public record ReviseInitiative(long id, InitiativeContent content, int version) {}

    /** The value one indicator has reached; a {@code null} value means "not reported this time". */
    public record IndicatorValue(long indicatorId, BigDecimal value) {}

    /** A progress update; the first one starts a registered initiative. */
    public record ReportProgress(
            long initiativeId, LocalDate reportedOn, List<IndicatorValue> values, String narrative) {}

    /** A photo uploaded with a progress update (JPG or PNG, checked by content). */
    public record PhotoUpload(String fileName, byte[] content) {}

    public record StartInitiative(long id, int version) {}

    /** Marks an initiative in progress as completed on {@code completedOn} (today when null). */
    public record CompleteInitiative(long id, LocalDate completedOn, int version) {}

    /** The superior committee's evaluation of a completed initiative, with its remarks. */
    public record EvaluateInitiative(long id, Effectiveness result, String remarks, int version) {}

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
            long sourceId, long organizationId, Integer year, LocalDate startsOn, LocalDate endsOn) {}

    /** The individual's consent to be shown on the public portal, as recorded by their unit. */
    public record RecordConsent(long id, LocalDate consentedOn, String note, int version) {}

    /** Withdraws the individual's consent; the initiative leaves the portal at once. */
    public record WithdrawConsent(long id, int version) {}

    public record PublishInitiative(long id, int version) {}

    public record UnpublishInitiative(long id, int version) {}
}
