package vn.lamtheobac.commitment;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.Assess;
import vn.lamtheobac.commitment.CommitmentCommands.Close;
import vn.lamtheobac.commitment.CommitmentCommands.Correct;
import vn.lamtheobac.commitment.CommitmentCommands.ReturnForRevision;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentAcknowledged;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentAssessed;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentReminderRequested;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentReturned;
import vn.lamtheobac.commitment.internal.Commitment;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;

/**
 * The cell's side of commitments: the cell's secretary (and officers above) acknowledge (one or many at once), return,
 * assess, close and correct them, and remind those who have not submitted. Each step goes through the
 * {@link Commitment} aggregate, which checks who may review (a record keeper of the writer's unit, never the writer),
 * the status it starts from and the step's rules; the version keeps two reviewers from overwriting each other.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentReview {

    static final String ENTITY = CommitmentManagement.ENTITY;

    private final CommitmentManagement management;
    private final Commitments commitments;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;

    CommitmentReview(
            CommitmentManagement management,
            Commitments commitments,
            OrganizationManagement organizations,
            ApplicationEventPublisher events) {
        this.management = management;
        this.commitments = commitments;
        this.organizations = organizations;
        this.events = events;
    }

    /**
     * Acknowledges many submitted commitments at once; all of them or none. The commitments and the caller's right
     * over their units are read in one query each, however many are chosen.
     */
    @Transactional
    public int acknowledge(Acknowledge command, Scope scope) {
        if (command.ids() == null || command.ids().isEmpty()) {
            throw new BusinessRuleException("commitment.error.noneChosen");
        }
        var ids = new LinkedHashSet<>(command.ids());
        var found = commitments.byIds(ids);
        var units = found.values().stream().map(CommitmentView::organizationId).toList();
        var readable = organizations.allowed(scope, units, Capability.READ);
        var reviewer = organizations.allowed(scope, units, Capability.KEEP_RECORDS);
        for (long id : ids) {
            var commitment = found.get(id);
            if (commitment == null
                    || (!scope.isOwnPerson(commitment.personId()) && !readable.contains(commitment.organizationId()))) {
                events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
                throw new NotFoundException(ENTITY, id);
            }
            Commitment.of(commitment)
                    .acknowledge(caller(commitment, reviewer.contains(commitment.organizationId()), scope));
        }
        commitments.transitionAll(
                ids,
                CommitmentStatus.SUBMITTED,
                CommitmentStatus.ACKNOWLEDGED,
                "acknowledgement = ?, acknowledged_by = ?, acknowledged_at = now()",
                command.comment(),
                actor());
        for (long id : ids) {
            var commitment = found.get(id);
            events.publishEvent(new CommitmentAcknowledged(
                    id, commitment.personId(), commitment.organizationId(), commitment.year()));
            events.publishEvent(DataChanged.updated(
                    ENTITY,
                    id,
                    Map.of("status", commitment.status().name()),
                    Map.of(
                            "status",
                            CommitmentStatus.ACKNOWLEDGED.name(),
                            "comment",
                            String.valueOf(command.comment()))));
        }
        return ids.size();
    }

    /** Sends a submitted commitment back to its writer, with the reason. */
    @Transactional
    public void returnForRevision(ReturnForRevision command, Scope scope) {
        var commitment = management.readable(command.id(), scope);
        var next = Commitment.of(commitment).returnForRevision(caller(commitment, scope), command.reason());
        commitments.transition(
                command.id(), command.version(), commitment.status(), next, "returned_reason = ?", command.reason());
        events.publishEvent(new CommitmentReturned(
                command.id(), commitment.personId(), commitment.organizationId(), commitment.year(), command.reason()));
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.id(),
                Map.of("status", commitment.status().name()),
                Map.of("status", next.name(), "reason", command.reason())));
    }

    /** The cell's assessment of every item and of the whole commitment. */
    @Transactional
    public void assess(Assess command, Scope scope) {
        var commitment = management.readable(command.id(), scope);
        var next = Commitment.of(commitment).assess(caller(commitment, scope), command.results(), command.outcome());
        commitments.setCellResults(
                commitment.items(), command.results(), command.comments() == null ? Map.of() : command.comments());
        commitments.transition(
                command.id(),
                command.version(),
                commitment.status(),
                next,
                "outcome = ?, assessment = ?, assessed_by = ?, assessed_at = now()",
                command.outcome().name(),
                command.assessment(),
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
        var commitment = management.readable(command.id(), scope);
        var next = Commitment.of(commitment).close(caller(commitment, scope));
        commitments.transition(command.id(), command.version(), commitment.status(), next, "closed_at = now()");
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), Map.of("status", commitment.status().name()), Map.of("status", next.name())));
    }

    /** Changes the outcome of a closed commitment; the reason goes to the audit trail with the before and after. */
    @Transactional
    public void correct(Correct command, Scope scope) {
        var commitment = management.readable(command.id(), scope);
        var next = Commitment.of(commitment).correct(caller(commitment, scope), command.outcome(), command.reason());
        commitments.transition(
                command.id(),
                command.version(),
                commitment.status(),
                next,
                "outcome = ?, assessment = ?",
                command.outcome().name(),
                command.assessment());
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
                        command.reason())));
    }

    /**
     * Reminds members who have not submitted their commitment for the year (all of the organisation's, or the given
     * ones), at most once a day each, in one statement. Returns how many were reminded.
     */
    @Transactional
    public int remind(long organizationId, int year, List<Long> personIds, Scope scope) {
        // a unit out of sight answers 404, one read without the right to review 403
        organizations.require(scope, organizationId, Capability.KEEP_RECORDS, "commitment.error.notReviewer");
        String organizationName = organizations.get(organizationId, scope).name();
        var due = new HashSet<Long>();
        for (var row : management.rows(organizationId, year, CommitmentStatus.DRAFT, scope)) {
            if (personIds == null || personIds.isEmpty() || personIds.contains(row.personId())) {
                due.add(row.personId());
            }
        }
        var reminded = commitments.recordReminders(due, year);
        reminded.stream()
                .sorted()
                .forEach(
                        person -> events.publishEvent(new CommitmentReminderRequested(person, year, organizationName)));
        return reminded.size();
    }

    private Commitment.Caller caller(CommitmentView commitment, Scope scope) {
        return caller(commitment, management.canReview(commitment.organizationId(), scope), scope);
    }

    private static Commitment.Caller caller(CommitmentView commitment, boolean keepsTheRecords, Scope scope) {
        return new Commitment.Caller(scope.isOwnPerson(commitment.personId()), keepsTheRecords);
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
