package vn.lamtheobac.evaluation.internal;

import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.RoundView;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/** Who reads, self-assesses, proposes, decides and organises: one place for every use case of the module. */
@Component
public class EvaluationAccess {

    public static final String ENTITY = "Evaluation";

    private final EvaluationStore store;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;

    EvaluationAccess(EvaluationStore store, OrganizationManagement organizations, ApplicationEventPublisher events) {
        this.store = store;
        this.organizations = organizations;
        this.events = events;
    }

    /** Who opens (and closes) a committee's rounds: its officers (and an administrator). */
    public boolean canOrganize(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.OPEN_ROUNDS);
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

    /** The unit's record keepers (and the deciders above) read an evaluation's correction history. */
    public boolean canReadCorrections(EvaluationView e, Scope scope) {
        return organizations.allows(scope, e.organizationId(), Role.RECORD_KEEPERS) || canDecide(e, scope);
    }

    public static boolean isOwn(EvaluationView e, Scope scope) {
        return e.personId() != null && scope.isOwnPerson(e.personId());
    }

    /** No one proposes, decides or corrects their own rating: the member self-assesses, the collective rates. */
    public static void refuseOwn(EvaluationView e, Scope scope) {
        if (isOwn(e, scope)) {
            throw new ForbiddenException("evaluation.error.ownRating");
        }
    }

    public EvaluationView readable(long id, Scope scope) {
        var evaluation = store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!isOwn(evaluation, scope)
                && !organizations.isWithin(evaluation.organizationId(), scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return evaluation;
    }

    public void requireReader(long organizationId, Scope scope) {
        if (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException("Organization", organizationId);
        }
    }

    /** A round, seen by its committee's subtree and by the committees above it. */
    public RoundView round(long id, Scope scope) {
        var round = store.round(id).orElseThrow(() -> new NotFoundException("EvaluationRound", id));
        var readers = scope.rootsWith(Role.READERS);
        boolean visible = organizations.isWithin(round.organizationId(), readers)
                || readers.stream().anyMatch(root -> organizations.isWithin(root, Set.of(round.organizationId())));
        if (!visible) {
            events.publishEvent(new AccessDenied("EvaluationRound", String.valueOf(id), "out of scope"));
            throw new NotFoundException("EvaluationRound", id);
        }
        return round;
    }
}
