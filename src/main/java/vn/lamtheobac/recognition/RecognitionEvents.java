package vn.lamtheobac.recognition;

import java.time.LocalDate;

/** What happened to nominations and commendations; published in the changing transaction. */
public final class RecognitionEvents {

    private RecognitionEvents() {}

    /**
     * A unit proposed (or, after a return, resubmitted) a nominee; it waits at {@code currentLevelOrganizationId}.
     * {@code personId} is null for a collective.
     */
    public record NominationSubmitted(
            long id,
            long movementId,
            NomineeKind kind,
            long organizationId,
            Long personId,
            int year,
            String proposedFormCode,
            long currentLevelOrganizationId) {}

    /**
     * A committee approved a nomination upward, returned it or rejected it; it now waits at {@code
     * currentLevelOrganizationId} (the proposing unit after a return). The nominee is {@code organizationId}'s
     * collective, or {@code personId} of it.
     */
    public record NominationReviewed(
            long id,
            ReviewAction action,
            long reviewingOrganizationId,
            NominationStatus status,
            long currentLevelOrganizationId,
            long organizationId,
            Long personId) {}

    /** A committee's decision commended a nominee; {@code personId} is null for a collective. */
    public record CommendationDecided(
            long id,
            long nominationId,
            String formCode,
            String symbol,
            LocalDate decidedOn,
            Long personId,
            long organizationId) {}
}
