package vn.lamtheobac.recognition;

import java.time.LocalDate;
import java.util.List;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;

/** The changes that can be asked of movements, nominations, commendations and award forms. */
public final class RecognitionCommands {

    private RecognitionCommands() {}

    /**
     * Launches a movement for the subtree of {@code organizationId}; {@code minimumRating} null means Hoàn thành tốt
     * nhiệm vụ (HTTNV).
     */
    public record CreateMovement(
            Long organizationId,
            String title,
            String criteria,
            LocalDate startsOn,
            LocalDate endsOn,
            Rating minimumRating) {}

    public record UpdateMovement(
            long id,
            String title,
            String criteria,
            LocalDate startsOn,
            LocalDate endsOn,
            Rating minimumRating,
            int version) {}

    /**
     * Proposes a collective ({@code organizationId}) or an individual ({@code personId}, proposed by the unit they
     * belong to; {@code organizationId} is then ignored) for the achievements of {@code year} under a movement, with
     * the nominee's initiatives linked as evidence and the proposed award form.
     */
    public record Nominate(
            Long movementId,
            NomineeKind kind,
            Long organizationId,
            Long personId,
            Integer year,
            String achievements,
            List<Long> initiativeIds,
            String proposedFormCode) {}

    /** The proposing unit sends a returned nomination up again, revised. */
    public record Resubmit(
            long id, String achievements, List<Long> initiativeIds, String proposedFormCode, int version) {}

    /**
     * A reviewing committee's step: approve upward, return or reject (the last two with a reason). {@code version} null
     * means the version the nomination has when the step is taken.
     */
    public record Review(long id, ReviewAction action, String reason, Integer version) {}

    /**
     * The entitled committee decides one or several nominations waiting for it under one movement, under one party
     * document number. {@code formCode} null keeps each nomination's proposed form; {@code decidedOn} null means today.
     */
    public record Decide(List<Long> nominationIds, String formCode, LocalDate decidedOn) {}

    /**
     * Marks a commendation as an exemplar for the public portal; an individual's needs the date and form of their
     * consent, as recorded by their unit.
     */
    public record MarkExemplar(long commendationId, LocalDate consentedOn, String note, int version) {}

    /** Takes a commendation off the exemplars; for an individual, this withdraws their consent. */
    public record WithdrawExemplar(long commendationId, int version) {}

    public record AddAwardForm(
            String code, String nameVi, String nameEn, AwardFormKind kind, LevelClass entitledLevel) {}

    public record UpdateAwardForm(
            String code,
            String nameVi,
            String nameEn,
            AwardFormKind kind,
            LevelClass entitledLevel,
            boolean active,
            int version) {}
}
