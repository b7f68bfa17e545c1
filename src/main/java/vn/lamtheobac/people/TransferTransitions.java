package vn.lamtheobac.people;

import java.util.EnumMap;
import java.util.Map;
import vn.lamtheobac.shared.BusinessRuleException;

/** The one transition table of a membership transfer: status × action → next status. Nothing else changes it. */
final class TransferTransitions {

    enum Action {
        APPROVE,
        REFUSE,
        WITHDRAW
    }

    private static final Map<TransferStatus, Map<Action, TransferStatus>> TABLE = new EnumMap<>(TransferStatus.class);

    static {
        var pending = new EnumMap<Action, TransferStatus>(Action.class);
        pending.put(Action.APPROVE, TransferStatus.APPROVED);
        pending.put(Action.REFUSE, TransferStatus.REFUSED);
        pending.put(Action.WITHDRAW, TransferStatus.WITHDRAWN);
        TABLE.put(TransferStatus.PENDING, pending);
    }

    private TransferTransitions() {}

    /** The status {@code action} leads to from {@code status}; refused with a clear message when there is none. */
    static TransferStatus next(TransferStatus status, Action action) {
        var next = TABLE.getOrDefault(status, Map.of()).get(action);
        if (next == null) {
            throw new BusinessRuleException("transfer.error.alreadyDecided");
        }
        return next;
    }
}
