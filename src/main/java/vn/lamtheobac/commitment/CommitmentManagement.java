package vn.lamtheobac.commitment;

import static vn.lamtheobac.commitment.CommitmentRules.requireEveryItem;
import static vn.lamtheobac.commitment.CommitmentRules.requireStatus;
import static vn.lamtheobac.commitment.CommitmentRules.validateItems;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.Assess;
import vn.lamtheobac.commitment.CommitmentCommands.Close;
import vn.lamtheobac.commitment.CommitmentCommands.Correct;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.ReturnForRevision;
import vn.lamtheobac.commitment.CommitmentCommands.SelfAssess;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentAcknowledged;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentAssessed;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentReminderRequested;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentReturned;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentSubmitted;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonCategory;
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

    /** Who writes a commitment: party members and civil servants. */
    public static final Set<PersonCategory> COMMITTED = EnumSet.of(
            PersonCategory.PARTY_MEMBER_OFFICIAL,
            PersonCategory.PARTY_MEMBER_PROBATIONARY,
            PersonCategory.CIVIL_SERVANT);

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
        var members = people.inSubtree(organizationId, COMMITTED, scope);
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
        var members = people.countByUnit(organizationId, COMMITTED, scope);
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
        long organizationId = writableOrganization(command, scope);
        validateItems(command.items(), false);
        var existing = commitments.find(command.personId(), command.year());
        long id;
        if (existing.isEmpty()) {
            Long theme = annualTheme(organizationId, command.year())
                    .map(ThemeView::id)
                    .orElse(null);
            id = commitments.insert(command.personId(), organizationId, command.year(), theme);
            events.publishEvent(DataChanged.created(ENTITY, id, command));
        } else {
            var before = existing.get();
            if (before.status() != CommitmentStatus.DRAFT) {
                throw new BusinessRuleException("commitment.error.notDraft");
            }
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
        writableOrganization(command, scope);
        validateItems(command.items(), true);
        long id = write(command, scope);
        submit(id, commitments.findById(id).orElseThrow().version(), scope);
        return id;
    }

    /** Hands the draft in to the cell. Every section needs a line, and every task a measurable target. */
    @Transactional
    public void submit(long id, int version, Scope scope) {
        var commitment = readable(id, scope);
        requireWriter(commitment, scope);
        requireStatus(commitment, CommitmentStatus.DRAFT, "commitment.error.submitOnlyDraft");
        validateItems(
                commitment.items().stream()
                        .map(i -> new ItemDraft(i.section(), i.content(), i.target()))
                        .toList(),
                true);
        commitments.transition(
                id,
                version,
                CommitmentStatus.DRAFT,
                CommitmentStatus.SUBMITTED,
                "submitted_at = now(), returned_reason = null");
        events.publishEvent(
                new CommitmentSubmitted(id, commitment.personId(), commitment.organizationId(), commitment.year()));
        events.publishEvent(DataChanged.updated(ENTITY, id, Map.of("status", "DRAFT"), Map.of("status", "SUBMITTED")));
    }

    /** The member's year-end assessment of every item, with evidence. */
    @Transactional
    public void selfAssess(SelfAssess command, Scope scope) {
        var commitment = readable(command.id(), scope);
        requireWriter(commitment, scope);
        requireStatus(commitment, CommitmentStatus.ACKNOWLEDGED, "commitment.error.selfAssessOnlyAcknowledged");
        calendar.requireSelfAssessmentOpen(commitment.year());
        requireEveryItem(commitment, command.results());
        for (var item : commitment.items()) {
            String evidence = command.evidence() == null
                    ? null
                    : blankToNull(command.evidence().get(item.id()));
            commitments.setSelfResult(item.id(), command.results().get(item.id()), evidence);
        }
        commitments.transition(
                command.id(),
                command.version(),
                CommitmentStatus.ACKNOWLEDGED,
                CommitmentStatus.SELF_ASSESSED,
                "self_assessment = ?, self_assessed_at = now()",
                blankToNull(command.summary()));
        events.publishEvent(DataChanged.updated(ENTITY, command.id(), commitment, command));
    }

    // ---------------------------------------------------------------------------------------------------- the cell

    /** Acknowledges many submitted commitments at once; all of them or none. */
    @Transactional
    public int acknowledge(Acknowledge command, Scope scope) {
        if (command.ids() == null || command.ids().isEmpty()) {
            throw new BusinessRuleException("commitment.error.noneChosen");
        }
        for (long id : command.ids()) {
            var commitment = reviewable(id, scope);
            requireStatus(commitment, CommitmentStatus.SUBMITTED, "commitment.error.acknowledgeOnlySubmitted");
            commitments.transition(
                    id,
                    commitment.version(),
                    CommitmentStatus.SUBMITTED,
                    CommitmentStatus.ACKNOWLEDGED,
                    "acknowledgement = ?, acknowledged_by = ?, acknowledged_at = now()",
                    blankToNull(command.comment()),
                    actor());
            events.publishEvent(new CommitmentAcknowledged(
                    id, commitment.personId(), commitment.organizationId(), commitment.year()));
            events.publishEvent(DataChanged.updated(
                    ENTITY,
                    id,
                    Map.of("status", "SUBMITTED"),
                    Map.of("status", "ACKNOWLEDGED", "comment", String.valueOf(command.comment()))));
        }
        return command.ids().size();
    }

    /** Sends a submitted commitment back to its writer, with the reason. */
    @Transactional
    public void returnForRevision(ReturnForRevision command, Scope scope) {
        var commitment = reviewable(command.id(), scope);
        requireStatus(commitment, CommitmentStatus.SUBMITTED, "commitment.error.returnOnlySubmitted");
        if (command.reason() == null || command.reason().isBlank()) {
            throw BusinessRuleException.atField("reason", "commitment.error.reasonRequired");
        }
        commitments.transition(
                command.id(),
                command.version(),
                CommitmentStatus.SUBMITTED,
                CommitmentStatus.DRAFT,
                "returned_reason = ?",
                command.reason().strip());
        events.publishEvent(new CommitmentReturned(
                command.id(),
                commitment.personId(),
                commitment.organizationId(),
                commitment.year(),
                command.reason().strip()));
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.id(),
                Map.of("status", "SUBMITTED"),
                Map.of("status", "DRAFT", "reason", command.reason().strip())));
    }

    /** The cell's assessment of every item and of the whole commitment. */
    @Transactional
    public void assess(Assess command, Scope scope) {
        var commitment = reviewable(command.id(), scope);
        requireStatus(commitment, CommitmentStatus.SELF_ASSESSED, "commitment.error.assessOnlySelfAssessed");
        requireEveryItem(commitment, command.results());
        if (command.outcome() == null) {
            throw BusinessRuleException.atField("outcome", "commitment.error.outcome");
        }
        for (var item : commitment.items()) {
            String comment = command.comments() == null
                    ? null
                    : blankToNull(command.comments().get(item.id()));
            commitments.setCellResult(item.id(), command.results().get(item.id()), comment);
        }
        commitments.transition(
                command.id(),
                command.version(),
                CommitmentStatus.SELF_ASSESSED,
                CommitmentStatus.ASSESSED,
                "outcome = ?, assessment = ?, assessed_by = ?, assessed_at = now()",
                command.outcome().name(),
                blankToNull(command.assessment()),
                actor());
        events.publishEvent(new CommitmentAssessed(
                command.id(),
                commitment.personId(),
                commitment.organizationId(),
                commitment.year(),
                command.outcome()));
        events.publishEvent(DataChanged.updated(ENTITY, command.id(), commitment, command));
    }

    @Transactional
    public void close(Close command, Scope scope) {
        var commitment = reviewable(command.id(), scope);
        requireStatus(commitment, CommitmentStatus.ASSESSED, "commitment.error.closeOnlyAssessed");
        commitments.transition(
                command.id(),
                command.version(),
                CommitmentStatus.ASSESSED,
                CommitmentStatus.CLOSED,
                "closed_at = now()");
        events.publishEvent(
                DataChanged.updated(ENTITY, command.id(), Map.of("status", "ASSESSED"), Map.of("status", "CLOSED")));
    }

    /** Changes the outcome of a closed commitment; the reason goes to the audit trail with the before and after. */
    @Transactional
    public void correct(Correct command, Scope scope) {
        var commitment = reviewable(command.id(), scope);
        requireStatus(commitment, CommitmentStatus.CLOSED, "commitment.error.correctOnlyClosed");
        if (command.reason() == null || command.reason().isBlank()) {
            throw BusinessRuleException.atField("reason", "commitment.error.reasonRequired");
        }
        if (command.outcome() == null) {
            throw BusinessRuleException.atField("outcome", "commitment.error.outcome");
        }
        commitments.transition(
                command.id(),
                command.version(),
                CommitmentStatus.CLOSED,
                CommitmentStatus.CLOSED,
                "outcome = ?, assessment = ?",
                command.outcome().name(),
                blankToNull(command.assessment()));
        events.publishEvent(new CommitmentAssessed(
                command.id(),
                commitment.personId(),
                commitment.organizationId(),
                commitment.year(),
                command.outcome()));
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.id(),
                Map.of(
                        "outcome",
                        String.valueOf(commitment.outcome()),
                        "assessment",
                        String.valueOf(commitment.assessment())),
                Map.of(
                        "outcome",
                        command.outcome().name(),
                        "assessment",
                        String.valueOf(command.assessment()),
                        "correctionReason",
                        command.reason().strip())));
    }

    /**
     * Reminds members who have not submitted their commitment for the year (all of the organisation's, or the given
     * ones), at most once a day each. Returns how many were reminded.
     */
    @Transactional
    public int remind(long organizationId, int year, List<Long> personIds, Scope scope) {
        if (!canReview(organizationId, scope)) {
            throw new ForbiddenException("commitment.error.notReviewer");
        }
        String organizationName = organizations.get(organizationId, scope).name();
        int sent = 0;
        for (var row : rows(organizationId, year, CommitmentStatus.DRAFT, scope)) {
            if ((personIds == null || personIds.isEmpty() || personIds.contains(row.personId()))
                    && commitments.recordReminder(row.personId(), year)) {
                events.publishEvent(new CommitmentReminderRequested(row.personId(), year, organizationName));
                sent++;
            }
        }
        return sent;
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
    private long writableOrganization(WriteCommitment command, Scope scope) {
        long organizationId = people.organizationOf(command.personId())
                .orElseThrow(() -> new NotFoundException("Person", command.personId()));
        if (!scope.isOwnPerson(command.personId()) && !canReview(organizationId, scope)) {
            if (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
                throw new NotFoundException("Person", command.personId());
            }
            throw new ForbiddenException("commitment.error.notYours");
        }
        calendar.requireWritable(command.year());
        return organizationId;
    }

    private long ownPerson(Scope scope) {
        if (scope.personId() == null) {
            throw new BusinessRuleException("commitment.error.noPerson");
        }
        return scope.personId();
    }

    /** Visible to its writer and to readers of the writer's organisation. */
    private CommitmentView readable(long id, Scope scope) {
        var commitment = commitments.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.isOwnPerson(commitment.personId())
                && !organizations.isWithin(commitment.organizationId(), scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return commitment;
    }

    /** Reviewed by the cell's secretaries and the committees above, never by the writer themselves. */
    private CommitmentView reviewable(long id, Scope scope) {
        var commitment = readable(id, scope);
        if (scope.isOwnPerson(commitment.personId())) {
            throw new ForbiddenException("commitment.error.ownReview");
        }
        if (!canReview(commitment, scope)) {
            throw new ForbiddenException("commitment.error.notReviewer");
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

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
