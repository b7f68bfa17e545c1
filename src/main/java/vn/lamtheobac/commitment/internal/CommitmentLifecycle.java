package vn.lamtheobac.commitment.internal;

import java.util.EnumMap;
import java.util.Map;
import vn.lamtheobac.commitment.CommitmentStatus;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * The one transition table of a commitment: written (draft) → submitted → acknowledged by the cell (or returned to
 * the draft) → self-assessed at year end → assessed by the cell → closed; a closed commitment changes only by an
 * audited correction.
 */
public final class CommitmentLifecycle {

    /** What can be asked of a commitment, with the message when its status does not allow it. */
    public enum Action {
        WRITE("commitment.error.notDraft"),
        SUBMIT("commitment.error.submitOnlyDraft"),
        ACKNOWLEDGE("commitment.error.acknowledgeOnlySubmitted"),
        RETURN("commitment.error.returnOnlySubmitted"),
        SELF_ASSESS("commitment.error.selfAssessOnlyAcknowledged"),
        ASSESS("commitment.error.assessOnlySelfAssessed"),
        CLOSE("commitment.error.closeOnlyAssessed"),
        CORRECT("commitment.error.correctOnlyClosed");

        final String refusal;

        Action(String refusal) {
            this.refusal = refusal;
        }
    }

    private static final Map<CommitmentStatus, Map<Action, CommitmentStatus>> TABLE =
            new EnumMap<>(CommitmentStatus.class);

    static {
        TABLE.put(
                CommitmentStatus.DRAFT,
                Map.of(Action.WRITE, CommitmentStatus.DRAFT, Action.SUBMIT, CommitmentStatus.SUBMITTED));
        TABLE.put(
                CommitmentStatus.SUBMITTED,
                Map.of(Action.ACKNOWLEDGE, CommitmentStatus.ACKNOWLEDGED, Action.RETURN, CommitmentStatus.DRAFT));
        TABLE.put(CommitmentStatus.ACKNOWLEDGED, Map.of(Action.SELF_ASSESS, CommitmentStatus.SELF_ASSESSED));
        TABLE.put(CommitmentStatus.SELF_ASSESSED, Map.of(Action.ASSESS, CommitmentStatus.ASSESSED));
        TABLE.put(CommitmentStatus.ASSESSED, Map.of(Action.CLOSE, CommitmentStatus.CLOSED));
        TABLE.put(CommitmentStatus.CLOSED, Map.of(Action.CORRECT, CommitmentStatus.CLOSED));
    }

    private CommitmentLifecycle() {}

    /** The status {@code action} leads to from {@code from}; refused with the action's message when not allowed. */
    public static CommitmentStatus next(CommitmentStatus from, Action action) {
        var to = TABLE.get(from).get(action);
        if (to == null) {
            throw new BusinessRuleException(action.refusal);
        }
        return to;
    }

    public static boolean allows(CommitmentStatus from, Action action) {
        return TABLE.get(from).containsKey(action);
    }
}
