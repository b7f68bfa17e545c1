package vn.lamtheobac.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.commitment.CommitmentCommands.SelfAssess;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentSubmitted;
import vn.lamtheobac.commitment.internal.Commitment;
import vn.lamtheobac.commitment.internal.CommitmentRules;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.programme.ThemeView;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Yearly commitments. A member writes, submits and self-assesses their own; the cell's secretary (and officers above)
 * acknowledge, return, assess, close and correct them; readers of the subtree follow them. Every transition checks
 * the status it starts from, so an illegal one is refused with a clear message, and the version, so two editors never
 * overwrite each other.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentManagement {

    static final String ENTITY = "Commitment";

    private final Commitments commitments;
    private final PersonManagement people;
    private final OrganizationManagement organizations;
    private final ProgrammeManagement programmes;
    private final CommitmentCalendar calendar;
    private final ApplicationEventPublisher events;

    CommitmentManagement(
            Commitments commitments,
            PersonManagement people,
            OrganizationManagement organizations,
            ProgrammeManagement programmes,
            CommitmentCalendar calendar,
            ApplicationEventPublisher events) {
        this.commitments = commitments;
        this.people = people;
        this.organizations = organizations;
        this.programmes = programmes;
        this.calendar = calendar;
        this.events = events;
    }

    // ------------------------------------------------------------------------------------------------------ reading

    /** The caller's own commitment for a year, or an empty one not yet written. */
    public CommitmentView mine(int year, Scope scope) {
        long personId = ownPerson(scope);
        return commitments.find(personId, year).map(this::named).orElseGet(() -> blank(personId, year));
    }

    public CommitmentView get(long id, Scope scope) {
        return named(readable(id, scope));
    }

    /**
     * Everyone in the subtree of {@code organizationId} who owes a commitment for the year, with where their
     * commitment stands; {@code status} filters ({@code DRAFT} also matches those who wrote nothing).
     */
    public List<CommitmentRow> rows(long organizationId, int year, CommitmentStatus status, Scope scope) {
        var members = people.inSubtree(organizationId, CommitmentRules.COMMITTED, scope);
        var byPerson = commitments.forPeople(members.stream().map(m -> m.id()).toList(), year);
        var rows = new ArrayList<CommitmentRow>();
        for (var member : members) {
            var commitment = byPerson.get(member.id());
            var row = new CommitmentRow(
                    member.id(),
                    member.fullName(),
                    member.category().name(),
                    member.organizationId(),
                    member.organizationName(),
                    commitment == null ? null : commitment.id(),
                    commitment == null ? null : commitment.status(),
                    commitment == null ? null : commitment.outcome());
            if (status == null || (status == CommitmentStatus.DRAFT ? row.notSubmitted() : row.status() == status)) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A committee's overview of a year's commitments: one line per unit directly under {@code organizationId} (and one
     * for the people registered in it directly, if any), each counting its whole subtree. Two grouped queries, however
     * large the subtree; the list of people starts only when a unit is opened.
     */
    public List<UnitCommitments> unitSummary(long organizationId, int year, Scope scope) {
        var members = people.countByUnit(organizationId, CommitmentRules.COMMITTED, scope);
        var byUnit = commitments.countByUnit(organizationId, year);
        var units = new ArrayList<UnitCommitments>();
        var self = organizations.get(organizationId, scope);
        if (members.containsKey(organizationId) || byUnit.containsKey(organizationId)) {
            units.add(line(self.id(), self.name(), true, members, byUnit));
        }
        for (var child : organizations.children(organizationId, scope)) {
            units.add(line(child.id(), child.name(), child.childCount() == 0, members, byUnit));
        }
        return units;
    }

    private static UnitCommitments line(
            long id,
            String name,
            boolean leaf,
            Map<Long, Long> members,
            Map<Long, Map<CommitmentStatus, Long>> byUnit) {
        return new UnitCommitments(id, name, leaf, members.getOrDefault(id, 0L), byUnit.getOrDefault(id, Map.of()));
    }

    /** The assessed outcomes of the given people's commitments for a year (for the annual rating), by person. */
    public Map<Long, ItemResult> outcomes(java.util.Collection<Long> personIds, int year) {
        var outcomes = new java.util.HashMap<Long, ItemResult>();
        commitments.forPeople(personIds, year).forEach((person, c) -> {
            if (c.outcome() != null) {
                outcomes.put(person, c.outcome());
            }
        });
        return outcomes;
    }

    /** Whether the caller may acknowledge and assess the commitments of people under {@code organizationId}. */
    public boolean canReview(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    /** Whether the caller may acknowledge and assess this commitment: a reviewer of its organisation, not its writer. */
    public boolean canReview(CommitmentView commitment, Scope scope) {
        return !scope.isOwnPerson(commitment.personId()) && canReview(commitment.organizationId(), scope);
    }

    // ---------------------------------------------------------------------------------------------------- the member

    /**
     * Writes a draft: the caller's own, or (for a record keeper) a member's on their behalf. The first save creates the
     * commitment under the annual theme in force for the member's organisation.
     */
    @Transactional
    public long write(WriteCommitment command, Scope scope) {
        long organizationId = writableOrganization(command.personId(), scope);
        boolean committed = committed(command.personId(), organizationId);
        var existing = commitments.find(command.personId(), command.year());
        long id;
        if (existing.isEmpty()) {
            Commitment.begin(command.items(), command.year(), committed, calendar.thisYear());
            Long theme = annualTheme(organizationId, command.year())
                    .map(ThemeView::id)
                    .orElse(null);
            id = commitments.insert(command.personId(), organizationId, command.year(), theme);
            events.publishEvent(DataChanged.created(ENTITY, id, command));
        } else {
            var before = existing.get();
            Commitment.of(before).write(command.items(), committed, calendar.thisYear());
            commitments.touch(before.id(), command.version());
            id = before.id();
            events.publishEvent(DataChanged.updated(ENTITY, id, before, command));
        }
        commitments.replaceItems(id, command.items());
        return id;
    }

    /**
     * Saves what the member wrote and hands it in to the cell, all or nothing: an incomplete commitment is refused
     * before anything is written, so the draft and its version stay as they were and the corrected one can be sent
     * with the same version.
     */
    @Transactional
    public long submit(WriteCommitment command, Scope scope) {
        writableOrganization(command.personId(), scope);
        calendar.requireWritable(command.year());
        CommitmentRules.refuse(CommitmentRules.items(command.items(), true));
        long id = write(command, scope);
        submit(id, commitments.findById(id).orElseThrow().version(), scope);
        return id;
    }

    /**
     * Hands the draft in to the cell: still for an open year, by someone who owes a commitment, with a line in every
     * section and a measurable target for each task.
     */
    @Transactional
    public void submit(long id, int version, Scope scope) {
        var commitment = readable(id, scope);
        requireWriter(commitment, scope);
        var aggregate = Commitment.of(commitment);
        var next = aggregate.submit(
                aggregate.itemDrafts(),
                committed(commitment.personId(), commitment.organizationId()),
                calendar.thisYear());
        commitments.transition(id, version, commitment.status(), next, "submitted_at = now(), returned_reason = null");
        events.publishEvent(
                new CommitmentSubmitted(id, commitment.personId(), commitment.organizationId(), commitment.year()));
        events.publishEvent(DataChanged.updated(
                ENTITY, id, Map.of("status", commitment.status().name()), Map.of("status", next.name())));
    }

    /** The member's year-end assessment of every item, with evidence. */
    @Transactional
    public void selfAssess(SelfAssess command, Scope scope) {
        var commitment = readable(command.id(), scope);
        requireWriter(commitment, scope);
        var next = Commitment.of(commitment).selfAssess(command.results(), calendar.today());
        var evidence = command.evidence() == null ? Map.<Long, String>of() : command.evidence();
        commitments.setSelfResults(commitment.items(), command.results(), evidence);
        commitments.transition(
                command.id(),
                command.version(),
                commitment.status(),
                next,
                "self_assessment = ?, self_assessed_at = now()",
                command.summary());
        events.publishEvent(DataChanged.updated(ENTITY, command.id(), commitment, command));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private java.util.Optional<ThemeView> annualTheme(long organizationId, int year) {
        var themes = programmes.themesFor(organizationId, year).stream()
                .filter(t -> t.kind() == ThemeKind.ANNUAL)
                .toList();
        // themesFor lists the annual themes from the top of the tree down: the last is the nearest committee's
        return themes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(themes.get(themes.size() - 1));
    }

    /** The writer's organisation, once the caller may write this person's commitment for this year. */
    private long writableOrganization(long personId, Scope scope) {
        long organizationId =
                people.organizationOf(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        if (!scope.isOwnPerson(personId) && !canReview(organizationId, scope)) {
            if (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
                throw new NotFoundException("Person", personId);
            }
            throw new ForbiddenException("commitment.error.notYours");
        }
        return organizationId;
    }

    /** Whether the person owes a commitment: a party member or a civil servant registered in the organisation. */
    private boolean committed(long personId, long organizationId) {
        return people
                .directlyIn(organizationId, CommitmentRules.COMMITTED, Scope.system(List.of(organizationId)))
                .stream()
                .anyMatch(p -> p.id() == personId);
    }

    private long ownPerson(Scope scope) {
        if (scope.personId() == null) {
            throw new BusinessRuleException("commitment.error.noPerson");
        }
        return scope.personId();
    }

    /** Visible to its writer and to readers of the writer's organisation. */
    CommitmentView readable(long id, Scope scope) {
        var commitment = commitments.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.isOwnPerson(commitment.personId())
                && !organizations.isWithin(commitment.organizationId(), scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return commitment;
    }

    private void requireWriter(CommitmentView commitment, Scope scope) {
        if (!scope.isOwnPerson(commitment.personId()) && !canReview(commitment.organizationId(), scope)) {
            throw new ForbiddenException("commitment.error.notYours");
        }
    }

    private CommitmentView blank(long personId, int year) {
        long organizationId = people.organizationOf(personId).orElseThrow();
        var theme = annualTheme(organizationId, year);
        return named(new CommitmentView(
                0,
                personId,
                null,
                organizationId,
                null,
                year,
                theme.map(ThemeView::id).orElse(null),
                null,
                CommitmentStatus.DRAFT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                0));
    }

    private CommitmentView named(CommitmentView c) {
        String person = people.names(List.of(c.personId())).get(c.personId());
        String organization = organizations.names(List.of(c.organizationId())).get(c.organizationId());
        String theme = c.themeId() == null
                ? null
                : programmes.theme(c.themeId()).map(ThemeView::title).orElse(null);
        return new CommitmentView(
                c.id(),
                c.personId(),
                person,
                c.organizationId(),
                organization,
                c.year(),
                c.themeId(),
                theme,
                c.status(),
                c.returnedReason(),
                c.acknowledgement(),
                c.acknowledgedBy(),
                c.acknowledgedAt(),
                c.selfAssessment(),
                c.outcome(),
                c.assessment(),
                c.assessedBy(),
                c.items(),
                c.version());
    }
}
