package vn.lamtheobac.recognition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.DisciplineRecord;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.internal.CommendationRules;
import vn.lamtheobac.recognition.internal.CommendationRules.Candidate;
import vn.lamtheobac.recognition.internal.CommendationRules.Earlier;
import vn.lamtheobac.recognition.internal.CommendationRules.Facts;
import vn.lamtheobac.recognition.internal.Nomination;
import vn.lamtheobac.recognition.internal.NominationTransitions;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Gathers what the commendation rules need for one or many nominations at once (current ratings, discipline since the
 * year began of an individual or, for a collective, of whoever sat on its committee that year at cảnh cáo or above,
 * earlier commendations of the same nominees: a few queries whatever the number of nominations) and
 * applies {@link CommendationRules}; works out where a submitted nomination waits. No rule lives here.
 */
@Component
class NominationChecks {

    /** Where a (re)submitted nomination waits, and in which state. */
    public record Step(NominationStatus status, long organizationId) {}

    /** What the rules need about a batch of nominations, by nomination id and by nominee and year. */
    public record Known(Map<Long, Facts> facts, Map<String, List<Earlier>> earlier) {

        public Facts factsOf(Nomination n) {
            return facts.get(n.id());
        }

        public List<Earlier> earlierOf(Nomination n) {
            return earlier.getOrDefault(key(n), List.of());
        }
    }

    private final Ratings ratings;
    private final Achievements achievements;
    private final PersonManagement people;
    private final CommitteeMembers committees;
    private final OrganizationManagement organizations;
    private final Clock clock;

    NominationChecks(
            Ratings ratings,
            Achievements achievements,
            PersonManagement people,
            CommitteeMembers committees,
            OrganizationManagement organizations,
            Clock clock) {
        this.ratings = ratings;
        this.achievements = achievements;
        this.people = people;
        this.committees = committees;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * What is known now of the nominees of {@code batch}; {@code withLive} adds the nominations still under way to the
     * earlier ones (a new proposal may not duplicate them; a decision only minds what was already commended).
     */
    public Known know(List<Nomination> batch, boolean withLive) {
        var years = batch.stream().map(Nomination::year).collect(Collectors.toCollection(TreeSet::new));
        var personIds = batch.stream()
                .map(Nomination::personId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        var organizationIds = batch.stream()
                .filter(n -> n.kind() == NomineeKind.COLLECTIVE)
                .map(Nomination::organizationId)
                .collect(Collectors.toSet());
        var rated = ratings.findAll(personIds, organizationIds, years);
        // a collective's leadership: whoever sat on its committee during the year (one query per year of the batch)
        var leadership = new HashMap<String, Set<Long>>();
        batch.stream()
                .filter(n -> n.kind() == NomineeKind.COLLECTIVE)
                .collect(Collectors.groupingBy(
                        Nomination::year, Collectors.mapping(Nomination::organizationId, Collectors.toSet())))
                .forEach((year, ids) -> committees
                        .leadershipDuring(ids, year)
                        .forEach((organization, leaders) -> leadership.put(key(organization, year), leaders)));
        var people = new java.util.HashSet<>(personIds);
        leadership.values().forEach(people::addAll);
        var disciplines = disciplinesSince(people, years.isEmpty() ? 0 : years.first());
        var facts = new HashMap<Long, Facts>();
        for (var n : batch) {
            List<DisciplineRecord> relevant = n.personId() != null
                    ? disciplines.getOrDefault(n.personId(), List.of())
                    : leadership.getOrDefault(key(n.organizationId(), n.year()), Set.of()).stream()
                            .flatMap(leader -> disciplines.getOrDefault(leader, List.of()).stream())
                            .filter(d -> d.form().atLeast(DisciplineForm.WARNING))
                            .toList();
            facts.put(n.id(), new Facts(rated.get(key(n)), relevant));
        }
        var keys = batch.stream()
                .map(n -> Nominations.nomineeKey(n.kind(), n.organizationId(), n.personId()))
                .collect(Collectors.toSet());
        return new Known(facts, achievements.of(keys, years, withLive));
    }

    /** Refuses the nomination with the first rule it breaks now under {@code form} and {@code movement}. */
    public void check(Nomination n, AwardFormView form, MovementView movement, Known known) {
        var breaches = CommendationRules.breaches(
                new Candidate(n.id(), n.movementId(), n.kind(), n.year(), n.achievements(), n.initiativeIds()),
                form,
                movement.minimumRating(),
                known.factsOf(n),
                known.earlierOf(n));
        if (!breaches.isEmpty()) {
            throw breaches.get(0);
        }
    }

    /**
     * Where a nomination of {@code organizationId} for {@code form} waits when (re)submitted: the committee directly
     * above the nominee's organisation, awaiting its decision if that is the entitled committee. Refused if the law's
     * list does not let the form's level grant it, or no such committee stands above the nominee.
     */
    public Step submission(NomineeKind kind, long organizationId, AwardFormView form) {
        CommendationRules.withinLaw(form.category(), form.entitledLevel(), null).ifPresent(e -> {
            throw e;
        });
        var path = path(organizationId);
        // an organisation is never commended by itself: for a collective, look above it
        var entitled = entitledBody(kind == NomineeKind.COLLECTIVE ? path.subList(0, path.size() - 1) : path, form);
        if (entitled.isEmpty()) {
            throw new RuleBrokenException(
                    "award.noEntitledBody",
                    CommendationRules.LAW,
                    "recognition.rule.noEntitledBody." + form.entitledLevel());
        }
        var self = path.get(path.size() - 1);
        if (entitled.get().id() == self.id()) {
            return new Step(NominationTransitions.submitted(true), self.id());
        }
        var parent = path.get(path.size() - 2);
        return new Step(
                NominationTransitions.submitted(parent.id() == entitled.get().id()), parent.id());
    }

    /** Whether {@code organization} is a committee entitled to decide {@code form}: its level, within the law's list. */
    public static boolean entitled(OrganizationView organization, AwardFormView form) {
        var level = organization.type().levelClass();
        return level == form.entitledLevel() && form.category().grantable(level);
    }

    /** The organisations from the root down to {@code organizationId}, whatever the caller's scope. */
    public List<OrganizationView> path(long organizationId) {
        return organizations.path(organizationId, Scope.system(List.of(organizationId)));
    }

    private static Optional<OrganizationView> entitledBody(List<OrganizationView> path, AwardFormView form) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (entitled(path.get(i), form)) {
                return Optional.of(path.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every discipline of the people decided from the start of {@code fromYear} until today, by person. */
    private Map<Long, List<DisciplineRecord>> disciplinesSince(Set<Long> personIds, int fromYear) {
        var found = new HashMap<Long, List<DisciplineRecord>>();
        if (personIds.isEmpty()) {
            return found;
        }
        int thisYear = VietnamTime.today(clock).getYear();
        for (int year = fromYear; year <= thisYear; year++) {
            people.disciplinedIn(personIds, year)
                    .forEach((person, records) -> found.computeIfAbsent(person, p -> new ArrayList<>())
                            .addAll(records));
        }
        return found;
    }

    private static String key(long organizationId, int year) {
        return organizationId + ":" + year;
    }

    static String key(Nomination n) {
        return Nominations.nomineeKey(n.kind(), n.organizationId(), n.personId()) + ":" + n.year();
    }
}
