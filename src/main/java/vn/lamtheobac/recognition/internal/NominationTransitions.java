package vn.lamtheobac.recognition.internal;

import java.util.EnumMap;
import java.util.Map;
import vn.lamtheobac.recognition.NominationStatus;
import vn.lamtheobac.recognition.ReviewAction;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * The one table of a nomination's lifecycle: state × action → next state. A step that reaches the committee entitled
 * to decide the form makes the nomination await its decision ({@link NominationStatus#AWAITING_DECISION}) instead of
 * waiting for review at that committee; anything not in the table is refused with the reason the user can act on.
 *
 * <pre>
 * (new)              SUBMIT          → PROPOSED           (AWAITING_DECISION at the entitled committee)
 * PROPOSED           APPROVE_UPWARD  → UNDER_REVIEW       (AWAITING_DECISION at the entitled committee)
 * UNDER_REVIEW       APPROVE_UPWARD  → UNDER_REVIEW       (AWAITING_DECISION at the entitled committee)
 * PROPOSED, UNDER_REVIEW, AWAITING_DECISION   RETURN → RETURNED, REJECT → REJECTED
 * AWAITING_DECISION  DECIDE          → DECIDED
 * RETURNED           RESUBMIT        → PROPOSED           (AWAITING_DECISION at the entitled committee)
 * </pre>
 */
public final class NominationTransitions {

    private static final Map<NominationStatus, Map<ReviewAction, NominationStatus>> TABLE =
            new EnumMap<>(NominationStatus.class);

    static {
        for (var status : NominationStatus.values()) {
            TABLE.put(status, new EnumMap<>(ReviewAction.class));
        }
        for (var waiting : new NominationStatus[] {
            NominationStatus.PROPOSED, NominationStatus.UNDER_REVIEW, NominationStatus.AWAITING_DECISION
        }) {
            TABLE.get(waiting).put(ReviewAction.RETURN, NominationStatus.RETURNED);
            TABLE.get(waiting).put(ReviewAction.REJECT, NominationStatus.REJECTED);
        }
        TABLE.get(NominationStatus.PROPOSED).put(ReviewAction.APPROVE_UPWARD, NominationStatus.UNDER_REVIEW);
        TABLE.get(NominationStatus.UNDER_REVIEW).put(ReviewAction.APPROVE_UPWARD, NominationStatus.UNDER_REVIEW);
        TABLE.get(NominationStatus.AWAITING_DECISION).put(ReviewAction.DECIDE, NominationStatus.DECIDED);
        TABLE.get(NominationStatus.RETURNED).put(ReviewAction.RESUBMIT, NominationStatus.PROPOSED);
    }

    private NominationTransitions() {}

    /** The state of a new nomination, submitted to the committee above its unit. */
    public static NominationStatus submitted(boolean atEntitledCommittee) {
        return atEntitledCommittee ? NominationStatus.AWAITING_DECISION : NominationStatus.PROPOSED;
    }

    /** Whether {@code action} may be taken in {@code from}. */
    public static boolean allows(NominationStatus from, ReviewAction action) {
        return TABLE.get(from).containsKey(action);
    }

    /**
     * The state after {@code action} in {@code from}; {@code atEntitledCommittee} says whether the committee the
     * nomination reaches is the one entitled to decide its form. Refused if the table has no such step.
     */
    public static NominationStatus next(NominationStatus from, ReviewAction action, boolean atEntitledCommittee) {
        var next = TABLE.get(from).get(action);
        if (next == null) {
            throw refusal(from, action);
        }
        if (atEntitledCommittee && (next == NominationStatus.PROPOSED || next == NominationStatus.UNDER_REVIEW)) {
            return NominationStatus.AWAITING_DECISION;
        }
        return next;
    }

    private static BusinessRuleException refusal(NominationStatus from, ReviewAction action) {
        return new BusinessRuleException(
                switch (from) {
                    case DECIDED -> "recognition.error.alreadyDecided";
                    case REJECTED -> "recognition.error.alreadyRejected";
                    case RETURNED -> "recognition.error.returnedToUnit";
                    case AWAITING_DECISION -> "recognition.error.awaitingDecision";
                    default ->
                        action == ReviewAction.DECIDE
                                ? "recognition.error.notAwaitingDecision"
                                : "recognition.error.notReturned";
                });
    }
}
