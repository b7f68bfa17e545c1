package vn.lamtheobac.initiative.internal;

import static vn.lamtheobac.initiative.InitiativeStatus.COMPLETED;
import static vn.lamtheobac.initiative.InitiativeStatus.EVALUATED;
import static vn.lamtheobac.initiative.InitiativeStatus.IN_PROGRESS;
import static vn.lamtheobac.initiative.InitiativeStatus.REGISTERED;

import java.util.EnumMap;
import java.util.Map;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * The one table of an initiative's lifecycle: for each status, the actions it allows and the status each leads to
 * (Kết luận 01-KL/TW: registered → carried out → completed by its owner → evaluated by the superior committee; a
 * good model is recognised, replicated and published only once evaluated). An action the table does not allow is
 * refused with the rule's message for that status. Whether the action is then allowed also depends on the rules in
 * {@link InitiativeRules}.
 */
final class InitiativeTransitions {

    /** What can be asked of an initiative. */
    enum Action {
        REVISE,
        REPORT,
        START,
        COMPLETE,
        EVALUATE,
        RECOGNISE,
        ADOPT,
        PUBLISH,
        UNPUBLISH,
        RECORD_CONSENT,
        WITHDRAW_CONSENT
    }

    private static final Map<InitiativeStatus, Map<Action, InitiativeStatus>> TABLE =
            new EnumMap<>(InitiativeStatus.class);

    static {
        allow(REGISTERED, Action.REVISE, REGISTERED);
        allow(REGISTERED, Action.REPORT, IN_PROGRESS);
        allow(REGISTERED, Action.START, IN_PROGRESS);
        allow(IN_PROGRESS, Action.REPORT, IN_PROGRESS);
        allow(IN_PROGRESS, Action.COMPLETE, COMPLETED);
        allow(COMPLETED, Action.EVALUATE, EVALUATED);
        allow(EVALUATED, Action.RECOGNISE, EVALUATED);
        allow(EVALUATED, Action.ADOPT, EVALUATED);
        allow(EVALUATED, Action.PUBLISH, EVALUATED);
        for (var status : InitiativeStatus.values()) {
            allow(status, Action.UNPUBLISH, status);
            allow(status, Action.RECORD_CONSENT, status);
            allow(status, Action.WITHDRAW_CONSENT, status);
        }
    }

    private InitiativeTransitions() {}

    private static void allow(InitiativeStatus from, Action action, InitiativeStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, to);
    }

    /** Whether {@code action} is allowed in {@code status}. */
    static boolean allows(InitiativeStatus status, Action action) {
        return TABLE.getOrDefault(status, Map.of()).containsKey(action);
    }

    /** The status {@code action} leads to from {@code status}, or the refusal naming why it is not allowed. */
    static InitiativeStatus next(InitiativeStatus status, Action action) {
        var to = TABLE.getOrDefault(status, Map.of()).get(action);
        if (to == null) {
            throw new BusinessRuleException(refusal(status, action));
        }
        return to;
    }

    /** The message of a refused action: what the status says about it. */
    static String refusal(InitiativeStatus status, Action action) {
        return switch (action) {
            case REVISE -> "initiative.error.onlyRegisteredEditable";
            case REPORT -> "initiative.error.notInProgress";
            case START -> "initiative.error.alreadyStarted";
            case COMPLETE -> status == REGISTERED ? "initiative.error.notStarted" : "initiative.error.alreadyCompleted";
            case EVALUATE ->
                status == EVALUATED ? "initiative.error.alreadyEvaluated" : "initiative.error.notCompleted";
            case RECOGNISE -> "initiative.error.notEffective";
            case ADOPT -> "initiative.error.notGoodModel";
            case PUBLISH -> "initiative.error.publishNotEffective";
            case UNPUBLISH -> "initiative.error.notPublished";
            case RECORD_CONSENT, WITHDRAW_CONSENT -> "initiative.error.noConsent";
        };
    }
}
