package vn.lamtheobac.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonEvents.PersonTransferred;
import vn.lamtheobac.people.TransferEvents.TransferDecided;
import vn.lamtheobac.people.TransferEvents.TransferRequested;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Membership transfers (chuyển sinh hoạt đảng) between organisations that do not see each other. When an office
 * records a person whose national ID or party card number is already on record outside its scope, it gets the same
 * answer as for a new person and a provisional record; the nearest common committee of the two organisations decides
 * here. Deciding takes {@link Capability#KEEP_RECORDS} over that committee: a transfer is a decision on a member's
 * record, which the committee's secretaries and its office keep (changing the tree is another matter, and the
 * secretary who signs the transfer does not hold it). Anyone else gets 404, as for a transfer that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class TransferManagement {

    /** How many transfers the committee's page lists (every pending one comes first). */
    static final int LIST_LIMIT = 200;

    private final MembershipTransfers transfers;
    private final People people;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TransferManagement(
            MembershipTransfers transfers,
            People people,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.transfers = transfers;
        this.people = people;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** The transfers the caller's committees decide, pending ones first. */
    public List<TransferView> list(Scope scope) {
        var roots = scope.rootsFor(Capability.KEEP_RECORDS);
        if (roots.isEmpty()) {
            return List.of();
        }
        return views(transfers.ofCommittees(roots, LIST_LIMIT));
    }

    /** How many transfers wait for a decision of the caller's committees. */
    public long countPending(Scope scope) {
        var roots = scope.rootsFor(Capability.KEEP_RECORDS);
        return roots.isEmpty() ? 0 : transfers.countPending(roots);
    }

    public TransferView get(long id, Scope scope) {
        return views(List.of(decidable(id, scope))).get(0);
    }

    /** The pending transfer about a record, when the caller's committee decides it (for the record's page). */
    public Optional<TransferView> pendingAbout(long personId, Scope scope) {
        var roots = scope.rootsFor(Capability.KEEP_RECORDS);
        return transfers.pendingAbout(personId).stream()
                .filter(t -> organizations.isWithin(t.committeeId(), roots))
                .findFirst()
                .map(t -> views(List.of(t)).get(0));
    }

    /**
     * The committee approves: the existing record moves to the organisation of the provisional record, keeping its
     * history, memberships and discipline; the provisional record is merged into it (removed, its office notified).
     */
    @Transactional
    public void approve(long id, int version, Scope scope) {
        var before = current(decidable(id, scope), version);
        var provisional = before.provisionalId() == null
                ? null
                : people.findById(before.provisionalId()).orElse(null);
        long to = provisional != null ? provisional.organizationId() : before.toOrganizationId();
        var after = before.approve(scope.accountId(), to, clock.instant());
        transfers.save(before, after);
        removeProvisional(provisional);
        var person = people.findById(before.personId()).orElseThrow();
        if (person.organizationId() != to) {
            LocalDate on = VietnamTime.today(clock);
            people.moveTo(person.id(), to, person.version());
            people.endMembership(person.id(), on);
            people.startMembership(person.id(), to, on, "transfer:" + id);
            events.publishEvent(new PersonTransferred(person.id(), person.organizationId(), to, on));
            events.publishEvent(DataChanged.updated(
                    PersonManagement.ENTITY,
                    person.id(),
                    person,
                    people.findById(person.id()).orElseThrow()));
        }
        decided(before, after, person.id());
    }

    /** The committee refuses with a reason: the provisional record is closed and its office told why. */
    @Transactional
    public void refuse(long id, String reason, int version, Scope scope) {
        var before = current(decidable(id, scope), version);
        var after = before.refuse(scope.accountId(), reason, clock.instant());
        transfers.save(before, after);
        removeProvisional(
                before.provisionalId() == null
                        ? null
                        : people.findById(before.provisionalId()).orElse(null));
        decided(before, after, before.personId());
    }

    /** Asks the nearest common committee to decide; for {@link PersonManagement} when it records a provisional one. */
    @Transactional
    void request(long existingId, long provisionalId, String provisionalName, long toOrganizationId, Scope scope) {
        var existing = people.findById(existingId).orElseThrow();
        // two separate trees have no common committee: the root over the member's current organisation decides
        long committee = organizations
                .nearestCommonAncestor(existing.organizationId(), toOrganizationId)
                .orElseGet(() -> organizations
                        .path(existing.organizationId(), Scope.system(List.of(existing.organizationId())))
                        .get(0)
                        .id());
        long id = transfers.open(
                existingId,
                provisionalId,
                provisionalName,
                existing.organizationId(),
                toOrganizationId,
                committee,
                scope.accountId(),
                clock.instant());
        events.publishEvent(DataChanged.created("MembershipTransfer", id, "person=" + existingId));
        events.publishEvent(
                new TransferRequested(id, committee, existingId, existing.organizationId(), toOrganizationId));
    }

    /** The provisional record no longer claims the number (its office corrected it): its request lapses. */
    @Transactional
    void withdraw(long provisionalId) {
        transfers.pendingOf(provisionalId).ifPresent(before -> {
            var after = before.withdraw(clock.instant());
            transfers.save(before, after);
            events.publishEvent(DataChanged.updated("MembershipTransfer", before.id(), before, after));
        });
    }

    /** The pending request a provisional record waits on, if any. */
    Optional<Long> pendingOriginal(long provisionalId) {
        return transfers.pendingOf(provisionalId).map(MembershipTransfer::personId);
    }

    private void removeProvisional(PersonView provisional) {
        if (provisional != null && people.isProvisional(provisional.id())) {
            people.deleteProvisional(provisional.id());
            events.publishEvent(DataChanged.deleted(PersonManagement.ENTITY, provisional.id(), provisional));
        }
    }

    private void decided(MembershipTransfer before, MembershipTransfer after, long personId) {
        events.publishEvent(DataChanged.updated("MembershipTransfer", before.id(), before, after));
        events.publishEvent(new TransferDecided(
                after.id(),
                after.status(),
                after.requestedBy(),
                personId,
                after.provisionalName(),
                after.toOrganizationId(),
                after.reason()));
    }

    private static MembershipTransfer current(MembershipTransfer transfer, int version) {
        if (transfer.version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Transfer " + transfer.id() + " was decided by someone else");
        }
        return transfer;
    }

    private MembershipTransfer decidable(long id, Scope scope) {
        var transfer = transfers.find(id).orElseThrow(() -> new NotFoundException("MembershipTransfer", id));
        if (!organizations.allows(scope, transfer.committeeId(), Capability.KEEP_RECORDS)) {
            events.publishEvent(new AccessDenied("MembershipTransfer", String.valueOf(id), "out of scope"));
            throw new NotFoundException("MembershipTransfer", id);
        }
        return transfer;
    }

    private List<TransferView> views(List<MembershipTransfer> rows) {
        var organizationIds = new HashSet<Long>();
        var personIds = new HashSet<Long>();
        for (var t : rows) {
            organizationIds.add(t.fromOrganizationId());
            organizationIds.add(t.toOrganizationId());
            organizationIds.add(t.committeeId());
            personIds.add(t.personId());
        }
        var organizationNames = organizations.names(organizationIds);
        var personNames = people.names(personIds);
        return rows.stream()
                .map(t -> new TransferView(
                        t.id(),
                        t.personId(),
                        personNames.get(t.personId()),
                        t.provisionalId(),
                        t.provisionalName(),
                        t.fromOrganizationId(),
                        organizationNames.get(t.fromOrganizationId()),
                        t.toOrganizationId(),
                        organizationNames.get(t.toOrganizationId()),
                        t.committeeId(),
                        organizationNames.get(t.committeeId()),
                        t.status(),
                        VietnamTime.local(t.requestedAt()).toLocalDateTime(),
                        t.decidedAt() == null
                                ? null
                                : VietnamTime.local(t.decidedAt()).toLocalDateTime(),
                        t.reason(),
                        t.version()))
                .toList();
    }
}
