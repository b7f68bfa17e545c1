package vn.lamtheobac.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lamtheobac.people.TransferTransitions.Action;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * A membership transfer (chuyển sinh hoạt đảng) as an aggregate: the existing record of a person, the provisional
 * record another organisation made of the same person, the committee that decides, and the decision. It changes
 * state only through {@link #approve}, {@link #refuse} and {@link #withdraw}, each guarded by {@link
 * TransferTransitions} and the rules of {@link TransferRules}; each returns the next state and leaves this one as it
 * was.
 */
record MembershipTransfer(
        long id,
        long personId,
        Long provisionalId,
        String provisionalName,
        long fromOrganizationId,
        long toOrganizationId,
        long committeeId,
        TransferStatus status,
        long requestedBy,
        Instant requestedAt,
        Long decidedBy,
        Instant decidedAt,
        String reason,
        int version) {

    /** The committee approves: the existing record moves to {@code toOrganizationId}, where the provisional one is. */
    MembershipTransfer approve(long decider, long toOrganizationId, Instant at) {
        var next = TransferTransitions.next(status, Action.APPROVE);
        check(TransferRules.decider(requestedBy, decider).stream().toList());
        return decided(next, decider, toOrganizationId, at, null);
    }

    /** The committee refuses, with the reason the requesting office will read. */
    MembershipTransfer refuse(long decider, String why, Instant at) {
        var next = TransferTransitions.next(status, Action.REFUSE);
        var violations = new ArrayList<Violation>();
        TransferRules.refusalReason(why).ifPresent(violations::add);
        TransferRules.decider(requestedBy, decider).ifPresent(violations::add);
        check(violations);
        return decided(next, decider, toOrganizationId, at, why.strip());
    }

    /** The provisional record no longer claims the person's number: the request lapses. */
    MembershipTransfer withdraw(Instant at) {
        return decided(TransferTransitions.next(status, Action.WITHDRAW), null, toOrganizationId, at, null);
    }

    private MembershipTransfer decided(TransferStatus next, Long decider, long to, Instant at, String why) {
        return new MembershipTransfer(
                id,
                personId,
                provisionalId,
                provisionalName,
                fromOrganizationId,
                to,
                committeeId,
                next,
                requestedBy,
                requestedAt,
                decider,
                at,
                why,
                version);
    }

    private static void check(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
