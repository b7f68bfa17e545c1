package vn.lamtheobac.evaluation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.evaluation.EvaluationEvents.RoundClosed;
import vn.lamtheobac.evaluation.internal.EvaluationRecords;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Scope;

/**
 * The end of a round: the committee that opened it closes it once every evaluation in it is decided, and a closed round
 * takes no more self-assessments, proposals or decisions (a decided rating is still changed by an audited correction).
 */
@Service
@Transactional(readOnly = true)
public class EvaluationRounds {

    /** Units named in a refusal, at most; the rest are counted. */
    private static final int UNITS_SHOWN = 10;
    /** Undecided members named in a unit, at most; beyond, the unit shows their number. */
    private static final int NAMES_SHOWN = 5;

    private final EvaluationRecords evaluations;
    private final EvaluationManagement management;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ApplicationEventPublisher events;

    EvaluationRounds(
            EvaluationRecords evaluations,
            EvaluationManagement management,
            OrganizationManagement organizations,
            PersonManagement people,
            ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.management = management;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
    }

    /** Whether the caller may close the round (it must still be open). */
    public boolean canClose(RoundView round, Scope scope) {
        return round.open() && management.canOrganize(round.organizationId(), scope);
    }

    /**
     * Closes a round once every member and every organisation in it is decided; otherwise refuses, naming the units
     * (and, where few, the members) still undecided.
     */
    @Transactional
    public void close(long roundId, Scope scope) {
        var round = management.round(roundId, scope);
        if (!management.canOrganize(round.organizationId(), scope)) {
            throw new ForbiddenException("evaluation.error.notCloser");
        }
        if (!round.open()) {
            throw new BusinessRuleException("evaluation.error.roundClosed");
        }
        var undecided = evaluations.undecided(roundId);
        if (!undecided.isEmpty()) {
            throw refusal(undecided);
        }
        if (!evaluations.closeRound(roundId)) {
            throw new BusinessRuleException("evaluation.error.roundClosed");
        }
        events.publishEvent(
                DataChanged.updated("EvaluationRound", roundId, Map.of("status", "OPEN"), Map.of("status", "CLOSED")));
        events.publishEvent(new RoundClosed(roundId, round.organizationId(), round.year(), round.members()));
    }

    /**
     * Each member of a round with their evaluation (person id → evaluation id), with no scope check: for listeners
     * that learnt the round from its event, to tell each member.
     */
    public Map<Long, Long> memberEvaluations(long roundId) {
        return evaluations.memberEvaluations(roundId);
    }

    private BusinessRuleException refusal(List<EvaluationView> undecided) {
        var members =
                undecided.stream().filter(e -> e.subject() == Subject.MEMBER).toList();
        var collectives = undecided.stream()
                .filter(e -> e.subject() == Subject.COLLECTIVE)
                .toList();
        var unitNames = organizations.names(undecided.stream()
                .map(EvaluationView::organizationId)
                .distinct()
                .toList());
        var personNames =
                people.names(members.stream().map(EvaluationView::personId).toList());
        var collator = Collator.getInstance(Locale.forLanguageTag("vi"));

        var byUnit = new LinkedHashMap<Long, List<String>>();
        for (var e : members) {
            byUnit.computeIfAbsent(e.organizationId(), u -> new ArrayList<>()).add(personNames.get(e.personId()));
        }
        var units = new ArrayList<String>();
        byUnit.entrySet().stream()
                .sorted((a, b) -> collator.compare(unitNames.get(a.getKey()), unitNames.get(b.getKey())))
                .forEach(entry -> {
                    var names = entry.getValue();
                    names.sort(collator);
                    units.add(unitNames.get(entry.getKey())
                            + " ("
                            + (names.size() <= NAMES_SHOWN ? String.join(", ", names) : String.valueOf(names.size()))
                            + ")");
                });
        var organizationsLeft = collectives.stream()
                .map(e -> unitNames.get(e.organizationId()))
                .sorted(collator)
                .toList();
        if (collectives.isEmpty()) {
            return new BusinessRuleException("evaluation.error.undecided.members", members.size(), shortList(units));
        }
        if (members.isEmpty()) {
            return new BusinessRuleException(
                    "evaluation.error.undecided.collectives", collectives.size(), shortList(organizationsLeft));
        }
        return new BusinessRuleException(
                "evaluation.error.undecided.both",
                members.size(),
                shortList(units),
                collectives.size(),
                shortList(organizationsLeft));
    }

    private static String shortList(List<String> items) {
        if (items.size() <= UNITS_SHOWN) {
            return String.join("; ", items);
        }
        return items.stream().limit(UNITS_SHOWN).collect(Collectors.joining("; ")) + "; … (+"
                + (items.size() - UNITS_SHOWN) + ")";
    }
}
