package vn.lamtheobac.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.evaluation.EvaluationCommands.Correction;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.internal.EvaluationAccess;
import vn.lamtheobac.evaluation.internal.EvaluationRecords;
import vn.lamtheobac.evaluation.internal.RatingFacts;
import vn.lamtheobac.evaluation.internal.RatingWorkflow;
import vn.lamtheobac.evaluation.internal.RoundOpening;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.DisciplineRecord;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * The module's facade: evaluation rounds and their ratings. A committee's officers open a round for their subtree;
 * members self-assess; the cell proposes; the grassroots committee decides a member's rating and the superior
 * committee an organisation's. The changes are use cases of their own ({@code internal.RoundOpening},
 * {@code internal.RatingWorkflow}); this class reads, and tells who may do what.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

    static final String ENTITY = EvaluationAccess.ENTITY;

    private final EvaluationRecords store;
    private final EvaluationAccess access;
    private final RatingFacts facts;
    private final RatingWorkflow workflow;
    private final RoundOpening opening;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final CommitmentManagement commitments;

    EvaluationManagement(
            EvaluationRecords store,
            EvaluationAccess access,
            RatingFacts facts,
            RatingWorkflow workflow,
            RoundOpening opening,
            OrganizationManagement organizations,
            PersonManagement people,
            CommitmentManagement commitments) {
        this.store = store;
        this.access = access;
        this.facts = facts;
        this.workflow = workflow;
        this.opening = opening;
        this.organizations = organizations;
        this.people = people;
        this.commitments = commitments;
    }

    // ------------------------------------------------------------------------------------------------- use cases

    /** Opens a round: every party member and every party organisation below the committee gets an evaluation. */
    @Transactional
    public long open(OpenRound command, Scope scope) {
        return opening.open(command, scope);
    }

    @Transactional
    public void selfAssess(SelfAssessment command, Scope scope) {
        workflow.selfAssess(command, scope);
    }

    /** The cell proposes a member's rating; a proposal that breaks a rule is refused like a decision would be. */
    @Transactional
    public void propose(Proposal command, Scope scope) {
        workflow.propose(command, scope);
    }

    /** Decides a rating; it locks the evaluation. Refused naming every rule broken, with its source. */
    @Transactional
    public void decide(Decision command, Scope scope) {
        workflow.decide(command, scope);
    }

    /** Changes a decided rating, with the reason; the cap never stops a correction downward. */
    @Transactional
    public void correct(Correction command, Scope scope) {
        workflow.correct(command, scope);
    }

    // ---------------------------------------------------------------------------------------------------- access

    /** Who opens (and closes) a committee's rounds: its officers (and an administrator). */
    public boolean canOrganize(long organizationId, Scope scope) {
        return access.canOrganize(organizationId, scope);
    }

    public boolean canSelfAssess(EvaluationView e, Scope scope) {
        return access.canSelfAssess(e, scope);
    }

    public boolean canPropose(EvaluationView e, Scope scope) {
        return access.canPropose(e, scope);
    }

    /** The grassroots committee decides a member's rating; the superior committee an organisation's. */
    public boolean canDecide(EvaluationView e, Scope scope) {
        return access.canDecide(e, scope);
    }

    // ------------------------------------------------------------------------------------------------------ reads

    /** The rounds the caller reads: those of committees in or above their reading scope. */
    public List<RoundView> rounds(Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        if (roots.isEmpty()) {
            return List.of();
        }
        return store.rounds(roots).stream().map(this::named).toList();
    }

    /** The round of an evaluation the caller may read, their own included. */
    public RoundView roundOf(long evaluationId, Scope scope) {
        return named(store.round(access.readable(evaluationId, scope).roundId()).orElseThrow());
    }

    /** The caller's own evaluations, newest round first. */
    public List<EvaluationView> mine(Scope scope) {
        if (scope.personId() == null) {
            return List.of();
        }
        return named(store.ofPerson(scope.personId()));
    }

    /** A round, seen by its committee's subtree and by the committees above it. */
    public RoundView round(long id, Scope scope) {
        return named(access.round(id, scope));
    }

    /** The members of a round under {@code organizationId} (which must be in the caller's reading scope). */
    public List<EvaluationView> members(long roundId, long organizationId, Scope scope) {
        round(roundId, scope);
        access.requireReader(organizationId, scope);
        return named(store.under(roundId, organizationId, Subject.MEMBER));
    }

    /**
     * The round's progress in each active unit directly under {@code organizationId} (which must be in the caller's
     * reading scope): what a committee above the grassroots follows instead of a list of every member.
     */
    public List<UnitProgress> progress(long roundId, long organizationId, Scope scope) {
        round(roundId, scope);
        access.requireReader(organizationId, scope);
        var units = organizations.children(organizationId, scope).stream()
                .filter(c -> c.active())
                .toList();
        if (units.isEmpty()) {
            return List.of();
        }
        var names = units.stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        return store.progress(roundId, units.stream().map(c -> c.id()).toList()).stream()
                .map(p -> new UnitProgress(
                        p.organizationId(),
                        names.get(p.organizationId()),
                        p.members(),
                        p.decided(),
                        p.excellent(),
                        p.good(),
                        p.completed(),
                        p.notCompleted()))
                .toList();
    }

    public List<EvaluationView> collectives(long roundId, long organizationId, Scope scope) {
        round(roundId, scope);
        access.requireReader(organizationId, scope);
        return named(store.under(roundId, organizationId, Subject.COLLECTIVE));
    }

    /** The decided evaluations under {@code organizationId} in a round that something recorded later flags for review. */
    public List<EvaluationView> flagged(long roundId, long organizationId, Scope scope) {
        round(roundId, scope);
        access.requireReader(organizationId, scope);
        return named(store.flagged(java.util.Set.of(organizationId)).stream()
                .filter(e -> e.roundId() == roundId)
                .toList());
    }

    /** The cap in the grassroots organisation of {@code organizationId} (or its own, if it is one). */
    public Quota quota(long roundId, long organizationId, Scope scope) {
        var round = round(roundId, scope);
        access.requireReader(organizationId, scope);
        long grassroots = organizations
                .grassrootsOf(organizationId)
                .orElseThrow(() -> new BusinessRuleException("evaluation.error.noGrassroots"));
        int[] counts = store.decidedGoodAndExcellent(roundId, grassroots, -1);
        return new Quota(
                grassroots,
                organizations.names(List.of(grassroots)).get(grassroots),
                counts[0],
                counts[1],
                RatingRules.excellentAllowed(counts[0]),
                round.capApplies());
    }

    public EvaluationView get(long id, Scope scope) {
        return named(List.of(access.readable(id, scope))).get(0);
    }

    /** The facts the rules read for a collective: its leadership's and subordinate units' discipline, from records. */
    public CollectiveFacts collectiveFacts(long id, Scope scope) {
        var evaluation = access.readable(id, scope);
        if (evaluation.subject() != Subject.COLLECTIVE) {
            return null;
        }
        return facts.collective(
                evaluation, store.round(evaluation.roundId()).orElseThrow().year());
    }

    /** The corrections of a decided rating, oldest first, for the unit's record keepers and the deciders (else empty). */
    public List<RatingCorrection> corrections(long id, Scope scope) {
        var evaluation = access.readable(id, scope);
        return access.canReadCorrections(evaluation, scope) ? store.corrections(id) : List.of();
    }

    /** What each rating would break for this evaluation now, the cap included: the screen shows it beside the choices. */
    public Map<Rating, List<RuleBreach>> choices(long id, Scope scope) {
        var evaluation = access.readable(id, scope);
        var round = store.round(evaluation.roundId()).orElseThrow();
        if (evaluation.subject() == Subject.COLLECTIVE) {
            return RatingRules.collectiveChoices(round.policy(), facts.collective(evaluation, round.year()));
        }
        if (evaluation.grassrootsId() == null) {
            return RatingRules.memberChoices(round.policy(), facts.member(evaluation, round.year()), false);
        }
        int[] counts = store.decidedGoodAndExcellent(round.id(), evaluation.grassrootsId(), evaluation.id());
        boolean capFull = RatingRules.cap(round.ruleSet(), round.excellentCap(), counts[0], counts[1] + 1)
                .isPresent();
        var choices = RatingRules.memberChoices(round.policy(), facts.member(evaluation, round.year()), capFull);
        for (var rating : Rating.values()) {
            RatingRules.capOnChange(
                            round.ruleSet(),
                            round.excellentCap(),
                            evaluation.decidedRating(),
                            rating,
                            counts[0],
                            counts[1])
                    .ifPresent(b -> {
                        var list = new ArrayList<>(choices.get(rating));
                        list.add(b);
                        choices.put(rating, list);
                    });
        }
        return choices;
    }

    /** The member's commitment outcome for the round's year, shown beside the self-assessment. */
    public ItemResult commitmentOutcome(long id, Scope scope) {
        var evaluation = access.readable(id, scope);
        if (evaluation.personId() == null) {
            return null;
        }
        int year = store.round(evaluation.roundId()).orElseThrow().year();
        return commitments.outcomes(List.of(evaluation.personId()), year).get(evaluation.personId());
    }

    /** The member's discipline decisions in the round's year, shown beside the self-assessment. */
    public List<DisciplineRecord> disciplines(long id, Scope scope) {
        var evaluation = access.readable(id, scope);
        if (evaluation.personId() == null) {
            return List.of();
        }
        int year = store.round(evaluation.roundId()).orElseThrow().year();
        return people.disciplinedIn(List.of(evaluation.personId()), year)
                .getOrDefault(evaluation.personId(), List.of());
    }

    private RoundView named(RoundView r) {
        return r.named(organizations.names(List.of(r.organizationId())).get(r.organizationId()));
    }

    private List<EvaluationView> named(List<EvaluationView> rows) {
        var personNames = people.names(rows.stream()
                .filter(e -> e.personId() != null)
                .map(EvaluationView::personId)
                .toList());
        var organizationNames = organizations.names(
                rows.stream().map(EvaluationView::organizationId).distinct().toList());
        return rows.stream()
                .map(e -> e.named(
                        e.personId() != null
                                ? personNames.get(e.personId())
                                : organizationNames.get(e.organizationId()),
                        organizationNames.get(e.organizationId())))
                .sorted(java.util.Comparator.comparing(
                        EvaluationView::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .toList();
    }
}
