package vn.lamtheobac.evaluation.internal;

import jakarta.validation.Validator;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.evaluation.CollectiveFacts;
import vn.lamtheobac.evaluation.EvaluationCommands.Correction;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided;
import vn.lamtheobac.evaluation.EvaluationEvents.RoundRatingDecided;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.MemberFacts;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RoundView;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.evaluation.internal.EvaluationItem.CapCounts;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.Scope;

/**
 * The use cases that change an evaluation: self-assessment, the cell's proposal, the committee's decision and its
 * correction. Each loads the item, checks who may act, lets the aggregate check its tables and the rules, then writes
 * the next status it answers. Only the annual round's decision is the year's rating ({@link RatingDecided}); a
 * mid-term or ad-hoc round's is told as {@link RoundRatingDecided} and never replaces it.
 */
@Service
@Transactional(readOnly = true)
public class RatingWorkflow {

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final RatingFacts facts;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    RatingWorkflow(
            EvaluationStore store,
            EvaluationAccess access,
            RatingFacts facts,
            ApplicationEventPublisher events,
            Validator validator) {
        this.store = store;
        this.access = access;
        this.facts = facts;
        this.events = events;
        this.validator = validator;
    }

    @Transactional
    public void selfAssess(SelfAssessment command, Scope scope) {
        var item = item(command.id(), scope);
        if (!access.canSelfAssess(item.view(), scope)) {
            throw new ForbiddenException("evaluation.error.notYours");
        }
        validate(command);
        var round = item.round();
        if (round.ruleSet().scored() && (command.commonScore() == null || command.taskScore() == null)) {
            var violations = new java.util.ArrayList<Violation>();
            if (command.commonScore() == null) {
                violations.add(new Violation("commonScore", "evaluation.error.commonScore"));
            }
            if (command.taskScore() == null) {
                violations.add(new Violation("taskScore", "evaluation.error.taskScore"));
            }
            throw new InvalidInputException(violations);
        }
        var declared = withFigures(item.view(), command);
        var next =
                item.selfAssess(memberFacts(declared, round), collectiveFacts(declared, round), command.selfRating());
        store.selfAssess(command, item.view().status(), next);
        events.publishEvent(DataChanged.updated(EvaluationAccess.ENTITY, command.id(), item.view(), command));
    }

    /** The cell proposes a member's rating; a proposal that breaks a rule is refused like a decision would be. */
    @Transactional
    public void propose(Proposal command, Scope scope) {
        var item = item(command.id(), scope);
        EvaluationAccess.refuseOwn(item.view(), scope);
        if (!access.canPropose(item.view(), scope)) {
            throw new ForbiddenException("evaluation.error.notProposer");
        }
        validate(command);
        var e = item.view();
        var next = item.propose(memberFacts(e, item.round()), collectiveFacts(e, item.round()), command.rating());
        store.propose(command.id(), command.rating(), command.remarks(), actor(), command.version(), e.status(), next);
        events.publishEvent(DataChanged.updated(EvaluationAccess.ENTITY, command.id(), e, command));
    }

    /** Decides a rating; it locks the evaluation. Refused with every rule and its source when rules would break. */
    @Transactional
    public void decide(Decision command, Scope scope) {
        var item = item(command.id(), scope);
        EvaluationAccess.refuseOwn(item.view(), scope);
        if (!access.canDecide(item.view(), scope)) {
            throw new ForbiddenException("evaluation.error.notDecider");
        }
        validate(command);
        var e = item.view();
        var next = item.decide(
                memberFacts(e, item.round()), collectiveFacts(e, item.round()), command.rating(), capCounts(item));
        store.decide(e.id(), command.rating(), command.remarks(), actor(), command.version(), e.status(), next);
        decided(item, command.rating());
    }

    /**
     * Changes a decided rating, with the reason; the same rules apply, except that the cap never stops a correction
     * downward. The correction is kept in the evaluation's history, which its unit's record keepers read, and in the
     * audit trail. A decided rating is changed only this way, in a closed round too; it clears a review flag.
     */
    @Transactional
    public void correct(Correction command, Scope scope) {
        var item = item(command.id(), scope);
        EvaluationAccess.refuseOwn(item.view(), scope);
        if (!access.canDecide(item.view(), scope)) {
            throw new ForbiddenException("evaluation.error.notDecider");
        }
        validate(command);
        var e = item.view();
        var next = item.correct(
                memberFacts(e, item.round()), collectiveFacts(e, item.round()), command.rating(), capCounts(item));
        store.decide(e.id(), command.rating(), e.decisionRemarks(), actor(), command.version(), e.status(), next);
        store.insertCorrection(e.id(), e.decidedRating(), command.rating(), command.reason(), actor());
        decided(item, command.rating());
        events.publishEvent(DataChanged.updated(
                EvaluationAccess.ENTITY,
                command.id(),
                Map.of("rating", String.valueOf(e.decidedRating())),
                Map.of("rating", command.rating().name(), "correctionReason", command.reason())));
    }

    private void decided(EvaluationItem item, Rating rating) {
        var e = item.view();
        var round = item.round();
        if (round.ratesTheYear()) {
            events.publishEvent(new RatingDecided(
                    e.id(), round.id(), round.year(), e.subject(), e.personId(), e.organizationId(), rating));
        } else {
            events.publishEvent(new RoundRatingDecided(
                    e.id(),
                    round.id(),
                    round.year(),
                    round.kind(),
                    e.subject(),
                    e.personId(),
                    e.organizationId(),
                    rating));
        }
        events.publishEvent(
                DataChanged.updated(EvaluationAccess.ENTITY, e.id(), e, Map.of("decidedRating", rating.name())));
    }

    /** The other members' decided counts in the grassroots organisation, under its lock; null for a collective. */
    private CapCounts capCounts(EvaluationItem item) {
        var e = item.view();
        var round = item.round();
        if (e.subject() != Subject.MEMBER || e.grassrootsId() == null) {
            return null;
        }
        if (round.capApplies()) {
            store.lockCap(round.id(), e.grassrootsId());
        }
        int[] counts = store.decidedGoodAndExcellent(round.id(), e.grassrootsId(), e.id());
        return new CapCounts(counts[0], counts[1]);
    }

    private EvaluationItem item(long id, Scope scope) {
        var view = access.readable(id, scope);
        RoundView round = store.round(view.roundId()).orElseThrow();
        return new EvaluationItem(view, round);
    }

    private MemberFacts memberFacts(EvaluationView e, RoundView round) {
        return e.subject() == Subject.MEMBER ? facts.member(e, round.year()) : null;
    }

    private CollectiveFacts collectiveFacts(EvaluationView e, RoundView round) {
        return e.subject() == Subject.COLLECTIVE ? facts.collective(e, round.year()) : null;
    }

    private static EvaluationView withFigures(EvaluationView e, SelfAssessment s) {
        return new EvaluationView(
                e.id(),
                e.roundId(),
                e.subject(),
                e.personId(),
                e.name(),
                e.organizationId(),
                e.organizationName(),
                e.grassrootsId(),
                e.status(),
                s.tasksCompletedPercent(),
                s.commonScore(),
                s.taskScore(),
                s.tasksExceedingPercent(),
                s.tasksLatePercent(),
                s.selfRating(),
                s.remarks(),
                e.proposedRating(),
                e.proposalRemarks(),
                e.decidedRating(),
                e.decisionRemarks(),
                e.decidedBy(),
                e.reviewReason(),
                e.version());
    }

    /** The command's Bean Validation constraints, every violation at its field. */
    private void validate(Object command) {
        var violations = validator.validate(command);
        if (violations.isEmpty()) {
            return;
        }
        if (violations.size() == 1
                && "rating"
                        .equals(violations.iterator().next().getPropertyPath().toString())) {
            throw BusinessRuleException.atField("rating", "evaluation.error.rating");
        }
        throw new InvalidInputException(violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Violation(
                        v.getPropertyPath().toString(), v.getMessageTemplate().replaceAll("[{}]", "")))
                .toList());
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
