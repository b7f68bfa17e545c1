package vn.lamtheobac.recognition;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.internal.Nomination;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Who may see and do what in the module: anything out of the caller's scope does not exist for them (404, audited as
 * {@link AccessDenied}); several nominations are checked in one query.
 */
@Component
class RecognitionAccess {

    public static final String MOVEMENT = "EmulationMovement";
    public static final String NOMINATION = "Nomination";
    public static final String COMMENDATION = "Commendation";
    public static final String DECISION = "CommendationDecision";
    public static final String AWARD_FORM = "AwardForm";

    private final Movements movements;
    private final Nominations nominations;
    private final Commendations commendations;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ApplicationEventPublisher events;

    RecognitionAccess(
            Movements movements,
            Nominations nominations,
            Commendations commendations,
            OrganizationManagement organizations,
            PersonManagement people,
            ApplicationEventPublisher events) {
        this.movements = movements;
        this.nominations = nominations;
        this.commendations = commendations;
        this.organizations = organizations;
        this.people = people;
        this.events = events;
    }

    /** The roots a caller takes part from: their readers' grants, and a member's own organisation. */
    public Set<Long> participantRoots(Scope scope) {
        var roots = new LinkedHashSet<>(scope.rootsWith(Role.READERS));
        if (scope.personId() != null) {
            people.organizationOf(scope.personId()).ifPresent(roots::add);
        }
        return roots;
    }

    /** Whether the movement is one the caller takes part in or oversees. */
    public boolean sees(MovementView movement, Set<Long> participantRoots) {
        return participantRoots.stream()
                .anyMatch(root -> organizations.isWithin(root, Set.of(movement.organizationId()))
                        || organizations.isWithin(movement.organizationId(), Set.of(root)));
    }

    public MovementView readableMovement(long id, Scope scope) {
        var movement = movements.findById(id).orElseThrow(() -> new NotFoundException(MOVEMENT, id));
        if (!sees(movement, participantRoots(scope))) {
            throw denied(MOVEMENT, id);
        }
        return movement;
    }

    public Nomination readableNomination(long id, Scope scope) {
        var nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException(NOMINATION, id));
        if (!readable(List.of(nomination), scope).contains(nomination.id())) {
            throw denied(NOMINATION, id);
        }
        return nomination;
    }

    /** The ids of the nominations the caller may read: in their readers' subtrees, or their own; one query. */
    public Set<Long> readable(Collection<Nomination> batch, Scope scope) {
        var allowed = organizations.allowed(
                scope, batch.stream().map(Nomination::organizationId).toList(), Capability.READ);
        return batch.stream()
                .filter(n -> allowed.contains(n.organizationId())
                        || (n.personId() != null && scope.isOwnPerson(n.personId())))
                .map(Nomination::id)
                .collect(Collectors.toSet());
    }

    public CommendationView readableCommendation(long id, Scope scope) {
        var commendation = commendations.findById(id).orElseThrow(() -> new NotFoundException(COMMENDATION, id));
        boolean visible = organizations.isWithin(commendation.organizationId(), scope.rootsWith(Role.READERS))
                || (commendation.personId() != null && scope.isOwnPerson(commendation.personId()));
        if (!visible) {
            throw denied(COMMENDATION, id);
        }
        return commendation;
    }

    /** Audits the attempt and answers as if nothing existed. */
    public NotFoundException denied(String type, Object id) {
        events.publishEvent(new AccessDenied(type, String.valueOf(id), "out of scope"));
        return new NotFoundException(type, id);
    }

    public void requireOrganizationInScope(Long organizationId, Set<Long> roots) {
        if (organizationId != null && !organizations.isWithin(organizationId, roots)) {
            throw denied("Organization", organizationId);
        }
    }

    /** The organisation of an individual nominee, if the caller may propose them. */
    public long organizationOfNominee(Long personId, Scope scope) {
        if (personId == null) {
            throw BusinessRuleException.atField("personId", "recognition.error.person");
        }
        long organizationId = people.organizationOf(personId)
                .orElseThrow(() -> BusinessRuleException.atField("personId", "recognition.error.person"));
        if (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
            throw BusinessRuleException.atField("personId", "recognition.error.person");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        return organizationId;
    }

    public void requireRecordKeeper(long organizationId, Scope scope, String field) {
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField(field, "recognition.error.organizationOutOfScope");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
    }

    public static void requireAdministrator(Scope scope) {
        if (!scope.has(Role.ADMIN)) {
            throw new ForbiddenException("recognition.error.notAdministrator");
        }
    }

    /** No one reviews or decides their own commendation. */
    public static void refuseOwn(Long personId, Scope scope) {
        if (personId != null && scope.isOwnPerson(personId)) {
            throw new ForbiddenException("recognition.error.ownNomination");
        }
    }

    /** Who acts, as the audit trail and the timeline record it. */
    public static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
