package vn.lamtheobac.evaluation.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.lamtheobac.evaluation.EvaluationStatus;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * The one transition table of an evaluation item: status × action → next status. Pending → self-assessed → proposed
 * (by the cell) → decided (locked; changed only by an audited correction). A decision may come without a
 * self-assessment or a proposal (the committee decides on what it knows); a self-assessment is closed once the cell
 * has proposed. Whether the round must be open is the round's table ({@link RoundLifecycle#allows}).
 */
public final class ItemLifecycle {

    /** What can be done to an evaluation. */
    public enum Action {
        SELF_ASSESS,
        PROPOSE,
        DECIDE,
        CORRECT
    }

    private static final Map<EvaluationStatus, Map<Action, EvaluationStatus>> TABLE =
            new EnumMap<>(EvaluationStatus.class);

    static {
        put(EvaluationStatus.PENDING, Action.SELF_ASSESS, EvaluationStatus.SELF_ASSESSED);
        put(EvaluationStatus.PENDING, Action.PROPOSE, EvaluationStatus.PROPOSED);
        put(EvaluationStatus.PENDING, Action.DECIDE, EvaluationStatus.DECIDED);
        put(EvaluationStatus.SELF_ASSESSED, Action.SELF_ASSESS, EvaluationStatus.SELF_ASSESSED);
        put(EvaluationStatus.SELF_ASSESSED, Action.PROPOSE, EvaluationStatus.PROPOSED);
        put(EvaluationStatus.SELF_ASSESSED, Action.DECIDE, EvaluationStatus.DECIDED);
        put(EvaluationStatus.PROPOSED, Action.PROPOSE, EvaluationStatus.PROPOSED);
        put(EvaluationStatus.PROPOSED, Action.DECIDE, EvaluationStatus.DECIDED);
        put(EvaluationStatus.DECIDED, Action.CORRECT, EvaluationStatus.DECIDED);
    }

    private ItemLifecycle() {}

    private static void put(EvaluationStatus from, Action action, EvaluationStatus to) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(Action.class)).put(action, to);
    }

    /** The status after {@code action}, if the table allows it from {@code from}. */
    public static Optional<EvaluationStatus> next(EvaluationStatus from, Action action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    public static boolean allows(EvaluationStatus from, Action action) {
        return next(from, action).isPresent();
    }

    /** The status after {@code action}, or the refusal that explains why it cannot be done now. */
    public static EvaluationStatus require(EvaluationStatus from, Action action) {
        return next(from, action)
                .orElseThrow(() -> new BusinessRuleException(
                        switch (action) {
                            case SELF_ASSESS -> "evaluation.error.selfAssessClosed";
                            case PROPOSE, DECIDE -> "evaluation.error.decided";
                            case CORRECT -> "evaluation.error.notDecided";
                        }));
    }
}
