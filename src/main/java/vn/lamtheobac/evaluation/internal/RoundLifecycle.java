package vn.lamtheobac.evaluation.internal;

import vn.lamtheobac.shared.BusinessRuleException;

/**
 * The one transition table of a round: OPEN —close→ CLOSED. An open round takes self-assessments, proposals and
 * decisions; a closed one only corrections of decided ratings.
 */
public enum RoundLifecycle {
    OPEN,
    CLOSED;

    /** What can be done to a round. */
    public enum Action {
        CLOSE
    }

    /** The status after {@code action}; refused from a closed round. */
    public RoundLifecycle next(Action action) {
        return switch (this) {
            case OPEN ->
                switch (action) {
                    case CLOSE -> CLOSED;
                };
            case CLOSED -> throw new BusinessRuleException("evaluation.error.roundClosed");
        };
    }

    /** Whether an evaluation of a round in this status may take {@code action}. */
    public boolean allows(ItemLifecycle.Action action) {
        return this == OPEN || action == ItemLifecycle.Action.CORRECT;
    }

    public static RoundLifecycle of(boolean open) {
        return open ? OPEN : CLOSED;
    }
}
