package vn.lamtheobac.directive.internal;

import java.util.EnumMap;
import java.util.Map;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * The one transition table of a dissemination session: a target records a session (as many as it holds), and a
 * recorded session is corrected by its target; a session is never deleted. Both need the directive in force
 * ({@link DirectiveLifecycle.Action#DISSEMINATE}).
 */
public final class SessionLifecycle {

    /** Where a session stands: not recorded yet, or recorded (and possibly corrected since). */
    public enum State {
        NONE,
        RECORDED
    }

    public enum Action {
        RECORD,
        CORRECT
    }

    private static final Map<State, Map<Action, State>> TABLE = new EnumMap<>(State.class);

    static {
        TABLE.put(State.NONE, Map.of(Action.RECORD, State.RECORDED));
        TABLE.put(State.RECORDED, Map.of(Action.CORRECT, State.RECORDED));
    }

    private SessionLifecycle() {}

    public static State next(State from, Action action) {
        var to = TABLE.get(from).get(action);
        if (to == null) {
            throw new BusinessRuleException("dissemination.error.notRecorded");
        }
        return to;
    }
}
