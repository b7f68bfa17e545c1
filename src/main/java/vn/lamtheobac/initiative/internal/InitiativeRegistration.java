package vn.lamtheobac.initiative.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReviseInitiative;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeRegistered;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.programme.ThemeView;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/** Registering a model or action, and revising it while it is only registered. */
@Service
@Transactional(readOnly = true)
public class InitiativeRegistration {

    private final Initiatives initiatives;
    private final InitiativeAccess access;
    private final InitiativeChanges changes;
    private final CommandValidation validation;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ProgrammeManagement programmes;
    private final ApplicationEventPublisher events;

    InitiativeRegistration(
            Initiatives initiatives,
            InitiativeAccess access,
            InitiativeChanges changes,
            CommandValidation validation,
            OrganizationManagement organizations,
            PersonManagement people,
            ProgrammeManagement programmes,
            ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.access = access;
        this.changes = changes;
        this.validation = validation;
        this.organizations = organizations;
        this.people = people;
        this.programmes = programmes;
        this.events = events;
    }

    @Transactional
    public long register(RegisterInitiative command, Scope scope) {
        if (command.kind() == null) {
            throw BusinessRuleException.atField("kind", "initiative.error.kind");
        }
        long organizationId;
        Long personId = null;
        if (command.kind() == InitiativeKind.COLLECTIVE) {
            if (command.organizationId() == null) {
                throw BusinessRuleException.atField("organizationId", "initiative.error.organization");
            }
            organizationId = command.organizationId();
            access.requireRecordKeeper(organizationId, scope, "organizationId");
        } else {
            personId = command.personId();
            organizationId = organizationOfOwner(personId, scope);
        }
        requireValid(organizationId, command.content(), validation.of(command));
        long id = initiatives.insert(command.kind(), organizationId, personId, command.content(), null, actor());
        events.publishEvent(new InitiativeRegistered(
                id,
                organizationId,
                personId,
                command.content().year(),
                command.content().field()));
        events.publishEvent(DataChanged.created(InitiativeAccess.ENTITY, id, command));
        return id;
    }

    @Transactional
    public void revise(ReviseInitiative command, Scope scope) {
        var initiative = access.writable(command.id(), scope);
        var before = initiatives.findById(command.id()).orElseThrow();
        var input = new ArrayList<>(validation.of(command));
        if (command.content() != null) {
            input.addAll(contentRules(initiative.organizationId, command.content()));
        }
        initiative.revise(command.content(), input);
        initiatives.revise(command.id(), command.content(), command.version());
        changes.audited(command.id(), before);
    }

    /** The field constraints and the registration rules together; refused with all of them. */
    void requireValid(long organizationId, InitiativeContent content, List<Violation> input) {
        var violations = new ArrayList<>(input);
        if (content != null) {
            violations.addAll(contentRules(organizationId, content));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private List<Violation> contentRules(long organizationId, InitiativeContent content) {
        var violations = new ArrayList<Violation>();
        violations.addAll(InitiativeRules.registration(
                content.year(), content.startsOn(), content.endsOn(), content.indicators()));
        violations.addAll(InitiativeRules.indicators(content.indicators()));
        if (content.themeId() != null && content.year() != null) {
            violations.addAll(InitiativeRules.theme(content.themeId(), annualThemes(organizationId, content.year())));
        }
        return violations;
    }

    private Set<Long> annualThemes(long organizationId, int year) {
        if (year < 2000 || year > 2100) {
            return Set.of();
        }
        return programmes.themesFor(organizationId, year).stream()
                .filter(t -> t.kind() == ThemeKind.ANNUAL)
                .map(ThemeView::id)
                .collect(Collectors.toSet());
    }

    /** The owning organisation of an individual initiative for {@code personId}, if the caller may register it. */
    private long organizationOfOwner(Long personId, Scope scope) {
        if (personId == null) {
            throw BusinessRuleException.atField("personId", "initiative.error.person");
        }
        var organization = people.organizationOf(personId);
        if (organization.isEmpty()) {
            throw BusinessRuleException.atField("personId", "initiative.error.person");
        }
        long organizationId = organization.get();
        if (scope.isOwnPerson(personId)) {
            return organizationId;
        }
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField("personId", "initiative.error.person");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notOwner");
        }
        return organizationId;
    }

    private static String actor() {
        return InitiativeChanges.actor();
    }
}
