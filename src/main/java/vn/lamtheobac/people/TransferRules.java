package vn.lamtheobac.people;

import java.util.Optional;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * The rules of a membership transfer (chuyển sinh hoạt đảng), as pure functions. A party member belongs to one party
 * organisation and moves between organisations only by a transfer that the party committees concerned decide (Điều lệ
 * Đảng, and Quy định 24-QĐ/TW of 30/7/2021 on its execution, on chuyển sinh hoạt đảng; the clauses are not cited: the
 * texts were not available to the project). Here the organisation that records a person already on record elsewhere
 * asks, and the committee over both — the nearest common committee of the two organisations — decides.
 */
final class TransferRules {

    /** The longest reason a refusal may give (the column's limit). */
    static final int MAX_REASON = 2000;

    private TransferRules() {}

    /**
     * A refusal gives its reason: the requesting office is told why the person it recorded may not move to it
     * (a decision of a party committee that refuses a member's request states its grounds).
     */
    static Optional<Violation> refusalReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(new Violation("reason", "transfer.error.reasonRequired"));
        }
        if (reason.strip().length() > MAX_REASON) {
            return Optional.of(new Violation("reason", "transfer.error.reasonTooLong", MAX_REASON));
        }
        return Optional.empty();
    }

    /** No one decides a transfer they asked for themselves (one person asks, the committee decides). */
    static Optional<Violation> decider(long requestedBy, long decidedBy) {
        return requestedBy == decidedBy
                ? Optional.of(new Violation(null, "transfer.error.ownRequest"))
                : Optional.empty();
    }
}
