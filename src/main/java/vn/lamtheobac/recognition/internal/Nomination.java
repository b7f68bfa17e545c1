package vn.lamtheobac.recognition.internal;

import java.util.List;
import vn.lamtheobac.recognition.NominationStatus;
import vn.lamtheobac.recognition.NomineeKind;
import vn.lamtheobac.recognition.ReviewAction;

/**
 * A nomination as stored, the aggregate of its lifecycle: its state changes only through the methods below, each
 * guarded by {@link NominationTransitions}, and each returns the nomination after the step (the repository writes it
 * with the state it had, so two committees cannot act on it at once). The rules that the steps depend on are checked
 * by {@link CommendationRules} before each one.
 */
public record Nomination(
        long id,
        long movementId,
        NomineeKind kind,
        long organizationId,
        Long personId,
        int year,
        String achievements,
        String proposedFormCode,
        List<Long> initiativeIds,
        NominationStatus status,
        long currentLevelOrganizationId,
        int version) {

    public Nomination {
        initiativeIds = List.copyOf(initiativeIds);
    }

    /** The committee where it waits approves it upward to {@code parentId}. */
    public Nomination approveUpward(long parentId, boolean parentIsEntitled) {
        return moved(NominationTransitions.next(status, ReviewAction.APPROVE_UPWARD, parentIsEntitled), parentId);
    }

    /** The committee where it waits returns it to the proposing unit. */
    public Nomination returnToUnit() {
        return moved(NominationTransitions.next(status, ReviewAction.RETURN, false), organizationId);
    }

    /** The committee where it waits rejects it; final. */
    public Nomination reject() {
        return moved(NominationTransitions.next(status, ReviewAction.REJECT, false), currentLevelOrganizationId);
    }

    /** The entitled committee commends the nominee. */
    public Nomination decide() {
        return moved(NominationTransitions.next(status, ReviewAction.DECIDE, false), currentLevelOrganizationId);
    }

    /** The proposing unit sends a returned nomination up again, revised, to {@code levelId}. */
    public Nomination resubmit(
            String achievements, String formCode, List<Long> initiativeIds, long levelId, boolean atEntitled) {
        var next = NominationTransitions.next(status, ReviewAction.RESUBMIT, atEntitled);
        return new Nomination(
                id,
                movementId,
                kind,
                organizationId,
                personId,
                year,
                achievements,
                formCode,
                initiativeIds,
                next,
                levelId,
                version);
    }

    /** Refuses {@code action} with the reason the user can act on if the nomination cannot take it now. */
    public void require(ReviewAction action) {
        NominationTransitions.next(status, action, false);
    }

    /** The same nomination as the caller last saw it, at {@code version}: the step is refused if it changed since. */
    public Nomination atVersion(int version) {
        return new Nomination(
                id,
                movementId,
                kind,
                organizationId,
                personId,
                year,
                achievements,
                proposedFormCode,
                initiativeIds,
                status,
                currentLevelOrganizationId,
                version);
    }

    /** Whether {@code action} is a step the nomination may take now. */
    public boolean allows(ReviewAction action) {
        return NominationTransitions.allows(status, action);
    }

    private Nomination moved(NominationStatus next, long levelId) {
        return new Nomination(
                id,
                movementId,
                kind,
                organizationId,
                personId,
                year,
                achievements,
                proposedFormCode,
                initiativeIds,
                next,
                levelId,
                version);
    }
}
