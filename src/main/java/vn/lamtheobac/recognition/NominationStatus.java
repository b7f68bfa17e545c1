package vn.lamtheobac.recognition;

/**
 * Đã đề nghị (waiting for the first committee above the proposing unit) → đang xét duyệt (approved by at least one
 * committee, waiting for the next) → chờ quyết định (at the entitled committee) → đã quyết định khen thưởng. A
 * reviewing committee may return it to the proposing unit (trả lại, which resubmits it) or reject it (không đề nghị,
 * final).
 */
public enum NominationStatus {
    PROPOSED,
    UNDER_REVIEW,
    AWAITING_DECISION,
    RETURNED,
    REJECTED,
    DECIDED;

    /** Waiting for a committee to act on it. */
    public boolean inReview() {
        return this == PROPOSED || this == UNDER_REVIEW || this == AWAITING_DECISION;
    }
}
