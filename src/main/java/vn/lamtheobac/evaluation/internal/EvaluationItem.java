package vn.lamtheobac.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import vn.lamtheobac.evaluation.CollectiveFacts;
import vn.lamtheobac.evaluation.EvaluationStatus;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.MemberFacts;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RatingRefusedException;
import vn.lamtheobac.evaluation.RatingRules;
import vn.lamtheobac.evaluation.RoundView;
import vn.lamtheobac.evaluation.RuleBreach;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.evaluation.internal.ItemLifecycle.Action;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * One evaluation in its round, as an aggregate: every change goes through an intention-revealing method that checks
 * the round's table, the item's table ({@link ItemLifecycle}) and the rating rules with the facts as they are now,
 * the cap included for a member's decision and correction, and answers the next status. A refusal names every rule
 * that fails.
 */
final class EvaluationItem {

    /** Decided HTTNV and HTXSNV of the other members of the same grassroots organisation. */
    record CapCounts(int good, int excellent) {}

    private final EvaluationView view;
    private final RoundView round;

    EvaluationItem(EvaluationView view, RoundView round) {
        this.view = view;
        this.round = round;
    }

    EvaluationView view() {
        return view;
    }

    RoundView round() {
        return round;
    }

    /** The member's or organisation's own figures and rating; a self-rating is checked against the rules. */
    EvaluationStatus selfAssess(MemberFacts memberFacts, CollectiveFacts collectiveFacts, Rating selfRating) {
        var next = transition(Action.SELF_ASSESS);
        if (selfRating != null) {
            refuseIfAny(breaches(memberFacts, collectiveFacts, selfRating, null));
        }
        return next;
    }

    /** The cell's proposal: refused like a decision would be, the cap aside (it counts decisions). */
    EvaluationStatus propose(MemberFacts memberFacts, CollectiveFacts collectiveFacts, Rating rating) {
        var next = transition(Action.PROPOSE);
        refuseIfAny(breaches(memberFacts, collectiveFacts, rating, null));
        return next;
    }

    /** The committee's decision, the cap counted with the other members' decisions (under its lock). */
    EvaluationStatus decide(MemberFacts memberFacts, CollectiveFacts collectiveFacts, Rating rating, CapCounts others) {
        var next = transition(Action.DECIDE);
        var breaches = breaches(memberFacts, collectiveFacts, rating, others);
        if (others != null) {
            RatingRules.capOnChange(
                            round.ruleSet(), round.excellentCap(), null, rating, others.good(), others.excellent())
                    .ifPresent(breaches::add);
        }
        refuseIfAny(breaches);
        return next;
    }

    /**
     * A correction of the decided rating: the same rules, except that a correction downward is never stopped by the
     * cap.
     */
    EvaluationStatus correct(
            MemberFacts memberFacts, CollectiveFacts collectiveFacts, Rating rating, CapCounts others) {
        var next = transition(Action.CORRECT);
        var breaches = breaches(memberFacts, collectiveFacts, rating, others);
        if (others != null) {
            RatingRules.capOnChange(
                            round.ruleSet(),
                            round.excellentCap(),
                            view.decidedRating(),
                            rating,
                            others.good(),
                            others.excellent())
                    .ifPresent(breaches::add);
        }
        refuseIfAny(breaches);
        return next;
    }

    private EvaluationStatus transition(Action action) {
        if (!RoundLifecycle.of(round.open()).allows(action)) {
            throw new BusinessRuleException("evaluation.error.roundClosed");
        }
        return ItemLifecycle.require(view.status(), action);
    }

    private List<RuleBreach> breaches(
            MemberFacts memberFacts, CollectiveFacts collectiveFacts, Rating rating, CapCounts others) {
        if (rating == null) {
            throw BusinessRuleException.atField("rating", "evaluation.error.rating");
        }
        var policy = round.policy();
        if (view.subject() == Subject.COLLECTIVE) {
            return new ArrayList<>(RatingRules.collective(policy, collectiveFacts, rating));
        }
        boolean capFull = others != null
                && RatingRules.cap(round.ruleSet(), round.excellentCap(), others.good(), others.excellent() + 1)
                        .isPresent();
        return new ArrayList<>(RatingRules.member(policy, memberFacts, rating, capFull));
    }

    private static void refuseIfAny(List<RuleBreach> breaches) {
        if (!breaches.isEmpty()) {
            throw new RatingRefusedException(breaches);
        }
    }
}
