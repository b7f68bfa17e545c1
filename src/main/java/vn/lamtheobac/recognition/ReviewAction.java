package vn.lamtheobac.recognition;

import java.util.Set;

/**
 * A step of a nomination's timeline. A reviewing committee asks for one of {@link #REVIEWER_ACTIONS}: approve upward
 * (chuyển lên cấp trên), return with a reason (trả lại) or reject with a reason (không đề nghị); the other steps are
 * recorded by the system when the unit submits or resubmits and when the entitled committee decides.
 */
public enum ReviewAction {
    SUBMIT,
    APPROVE_UPWARD,
    RETURN,
    REJECT,
    RESUBMIT,
    DECIDE;

    /** The actions a reviewing committee may ask for. */
    public static final Set<ReviewAction> REVIEWER_ACTIONS = Set.of(APPROVE_UPWARD, RETURN, REJECT);

    /** Whether the step needs a reason. */
    public boolean needsReason() {
        return this == RETURN || this == REJECT;
    }
}
