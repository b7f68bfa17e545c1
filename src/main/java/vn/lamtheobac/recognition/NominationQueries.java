package vn.lamtheobac.recognition;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Reading nominations: {@link Role#READERS} over the nominee's organisation, and the individual nominee themself;
 * anything else does not exist for the caller (404, audited). Also what the caller may do with one now (every action
 * is checked again when asked).
 */
@Service
@Transactional(readOnly = true)
public class NominationQueries {

    private final Nominations nominations;
    private final RecognitionAccess access;
    private final RecognitionNames names;
    private final OrganizationManagement organizations;

    NominationQueries(
            Nominations nominations,
            RecognitionAccess access,
            RecognitionNames names,
            OrganizationManagement organizations) {
        this.nominations = nominations;
        this.access = access;
        this.names = names;
        this.organizations = organizations;
    }

    /** One nomination with its evidence, its timeline and, once decided, its commendation. */
    public NominationDetail nomination(long id, Scope scope) {
        return names.detail(access.readableNomination(id, scope), scope);
    }

    /** The nominations the caller sees matching {@code query}: what waits for someone first, then newest first. */
    public Paged<NominationView> nominations(NominationQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        access.requireOrganizationInScope(query.organizationId(), roots);
        if (query.movementId() != null) {
            access.readableMovement(query.movementId(), scope);
        }
        var page = query.page();
        if (roots.isEmpty() && scope.personId() == null) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = nominations.page(query, roots, scope.personId());
        return Paged.of(
                names.nominations(rows), page.number(), page.size(), nominations.count(query, roots, scope.personId()));
    }

    /** How many of the nominations the caller sees under the same filter have each status. */
    public Map<NominationStatus, Integer> countByStatus(NominationQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        access.requireOrganizationInScope(query.organizationId(), roots);
        return nominations.countByStatus(query, roots, scope.personId());
    }

    /**
     * The nominations of a movement that wait for a decision at a committee the caller decides for (as an officer or
     * administrator), by committee: what a decision of several nominations can be made of.
     */
    public List<NominationView> awaitingDecision(long movementId, Scope scope) {
        access.readableMovement(movementId, scope);
        var roots = scope.rootsFor(Capability.DECIDE_COMMENDATIONS);
        if (roots.isEmpty()) {
            return List.of();
        }
        return names.nominations(nominations.awaitingDecision(movementId, roots));
    }

    /** What the caller may do with the nomination now; every action is checked again when asked. */
    public NominationActions actions(NominationDetail nomination, Scope scope) {
        var status = nomination.status();
        long level = nomination.currentLevelOrganizationId();
        boolean self = nomination.personId() != null && scope.isOwnPerson(nomination.personId());
        boolean reviewer = !self && status.inReview() && organizations.allows(scope, level, Role.RECORD_KEEPERS);
        boolean keeper = organizations.allows(scope, nomination.organizationId(), Role.RECORD_KEEPERS);
        var commendation = nomination.commendation();
        return new NominationActions(
                reviewer,
                reviewer && status != NominationStatus.AWAITING_DECISION,
                !self
                        && status == NominationStatus.AWAITING_DECISION
                        && organizations.allows(scope, level, Capability.DECIDE_COMMENDATIONS),
                status == NominationStatus.RETURNED && keeper,
                commendation != null && !commendation.exemplar() && keeper,
                commendation != null && commendation.exemplar() && (keeper || self),
                commendation != null,
                commendation != null
                        && organizations.isWithin(
                                commendation.decidingOrganizationId(), scope.rootsWith(Role.READERS)));
    }
}
