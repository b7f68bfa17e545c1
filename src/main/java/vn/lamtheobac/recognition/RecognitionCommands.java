package vn.lamtheobac.recognition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.shared.TextLimits;

/**
 * The changes that can be asked of movements, nominations, commendations and award forms. Their field rules are Bean
 * Validation constraints whose message is the key of the message shown at the field (text is trimmed and blank made
 * null once, at binding); the services check them before anything else, and the rules of the regulations after.
 */
public final class RecognitionCommands {

    /** The longest text of a movement's criteria or a nomination's achievements. */
    public static final int MAX_TEXT = 10_000;
    /** The longest reason of a return or a rejection. */
    public static final int MAX_REASON = 2_000;
    /** The most initiatives linked to one nomination. */
    public static final int MAX_INITIATIVES = 20;
    /** The most nominations one decision commends. */
    public static final int MAX_BATCH = 500;

    private RecognitionCommands() {}

    /**
     * Launches a movement for the subtree of {@code organizationId}; {@code minimumRating} null means Hoàn thành tốt
     * nhiệm vụ (HTTNV). A movement may only tighten each award form's own minimum.
     */
    public record CreateMovement(
            @NotNull(message = "recognition.error.organization")
            Long organizationId,

            @NotBlank(message = "recognition.error.title") @Size(max = 500, message = "recognition.error.textTooLong")
            String title,

            @Size(max = MAX_TEXT, message = "recognition.error.textTooLong")
            String criteria,

            @NotNull(message = "recognition.error.startsOn") LocalDate startsOn,
            @NotNull(message = "recognition.error.endsOn") LocalDate endsOn,
            Rating minimumRating) {}

    public record UpdateMovement(
            long id,

            @NotBlank(message = "recognition.error.title") @Size(max = 500, message = "recognition.error.textTooLong")
            String title,

            @Size(max = MAX_TEXT, message = "recognition.error.textTooLong")
            String criteria,

            @NotNull(message = "recognition.error.startsOn") LocalDate startsOn,
            @NotNull(message = "recognition.error.endsOn") LocalDate endsOn,
            Rating minimumRating,
            int version) {}

    /**
     * Proposes a collective ({@code organizationId}) or an individual ({@code personId}, proposed by the unit they
     * belong to; {@code organizationId} is then ignored) for the achievements of {@code year} under a movement, with
     * the nominee's initiatives linked as evidence and the proposed award form.
     */
    public record Nominate(
            @NotNull(message = "recognition.error.movement") Long movementId,
            @NotNull(message = "recognition.error.kind") NomineeKind kind,
            Long organizationId,
            Long personId,

            @NotNull(message = "recognition.error.year")
            @Min(value = 2000, message = "recognition.error.year")
            @Max(value = 2100, message = "recognition.error.year")
            Integer year,

            @NotBlank(message = "recognition.error.achievements")
            @Size(max = MAX_TEXT, message = "recognition.error.textTooLong")
            String achievements,

            @Size(max = MAX_INITIATIVES, message = "recognition.error.tooManyInitiatives")
            List<Long> initiativeIds,

            @NotBlank(message = "recognition.error.form") String proposedFormCode) {}

    /** The proposing unit sends a returned nomination up again, revised. */
    public record Resubmit(
            long id,

            @NotBlank(message = "recognition.error.achievements")
            @Size(max = MAX_TEXT, message = "recognition.error.textTooLong")
            String achievements,

            @Size(max = MAX_INITIATIVES, message = "recognition.error.tooManyInitiatives")
            List<Long> initiativeIds,

            @NotBlank(message = "recognition.error.form") String proposedFormCode,
            int version) {}

    /**
     * A reviewing committee's step: approve upward, return or reject (the last two with a reason). {@code version} null
     * means the version the nomination has when the step is taken.
     */
    public record Review(
            long id,

            @NotNull(message = "recognition.error.reviewAction")
            ReviewAction action,

            @Size(max = MAX_REASON, message = "recognition.error.textTooLong")
            String reason,

            Integer version) {}

    /**
     * The entitled committee decides one or several nominations waiting for it under one movement, under one party
     * document number. {@code formCode} null keeps each nomination's proposed form; {@code decidedOn} null means today.
     * A date before the last decision number of the committee is refused unless {@code earlierDateConfirmed} (the
     * register runs in the order of issue, Hướng dẫn 36-HD/VPTW).
     */
    public record Decide(
            @NotEmpty(message = "recognition.error.noNominations")
            @Size(max = MAX_BATCH, message = "recognition.error.tooManyNominations")
            List<Long> nominationIds,

            String formCode,
            LocalDate decidedOn,
            boolean earlierDateConfirmed) {

        public Decide(List<Long> nominationIds, String formCode, LocalDate decidedOn) {
            this(nominationIds, formCode, decidedOn, false);
        }
    }

    /**
     * Marks a commendation as an exemplar for the public portal; an individual's needs the date and form of their
     * consent, as recorded by their unit (checked by the service, as a collective needs none).
     */
    public record MarkExemplar(
            long commendationId,
            LocalDate consentedOn,

            @Size(max = 1000, message = "recognition.error.textTooLong")
            String note,

            int version) {}

    /** Takes a commendation off the exemplars; for an individual, this withdraws their consent. */
    public record WithdrawExemplar(long commendationId, int version) {}

    /**
     * Adds an award form: its family bounds the level that may grant it and its minimum rating by law ({@link
     * AwardCategory}); {@code source} cites where its minimum and conditions come from.
     */
    public record AddAwardForm(
            @NotNull(message = "recognition.error.formCode")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "recognition.error.formCode")
            @Size(max = TextLimits.CODE, message = "{validation.size}")
            String code,

            @NotBlank(message = "recognition.error.formName") @Size(max = 300, message = "recognition.error.formName")
            String nameVi,

            @NotBlank(message = "recognition.error.formName") @Size(max = 300, message = "recognition.error.formName")
            String nameEn,

            @NotNull(message = "recognition.error.formKind") AwardFormKind kind,

            @NotNull(message = "recognition.error.formCategory")
            AwardCategory category,

            @NotNull(message = "recognition.error.entitledLevel")
            LevelClass entitledLevel,

            @NotNull(message = "recognition.error.formMinimumRating")
            Rating minimumRating,

            @Size(max = 2000, message = "recognition.error.textTooLong")
            String conditions,

            @NotBlank(message = "recognition.error.formSource")
            @Size(max = 1000, message = "recognition.error.textTooLong")
            String source) {}

    public record UpdateAwardForm(
            @Size(max = TextLimits.CODE, message = "{validation.size}")
            String code,

            @NotBlank(message = "recognition.error.formName") @Size(max = 300, message = "recognition.error.formName")
            String nameVi,

            @NotBlank(message = "recognition.error.formName") @Size(max = 300, message = "recognition.error.formName")
            String nameEn,

            @NotNull(message = "recognition.error.formKind") AwardFormKind kind,

            @NotNull(message = "recognition.error.formCategory")
            AwardCategory category,

            @NotNull(message = "recognition.error.entitledLevel")
            LevelClass entitledLevel,

            @NotNull(message = "recognition.error.formMinimumRating")
            Rating minimumRating,

            @Size(max = 2000, message = "recognition.error.textTooLong")
            String conditions,

            @NotBlank(message = "recognition.error.formSource")
            @Size(max = 1000, message = "recognition.error.textTooLong")
            String source,

            boolean active,
            int version) {}
}
