package vn.lamtheobac.initiative.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Who may read and change an initiative (see {@link vn.lamtheobac.initiative.InitiativeManagement}): anything the
 * caller does not see does not exist for them (404, audited as {@link AccessDenied}).
 */
@Component
class InitiativeAccess {

    static final String ENTITY = "Initiative";

    private final Initiatives initiatives;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;

    InitiativeAccess(Initiatives initiatives, OrganizationManagement organizations, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.events = events;
    }

    /** The initiative if the caller sees it, else 404 (audited). */
    Initiative readable(long id, Scope scope) {
        var initiative = initiatives.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        requireVisible(id, scope);
        return initiative;
    }

    /** The initiative's page if the caller sees it, else 404 (audited). */
    InitiativeDetail detail(long id, Scope scope) {
        var initiative = initiatives.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        requireVisible(id, scope);
        return initiative;
    }

    private void requireVisible(long id, Scope scope) {
        if (!initiatives.visible(id, scope.rootsWith(Role.READERS), scope.personId())) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
    }

    /** The initiative if the caller owns it: keeps the owning organisation's records, or is the individual. */
    Initiative writable(long id, Scope scope) {
        var initiative = readable(id, scope);
        if (!owner(initiative.organizationId, initiative.personId, scope)) {
            throw new ForbiddenException("initiative.error.notOwner");
        }
        return initiative;
    }

    boolean owner(long organizationId, Long personId, Scope scope) {
        return (personId != null && scope.isOwnPerson(personId))
                || organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    /** The path from the root down to the owner, by id, when the caller's scope holds it. */
    List<Long> ownerPath(long organizationId, Scope scope) {
        if (!organizations.isWithin(organizationId, scope.roots())) {
            return List.of();
        }
        return organizations.path(organizationId, scope).stream()
                .map(OrganizationView::id)
                .toList();
    }

    /** The committee above the owner on whose behalf the caller evaluates ({@link InitiativeRules}). */
    Optional<Long> superiorCommittee(long organizationId, Scope scope) {
        var roots = scope.rootsFor(Capability.EVALUATE_MODELS);
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        return InitiativeRules.superiorCommittee(ownerPath(organizationId, scope), roots);
    }

    /** Refused unless the caller keeps the records of {@code organizationId}; out of scope answers at the field. */
    void requireRecordKeeper(long organizationId, Scope scope, String field) {
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw vn.lamtheobac.shared.BusinessRuleException.atField(field, "initiative.error.organizationOutOfScope");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notRecordKeeper");
        }
    }

    void requireOrganizationInScope(Long organizationId, Scope scope) {
        if (organizationId != null && !organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException("Organization", organizationId);
        }
    }
}
