package vn.lamtheobac.directive.internal;

import java.util.EnumMap;
import java.util.Map;
import vn.lamtheobac.directive.DirectiveStatus;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * The one transition table of a directive: for each status, the actions it allows and the status each leads to. A
 * draft is revised, gets attachments and is issued; a directive in force is corrected, disseminated (its targets record
 * sessions and are reminded), superseded or withdrawn; a superseded or withdrawn directive allows nothing.
 */
public final class DirectiveLifecycle {

    /** What can be asked of a directive. */
    public enum Action {
        REVISE("directive.error.onlyDraftEditable"),
        ATTACH("directive.error.onlyDraftEditable"),
        DETACH("directive.error.onlyDraftEditable"),
        ISSUE("directive.error.alreadyIssued"),
        CORRECT("directive.error.onlyIssuedCorrectable"),
        DISSEMINATE("directive.error.notInForce"),
        SUPERSEDE("directive.error.onlyIssuedEnds"),
        WITHDRAW("directive.error.onlyIssuedEnds");

        /** The message when the action is refused in the directive's status. */
        final String refusal;

        Action(String refusal) {
            this.refusal = refusal;
        }
    }

    private static final Map<DirectiveStatus, Map<Action, DirectiveStatus>> TABLE =
            new EnumMap<>(DirectiveStatus.class);

    static {
        var draft = new EnumMap<Action, DirectiveStatus>(Action.class);
        draft.put(Action.REVISE, DirectiveStatus.DRAFT);
        draft.put(Action.ATTACH, DirectiveStatus.DRAFT);
        draft.put(Action.DETACH, DirectiveStatus.DRAFT);
        draft.put(Action.ISSUE, DirectiveStatus.ISSUED);
        var issued = new EnumMap<Action, DirectiveStatus>(Action.class);
        issued.put(Action.CORRECT, DirectiveStatus.ISSUED);
        issued.put(Action.DISSEMINATE, DirectiveStatus.ISSUED);
        issued.put(Action.SUPERSEDE, DirectiveStatus.SUPERSEDED);
        issued.put(Action.WITHDRAW, DirectiveStatus.WITHDRAWN);
        TABLE.put(DirectiveStatus.DRAFT, draft);
        TABLE.put(DirectiveStatus.ISSUED, issued);
        TABLE.put(DirectiveStatus.SUPERSEDED, Map.of());
        TABLE.put(DirectiveStatus.WITHDRAWN, Map.of());
    }

    private DirectiveLifecycle() {}

    /** The status {@code action} leads to from {@code from}; refused with the action's message when not allowed. */
    public static DirectiveStatus next(DirectiveStatus from, Action action) {
        var to = TABLE.get(from).get(action);
        if (to == null) {
            throw new BusinessRuleException(action.refusal);
        }
        return to;
    }

    public static boolean allows(DirectiveStatus from, Action action) {
        return TABLE.get(from).containsKey(action);
    }
}
