package vn.lamtheobac.evaluation.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationEvents.RoundOpened;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RuleSet;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/** Opening a round: every party member and every party organisation below the committee gets an evaluation. */
@Service
public class RoundOpening {

    private static final int BATCH = 1_000;

    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final RatingFacts facts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundOpening(
            EvaluationStore store,
            EvaluationAccess access,
            OrganizationManagement organizations,
            PersonManagement people,
            RatingFacts facts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.organizations = organizations;
        this.people = people;
        this.facts = facts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long open(OpenRound command, Scope scope) {
        if (!access.canOrganize(command.organizationId(), scope)) {
            organizations.get(command.organizationId(), scope);
            throw new ForbiddenException("evaluation.error.notOrganizer");
        }
        if (command.year() < 2018 || command.year() > VietnamTime.today(clock).getYear()) {
            throw BusinessRuleException.atField("year", "evaluation.error.year");
        }
        RoundKind kind = command.kind() == null ? RoundKind.ANNUAL : command.kind();
        if (kind == RoundKind.ANNUAL && store.annualRoundExists(command.organizationId(), command.year())) {
            throw BusinessRuleException.atField("year", "evaluation.error.roundExists", String.valueOf(command.year()));
        }
        RuleSet set = command.ruleSet() != null ? command.ruleSet() : RuleSet.forYear(command.year());
        boolean cap = !set.capSwitchable() || command.excellentCap() == null || command.excellentCap();
        boolean fallsBack = command.scoreFallsBack() == null || command.scoreFallsBack();
        String title = command.title() == null || command.title().isBlank()
                ? "Đánh giá, xếp loại chất lượng năm " + command.year()
                : command.title().strip();
        long id;
        try {
            id = store.insertRound(command.organizationId(), command.year(), kind, set, cap, fallsBack, title, actor());
        } catch (DuplicateKeyException e) {
            // another officer of the same committee opened it at the same moment
            throw BusinessRuleException.atField("year", "evaluation.error.roundExists", String.valueOf(command.year()));
        }
        insertMembers(id, command.organizationId(), scope);
        for (var level : List.of(LevelClass.UPPER_GRASSROOTS, LevelClass.GRASSROOTS, LevelClass.CELL)) {
            for (long organization : organizations.activeOfLevel(command.organizationId(), level)) {
                if (organization != command.organizationId()) {
                    store.insertCollective(
                            id,
                            organization,
                            facts.subordinateUnits(organization).size());
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

    /** Every party member below the committee, in batches, each with their grassroots organisation (looked up once). */
    private void insertMembers(long roundId, long organizationId, Scope scope) {
        var grassroots = new HashMap<Long, Long>();
        var persons = new ArrayList<Long>(BATCH);
        var places = new ArrayList<Long>(BATCH);
        var grassrootsOf = new ArrayList<Long>(BATCH);
        people.forEachPlacement(organizationId, RatingFacts.PARTY_MEMBERS, scope, (person, place) -> {
            persons.add(person);
            places.add(place);
            grassrootsOf.add(grassroots.computeIfAbsent(
                    place, o -> organizations.grassrootsOf(o).orElse(null)));
            if (persons.size() == BATCH) {
                store.insertMembers(roundId, persons, places, grassrootsOf);
                persons.clear();
                places.clear();
                grassrootsOf.clear();
            }
        });
        if (!persons.isEmpty()) {
            store.insertMembers(roundId, persons, places, grassrootsOf);
        }
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
