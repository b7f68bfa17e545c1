package vn.lamtheobac.evaluation;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.evaluation.EvaluationCommands.Correction;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided;
import vn.lamtheobac.evaluation.EvaluationEvents.RoundOpened;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.DisciplineRecord;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Evaluation rounds and their ratings. A committee's officers open a round for their subtree; members self-assess;
 * the cell proposes; the grassroots committee decides a member's rating and the superior committee an
 * organisation's. Every proposal and decision is checked against the round's rule set, and a member's decision
 * against the 20% cap of their grassroots organisation under a lock, so concurrent deciders cannot exceed it together.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

    static final String ENTITY = "Evaluation";
    private static final int BATCH = 1_000;
    static final Set<PersonCategory> PARTY_MEMBERS =
            EnumSet.of(PersonCategory.PARTY_MEMBER_OFFICIAL, PersonCategory.PARTY_MEMBER_PROBATIONARY);

    private final Evaluations evaluations;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final CommitmentManagement commitments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationManagement(
            Evaluations evaluations,
            OrganizationManagement organizations,
            PersonManagement people,
            CommitmentManagement commitments,
            ApplicationEventPublisher events,
            Clock clock) {
        this.evaluations = evaluations;
        this.organizations = organizations;
        this.people = people;
        this.commitments = commitments;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------------- rounds

    /** Opens a round: every party member and every party organisation below the committee gets an evaluation. */
    @Transactional
    public long open(OpenRound command, Scope scope) {
        if (!canOrganize(command.organizationId(), scope)) {
            organizations.get(command.organizationId(), scope);
            throw new ForbiddenException("evaluation.error.notOrganizer");
        }
        if (command.year() < 2018 || command.year() > VietnamTime.today(clock).getYear()) {
            throw BusinessRuleException.atField("year", "evaluation.error.year");
        }
        RoundKind kind = command.kind() == null ? RoundKind.ANNUAL : command.kind();
        if (kind == RoundKind.ANNUAL && evaluations.annualRoundExists(command.organizationId(), command.year())) {
            throw BusinessRuleException.atField("year", "evaluation.error.roundExists", String.valueOf(command.year()));
        }
        RuleSet set = command.ruleSet() != null ? command.ruleSet() : RuleSet.forYear(command.year());
        boolean cap = !set.capSwitchable() || command.excellentCap() == null || command.excellentCap();
        String title = command.title() == null || command.title().isBlank()
                ? "Đánh giá, xếp loại chất lượng năm " + command.year()
                : command.title().strip();
        long id;
        try {
            id = evaluations.insertRound(command.organizationId(), command.year(), kind, set, cap, title, actor());
        } catch (DuplicateKeyException e) {
            // another officer of the same committee opened it at the same moment
            throw BusinessRuleException.atField("year", "evaluation.error.roundExists", String.valueOf(command.year()));
        }
        insertMembers(id, command.organizationId(), scope);
        for (var level : List.of(LevelClass.UPPER_GRASSROOTS, LevelClass.GRASSROOTS, LevelClass.CELL)) {
            for (long organization : organizations.activeOfLevel(command.organizationId(), level)) {
                if (organization != command.organizationId()) {
                    int subordinates = (int) organizations.children(organization, scope).stream()
                            .filter(c -> c.active())
                            .count();
                    evaluations.insertCollective(id, organization, subordinates);
                }
            }
        }
        events.publishEvent(DataChanged.created("EvaluationRound", id, command));
        events.publishEvent(new RoundOpened(
                id,
                command.organizationId(),
                organizations.names(List.of(command.organizationId())).get(command.organizationId()),
                command.year(),
                title));
        return id;
    }

    /** Who opens (and closes) a committee's rounds: its officers (and an administrator). */
    public boolean canOrganize(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.OPEN_ROUNDS);
    }

    /** Every party member below the committee, in batches, each with their grassroots organisation (looked up once). */
    private void insertMembers(long roundId, long organizationId, Scope scope) {
        var grassroots = new HashMap<Long, Long>();
        var persons = new ArrayList<Long>(BATCH);
        var places = new ArrayList<Long>(BATCH);
        var grassrootsOf = new ArrayList<Long>(BATCH);
        people.forEachPlacement(organizationId, PARTY_MEMBERS, scope, (person, place) -> {
            persons.add(person);
            places.add(place);
            grassrootsOf.add(grassroots.computeIfAbsent(
                    place, o -> organizations.grassrootsOf(o).orElse(null)));
            if (persons.size() == BATCH) {
                evaluations.insertMembers(roundId, persons, places, grassrootsOf);
                persons.clear();
                places.clear();
                grassrootsOf.clear();
            }
        });
        if (!persons.isEmpty()) {
            evaluations.insertMembers(roundId, persons, places, grassrootsOf);
        }
    }

    /** The rounds the caller reads: those of committees in or above their reading scope. */
    public List<RoundView> rounds(Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        if (roots.isEmpty()) {
            return List.of();
        }
        return evaluations.rounds(roots).stream().map(this::named).toList();
    }

    /** The round of an evaluation the caller may read, their own included. */
    public RoundView roundOf(long evaluationId, Scope scope) {
        return named(evaluations.round(readable(evaluationId, scope).roundId()).orElseThrow());
    }

    /** The caller's own evaluations, newest round first. */
    public List<EvaluationView> mine(Scope scope) {
        if (scope.personId() == null) {
            return List.of();
        }
        return named(evaluations.ofPerson(scope.personId()));
    }

    /** A round, seen by its committee's subtree and by the committees above it. */
    public RoundView round(long id, Scope scope) {
        var round = evaluations.round(id).orElseThrow(() -> new NotFoundException("EvaluationRound", id));
        var readers = scope.rootsWith(Role.READERS);
        boolean visible = organizations.isWithin(round.organizationId(), readers)
                || readers.stream().anyMatch(root -> organizations.isWithin(root, Set.of(round.organizationId())));
        if (!visible) {
            events.publishEvent(new AccessDenied("EvaluationRound", String.valueOf(id), "out of scope"));
            throw new NotFoundException("EvaluationRound", id);
        }
        return named(round);
    }

    /** The members of a round under {@code organizationId} (which must be in the caller's reading scope). */
    public List<EvaluationView> members(long roundId, long organizationId, Scope scope) {
        round(roundId, scope);
        requireReader(organizationId, scope);
        return named(evaluations.under(roundId, organizationId, Subject.MEMBER));
    }

    /**
     * The round's progress in each active unit directly under {@code organizationId} (which must be in the caller's
     * reading scope): what a committee above the grassroots follows instead of a list of every member.
     */
    public List<UnitProgress> progress(long roundId, long organizationId, Scope scope) {
        round(roundId, scope);
        requireReader(organizationId, scope);
        var units = organizations.children(organizationId, scope).stream()
                .filter(c -> c.active())
                .toList();
        if (units.isEmpty()) {
            return List.of();
        }
        var names = units.stream().collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        return evaluations.progress(roundId, units.stream().map(c -> c.id()).toList()).stream()
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
        requireReader(organizationId, scope);
        return named(evaluations.under(roundId, organizationId, Subject.COLLECTIVE));
    }

    /** The cap in the grassroots organisation of {@code organizationId} (or its own, if it is one). */
    public Quota quota(long roundId, long organizationId, Scope scope) {
        var round = round(roundId, scope);
        requireReader(organizationId, scope);
        long grassroots = organizations
                .grassrootsOf(organizationId)
                .orElseThrow(() -> new BusinessRuleException("evaluation.error.noGrassroots"));
        int[] counts = evaluations.decidedGoodAndExcellent(roundId, grassroots, -1);
        return new Quota(
                grassroots,
                organizations.names(List.of(grassroots)).get(grassroots),
                counts[0],
                counts[1],
                RatingRules.excellentAllowed(counts[0]),
                round.capApplies());
    }

    // -------------------------------------------------------------------------------------------------- evaluations

    public EvaluationView get(long id, Scope scope) {
        return named(List.of(readable(id, scope))).get(0);
    }

    /** What each rating would break for this evaluation now, the cap included: the screen shows it beside the choices. */
    public Map<Rating, List<RuleBreach>> choices(long id, Scope scope) {
        var evaluation = readable(id, scope);
        var round = evaluations.round(evaluation.roundId()).orElseThrow();
        if (evaluation.subject() == Subject.COLLECTIVE) {
            return RatingRules.collectiveChoices(round.ruleSet(), collectiveFacts(evaluation, round.year()));
        }
        var choices = RatingRules.memberChoices(round.ruleSet(), memberFacts(evaluation, round.year()));
        if (evaluation.grassrootsId() != null) {
            int[] counts = evaluations.decidedGoodAndExcellent(round.id(), evaluation.grassrootsId(), evaluation.id());
            for (var rating : Rating.values()) {
                int good = counts[0] + (rating == Rating.GOOD ? 1 : 0);
                int excellent = counts[1] + (rating == Rating.EXCELLENT ? 1 : 0);
                RatingRules.cap(round.ruleSet(), round.excellentCap(), good, excellent)
                        .ifPresent(b -> {
                            var list = new ArrayList<>(choices.get(rating));
                            list.add(b);
                            choices.put(rating, list);
                        });
            }
        }
        return choices;
    }

    /** The member's commitment outcome for the round's year, shown beside the self-assessment. */
    public ItemResult commitmentOutcome(long id, Scope scope) {
        var evaluation = readable(id, scope);
        if (evaluation.personId() == null) {
            return null;
        }
        int year = evaluations.round(evaluation.roundId()).orElseThrow().year();
        return commitments.outcomes(List.of(evaluation.personId()), year).get(evaluation.personId());
    }

    /** The member's discipline decisions in the round's year, shown beside the self-assessment. */
    public List<DisciplineRecord> disciplines(long id, Scope scope) {
        var evaluation = readable(id, scope);
        if (evaluation.personId() == null) {
            return List.of();
        }
        int year = evaluations.round(evaluation.roundId()).orElseThrow().year();
        return people.disciplinedIn(List.of(evaluation.personId()), year)
                .getOrDefault(evaluation.personId(), List.of());
    }

    public boolean canSelfAssess(EvaluationView e, Scope scope) {
        return e.subject() == Subject.MEMBER && scope.isOwnPerson(e.personId())
                || organizations.allows(scope, e.organizationId(), Role.RECORD_KEEPERS);
    }

    public boolean canPropose(EvaluationView e, Scope scope) {
        return e.subject() == Subject.MEMBER
                && !isOwn(e, scope)
                && organizations.allows(scope, e.organizationId(), Role.RECORD_KEEPERS);
    }

    /** The grassroots committee decides a member's rating; the superior committee an organisation's. */
    public boolean canDecide(EvaluationView e, Scope scope) {
        if (e.subject() == Subject.MEMBER) {
            return e.grassrootsId() != null
                    && !isOwn(e, scope)
                    && organizations.allows(scope, e.grassrootsId(), Role.RECORD_KEEPERS);
        }
        Long parent = organizations.get(e.organizationId(), scope).parentId();
        return parent != null && organizations.allows(scope, parent, Role.RECORD_KEEPERS);
    }

    @Transactional
    public void selfAssess(SelfAssessment command, Scope scope) {
        var evaluation = readable(command.id(), scope);
        requireOpen(evaluation);
        if (!canSelfAssess(evaluation, scope)) {
            throw new ForbiddenException("evaluation.error.notYours");
        }
        if (evaluation.status() != EvaluationStatus.PENDING && evaluation.status() != EvaluationStatus.SELF_ASSESSED) {
            throw new BusinessRuleException("evaluation.error.selfAssessClosed");
        }
        var round = evaluations.round(evaluation.roundId()).orElseThrow();
        var violations = new ArrayList<Violation>();
        percent(violations, "tasksCompletedPercent", command.tasksCompletedPercent(), true);
        percent(violations, "tasksExceedingPercent", command.tasksExceedingPercent(), false);
        percent(violations, "tasksLatePercent", command.tasksLatePercent(), false);
        if (round.ruleSet().scored()) {
            range(violations, "commonScore", command.commonScore(), 30);
            range(violations, "taskScore", command.taskScore(), 70);
        }
        int subordinates =
                command.subordinateUnits() == null ? evaluation.subordinateUnits() : command.subordinateUnits();
        int disciplined = command.subordinateUnitsDisciplined() == null ? 0 : command.subordinateUnitsDisciplined();
        if (disciplined < 0 || disciplined > subordinates) {
            violations.add(new Violation("subordinateUnitsDisciplined", "evaluation.error.subordinates", subordinates));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        evaluations.selfAssess(command, subordinates, disciplined);
        events.publishEvent(DataChanged.updated(ENTITY, command.id(), evaluation, command));
    }

    /** The cell proposes a member's rating; a proposal that breaks a rule is refused like a decision would be. */
    @Transactional
    public void propose(Proposal command, Scope scope) {
        var evaluation = readable(command.id(), scope);
        requireOpen(evaluation);
        refuseOwn(evaluation, scope);
        if (!canPropose(evaluation, scope)) {
            throw new ForbiddenException("evaluation.error.notProposer");
        }
        if (evaluation.status() == EvaluationStatus.DECIDED) {
            throw new BusinessRuleException("evaluation.error.decided");
        }
        requireRating(command.rating());
        requireRules(evaluation, command.rating());
        evaluations.propose(command.id(), command.rating(), blankToNull(command.remarks()), actor(), command.version());
        events.publishEvent(DataChanged.updated(ENTITY, command.id(), evaluation, command));
    }

    /** Decides a rating; it locks the evaluation. Refused with the rule and its source when a rule would break. */
    @Transactional
    public void decide(Decision command, Scope scope) {
        var evaluation = readable(command.id(), scope);
        requireOpen(evaluation);
        refuseOwn(evaluation, scope);
        if (!canDecide(evaluation, scope)) {
            throw new ForbiddenException("evaluation.error.notDecider");
        }
        if (evaluation.status() == EvaluationStatus.DECIDED) {
            throw new BusinessRuleException("evaluation.error.decided");
        }
        record(evaluation, command.rating(), blankToNull(command.remarks()), command.version());
    }

    /**
     * Changes a decided rating, with the reason; the same rules apply, and the audit trail keeps both. A decided rating
     * is changed only this way, in a closed round too.
     */
    @Transactional
    public void correct(Correction command, Scope scope) {
        var evaluation = readable(command.id(), scope);
        refuseOwn(evaluation, scope);
        if (!canDecide(evaluation, scope)) {
            throw new ForbiddenException("evaluation.error.notDecider");
        }
        if (evaluation.status() != EvaluationStatus.DECIDED) {
            throw new BusinessRuleException("evaluation.error.notDecided");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw BusinessRuleException.atField("reason", "evaluation.error.reasonRequired");
        }
        record(evaluation, command.rating(), evaluation.decisionRemarks(), command.version());
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.id(),
                Map.of("rating", String.valueOf(evaluation.decidedRating())),
                Map.of(
                        "rating",
                        command.rating().name(),
                        "correctionReason",
                        command.reason().strip())));
    }

    private void record(EvaluationView evaluation, Rating rating, String remarks, int version) {
        requireRating(rating);
        requireRules(evaluation, rating);
        var round = evaluations.round(evaluation.roundId()).orElseThrow();
        if (evaluation.subject() == Subject.MEMBER
                && evaluation.grassrootsId() != null
                && RatingRules.capApplies(round.ruleSet(), round.excellentCap())) {
            evaluations.lockCap(round.id(), evaluation.grassrootsId());
            int[] counts = evaluations.decidedGoodAndExcellent(round.id(), evaluation.grassrootsId(), evaluation.id());
            int good = counts[0] + (rating == Rating.GOOD ? 1 : 0);
            int excellent = counts[1] + (rating == Rating.EXCELLENT ? 1 : 0);
            var breach = RatingRules.cap(round.ruleSet(), round.excellentCap(), good, excellent);
            if (breach.isPresent()) {
                throw refusal(breach.get());
            }
        }
        evaluations.decide(evaluation.id(), rating, remarks, actor(), version);
        events.publishEvent(new RatingDecided(
                evaluation.id(),
                round.id(),
                round.year(),
                evaluation.subject(),
                evaluation.personId(),
                evaluation.organizationId(),
                rating));
        events.publishEvent(
                DataChanged.updated(ENTITY, evaluation.id(), evaluation, Map.of("decidedRating", rating.name())));
    }

    private void requireRules(EvaluationView evaluation, Rating rating) {
        var round = evaluations.round(evaluation.roundId()).orElseThrow();
        var breaches = evaluation.subject() == Subject.MEMBER
                ? RatingRules.member(round.ruleSet(), memberFacts(evaluation, round.year()), rating)
                : RatingRules.collective(round.ruleSet(), collectiveFacts(evaluation, round.year()), rating);
        if (!breaches.isEmpty()) {
            throw refusal(breaches.get(0));
        }
    }

    private static RuleBrokenException refusal(RuleBreach breach) {
        return new RuleBrokenException(
                breach.rule(),
                breach.source(),
                breach.messageKey(),
                breach.args().toArray());
    }

    MemberFacts memberFacts(EvaluationView e, int year) {
        boolean disciplined = !people.disciplinedIn(List.of(e.personId()), year).isEmpty();
        return new MemberFacts(
                disciplined,
                e.tasksCompletedPercent(),
                e.commonScore(),
                e.taskScore(),
                e.allTasksOnTime(),
                e.tasksExceedingPercent());
    }

    /**
     * The leadership of an organisation is taken to be its members whose position names a committee office (bí thư,
     * phó bí thư, chi ủy viên, đảng ủy viên, ủy viên ban thường vụ…).
     */
    CollectiveFacts collectiveFacts(EvaluationView e, int year) {
        var members = people.directlyIn(e.organizationId(), PARTY_MEMBERS, Scope.system(List.of(e.organizationId())));
        var leaders = members.stream()
                .filter(m -> isLeadership(m.position()))
                .map(m -> m.id())
                .toList();
        boolean leadershipDisciplined = people.disciplinedIn(leaders, year).values().stream()
                .flatMap(List::stream)
                .anyMatch(d -> d.form().atLeast(DisciplineForm.WARNING));
        return new CollectiveFacts(
                leadershipDisciplined,
                e.subordinateUnits(),
                e.subordinateUnitsDisciplined(),
                e.tasksCompletedPercent(),
                e.commonScore(),
                e.taskScore(),
                e.allTasksOnTime(),
                e.tasksExceedingPercent(),
                e.tasksLatePercent());
    }

    static boolean isLeadership(String position) {
        if (position == null) {
            return false;
        }
        String folded = Normalizer.normalize(position.toLowerCase(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd');
        return folded.contains("bi thu")
                || folded.contains("chi uy vien")
                || folded.contains("dang uy vien")
                || folded.contains("uy vien ban thuong vu")
                || folded.contains("cap uy vien");
    }

    private static boolean isOwn(EvaluationView e, Scope scope) {
        return e.personId() != null && scope.isOwnPerson(e.personId());
    }

    /** No one proposes, decides or corrects their own rating: the member self-assesses, the collective rates. */
    private static void refuseOwn(EvaluationView e, Scope scope) {
        if (isOwn(e, scope)) {
            throw new ForbiddenException("evaluation.error.ownRating");
        }
    }

    private EvaluationView readable(long id, Scope scope) {
        var evaluation = evaluations.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!isOwn(evaluation, scope)
                && !organizations.isWithin(evaluation.organizationId(), scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return evaluation;
    }

    private void requireReader(long organizationId, Scope scope) {
        if (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException("Organization", organizationId);
        }
    }

    private void requireOpen(EvaluationView evaluation) {
        if (!evaluations.round(evaluation.roundId()).orElseThrow().open()) {
            throw new BusinessRuleException("evaluation.error.roundClosed");
        }
    }

    private static void requireRating(Rating rating) {
        if (rating == null) {
            throw BusinessRuleException.atField("rating", "evaluation.error.rating");
        }
    }

    private static void percent(List<Violation> violations, String field, Integer value, boolean required) {
        if (value == null ? required : value < 0 || value > 100) {
            violations.add(new Violation(field, "evaluation.error.percent"));
        }
    }

    private static void range(List<Violation> violations, String field, Integer value, int max) {
        if (value == null || value < 0 || value > max) {
            violations.add(new Violation(field, "evaluation.error.score", max));
        }
    }

    private RoundView named(RoundView r) {
        return new RoundView(
                r.id(),
                r.organizationId(),
                organizations.names(List.of(r.organizationId())).get(r.organizationId()),
                r.year(),
                r.kind(),
                r.ruleSet(),
                r.excellentCap(),
                r.title(),
                r.open(),
                r.members(),
                r.decided());
    }

    private List<EvaluationView> named(List<EvaluationView> rows) {
        var personNames = people.names(rows.stream()
                .filter(e -> e.personId() != null)
                .map(EvaluationView::personId)
                .toList());
        var organizationNames = organizations.names(
                rows.stream().map(EvaluationView::organizationId).distinct().toList());
        return rows.stream()
                .map(e -> new EvaluationView(
                        e.id(),
                        e.roundId(),
                        e.subject(),
                        e.personId(),
                        e.personId() != null
                                ? personNames.get(e.personId())
                                : organizationNames.get(e.organizationId()),
                        e.organizationId(),
                        organizationNames.get(e.organizationId()),
                        e.grassrootsId(),
                        e.status(),
                        e.tasksCompletedPercent(),
                        e.commonScore(),
                        e.taskScore(),
                        e.allTasksOnTime(),
                        e.tasksExceedingPercent(),
                        e.tasksLatePercent(),
                        e.subordinateUnits(),
                        e.subordinateUnitsDisciplined(),
                        e.selfRating(),
                        e.selfRemarks(),
                        e.proposedRating(),
                        e.proposalRemarks(),
                        e.decidedRating(),
                        e.decisionRemarks(),
                        e.decidedBy(),
                        e.version()))
                .sorted(java.util.Comparator.comparing(
                        EvaluationView::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .toList();
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
