package vn.lamtheobac.directive.internal;

import static vn.lamtheobac.directive.internal.DirectiveRules.refuse;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.lamtheobac.directive.Attendance;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveStatus;
import vn.lamtheobac.directive.DirectiveView;
import vn.lamtheobac.directive.DisseminationForm;
import vn.lamtheobac.directive.DisseminationSession;
import vn.lamtheobac.directive.internal.DirectiveLifecycle.Action;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * A directive as an aggregate: its state changes only through these methods, each allowed by
 * {@link DirectiveLifecycle}'s table and checked against {@link DirectiveRules} with the facts of the moment. Each
 * returns the status the directive moves to; the service persists it (binding the statuses from and to) and publishes
 * the events.
 */
public final class Directive {

    /** What a draft's content is checked against, read by the service when it is drafted or revised. */
    public record ContentFacts(
            boolean typeKnown, Collection<Long> outside, boolean themeFits, boolean programmeFound) {}

    private final DirectiveView state;

    private Directive(DirectiveView state) {
        this.state = state;
    }

    public static Directive of(DirectiveView state) {
        return new Directive(state);
    }

    public DirectiveView state() {
        return state;
    }

    /** A new draft: its content follows the content rules. */
    public static DirectiveStatus draft(DirectiveContent content, ContentFacts facts, LocalDate today) {
        refuse(DirectiveRules.content(
                content, facts.typeKnown(), facts.outside(), facts.themeFits(), facts.programmeFound(), today));
        return DirectiveStatus.DRAFT;
    }

    public DirectiveStatus revise(DirectiveContent content, ContentFacts facts, LocalDate today) {
        var next = DirectiveLifecycle.next(state.status(), Action.REVISE);
        draft(content, facts, today);
        return next;
    }

    public DirectiveStatus attach() {
        return DirectiveLifecycle.next(state.status(), Action.ATTACH);
    }

    public DirectiveStatus detach() {
        return DirectiveLifecycle.next(state.status(), Action.DETACH);
    }

    /**
     * Issues the draft on {@code issuedOn} to {@code targets} as resolved today; {@code outside} are those of them (or
     * the level's root) no longer under the issuer.
     */
    public DirectiveStatus issue(LocalDate issuedOn, List<Long> targets, Collection<Long> outside, LocalDate today) {
        var next = DirectiveLifecycle.next(state.status(), Action.ISSUE);
        refuseFirst(DirectiveRules.issue(issuedOn, state.deadline(), state.targetMode(), targets, outside, today));
        return next;
    }

    public DirectiveStatus correct(String title, LocalDate deadline, String reason) {
        var next = DirectiveLifecycle.next(state.status(), Action.CORRECT);
        refuseFirst(DirectiveRules.correction(title, deadline, reason, state.issuedOn()));
        return next;
    }

    /** Superseded by another directive in force, which the caller sees ({@code replacement} empty otherwise). */
    public DirectiveStatus supersede(Optional<DirectiveView> replacement, String reason) {
        var next = DirectiveLifecycle.next(state.status(), Action.SUPERSEDE);
        if (replacement.isEmpty()
                || replacement.get().status() != DirectiveStatus.ISSUED
                || replacement.get().id() == state.id()) {
            throw BusinessRuleException.atField("supersededById", "directive.error.replacement");
        }
        refuseFirst(DirectiveRules.reason(reason));
        return next;
    }

    public DirectiveStatus withdraw(String reason) {
        var next = DirectiveLifecycle.next(state.status(), Action.WITHDRAW);
        refuseFirst(DirectiveRules.reason(reason));
        return next;
    }

    /** A reminder to a target: only while in force, and only to a target that has held no session yet. */
    public void remind(List<DisseminationSession> sessionsOfTarget) {
        DirectiveLifecycle.next(state.status(), Action.DISSEMINATE);
        if (!sessionsOfTarget.isEmpty()) {
            throw new BusinessRuleException("directive.error.alreadyDone");
        }
    }

    /** A new session of a target, while the directive is in force. */
    public void recordSession(LocalDate heldOn, DisseminationForm form, Attendance attendance, LocalDate today) {
        DirectiveLifecycle.next(state.status(), Action.DISSEMINATE);
        SessionLifecycle.next(SessionLifecycle.State.NONE, SessionLifecycle.Action.RECORD);
        refuse(DirectiveRules.session(heldOn, form, attendance, state.issuedOn(), today));
    }

    /** The correction of a recorded session, while the directive is in force: the same rules, and a reason. */
    public void correctSession(
            LocalDate heldOn, DisseminationForm form, Attendance attendance, String reason, LocalDate today) {
        DirectiveLifecycle.next(state.status(), Action.DISSEMINATE);
        SessionLifecycle.next(SessionLifecycle.State.RECORDED, SessionLifecycle.Action.CORRECT);
        refuse(DirectiveRules.sessionCorrection(heldOn, form, attendance, reason, state.issuedOn(), today));
    }

    /** The issue, a correction and an ending are refused with their first broken rule, at its field. */
    private static void refuseFirst(List<Violation> violations) {
        if (!violations.isEmpty()) {
            var first = violations.get(0);
            throw BusinessRuleException.atField(first.field(), first.messageKey(), first.args());
        }
    }
}
