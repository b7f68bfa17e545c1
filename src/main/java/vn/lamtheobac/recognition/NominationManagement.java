package vn.lamtheobac.recognition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.Evidence.LinkedInitiative;
import vn.lamtheobac.recognition.RecognitionCommands.Nominate;
import vn.lamtheobac.recognition.RecognitionCommands.Resubmit;
import vn.lamtheobac.recognition.RecognitionCommands.Review;
import vn.lamtheobac.recognition.RecognitionEvents.NominationReviewed;
import vn.lamtheobac.recognition.RecognitionEvents.NominationSubmitted;
import vn.lamtheobac.recognition.internal.CommandValidation;
import vn.lamtheobac.recognition.internal.Nomination;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Proposing, resubmitting and reviewing nominations. A record keeper ({@link Role#RECORD_KEEPERS}) over the nominee's
 * organisation proposes; the nomination waits at the committee directly above, whose record keepers approve it upward,
 * return it with a reason or reject it with a reason, until it awaits the decision of the nearest committee entitled
 * to grant its form ({@link DecisionManagement}). Each step goes through the {@link Nomination} aggregate and its one
 * transition table, and every step that moves it on checks the commendation rules again against what is known now
 * (the current rating, discipline since, earlier commendations of the same achievement).
 */
@Service
@Transactional(readOnly = true)
public class NominationManagement {

    private final Movements movements;
    private final Nominations nominations;
    private final AwardForms awardForms;
    private final NominationChecks checks;
    private final RecognitionAccess access;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final InitiativeManagement initiatives;
    private final CommandValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NominationManagement(
            Movements movements,
            Nominations nominations,
            AwardForms awardForms,
            NominationChecks checks,
            RecognitionAccess access,
            OrganizationManagement organizations,
            PersonManagement people,
            InitiativeManagement initiatives,
            CommandValidation validation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.movements = movements;
        this.nominations = nominations;
        this.awardForms = awardForms;
        this.checks = checks;
        this.access = access;
        this.organizations = organizations;
        this.people = people;
        this.initiatives = initiatives;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the caller may propose collectives of {@code organizationId}, or individuals belonging to it. */
    public boolean canNominateFor(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    /**
     * The initiatives of a nominee the caller may link as evidence: a collective's own (not its members'), or an
     * individual's; newest year first. Empty when the caller cannot read the nominee's organisation.
     */
    public List<LinkedInitiative> initiativesOf(NomineeKind kind, Long organizationId, Long personId, Scope scope) {
        Long owner = kind == NomineeKind.INDIVIDUAL
                ? (personId == null ? null : people.organizationOf(personId).orElse(null))
                : organizationId;
        if (owner == null || !organizations.isWithin(owner, scope.rootsWith(Role.READERS))) {
            return List.of();
        }
        return initiatives
                .list(new InitiativeQuery(null, null, null, null, owner, false, new PageRequest(0, 200)), scope)
                .content()
                .stream()
                .filter(i -> kind == NomineeKind.INDIVIDUAL
                        ? Objects.equals(i.personId(), personId)
                        : i.personId() == null && i.organizationId() == owner)
                .map(i -> new LinkedInitiative(
                        i.id(),
                        i.title(),
                        i.year(),
                        i.status(),
                        i.status() == InitiativeStatus.EVALUATED && i.evaluation() == Effectiveness.EFFECTIVE,
                        i.recognisedAsGoodModel(),
                        i.progressPercent()))
                .toList();
    }

    /**
     * Proposes a collective or an individual under a movement: the input, then the committee entitled to grant the
     * form above the nominee, then the commendation rules; the nomination waits at the committee directly above the
     * nominee's organisation (or, if that is already the entitled committee, awaits its decision).
     */
    @Transactional
    public long nominate(Nominate command, Scope scope) {
        validation.check(command);
        var movement = access.readableMovement(command.movementId(), scope);
        long organizationId;
        Long personId = null;
        if (command.kind() == NomineeKind.COLLECTIVE) {
            if (command.organizationId() == null) {
                throw BusinessRuleException.atField("organizationId", "recognition.error.organization");
            }
            organizationId = command.organizationId();
            access.requireRecordKeeper(organizationId, scope, "organizationId");
        } else {
            personId = command.personId();
            organizationId = access.organizationOfNominee(personId, scope);
        }
        if (!organizations.isWithin(organizationId, Set.of(movement.organizationId()))) {
            throw BusinessRuleException.atField(
                    command.kind() == NomineeKind.COLLECTIVE ? "organizationId" : "personId",
                    "recognition.error.notParticipant");
        }
        var form = content(movement, command.year(), command.proposedFormCode(), command.initiativeIds());
        var linked = linked(command.initiativeIds(), command.kind(), organizationId, personId, scope);
        var step = checks.submission(command.kind(), organizationId, form);
        var candidate = new Nomination(
                0,
                movement.id(),
                command.kind(),
                organizationId,
                personId,
                command.year(),
                command.achievements(),
                form.code(),
                linked,
                step.status(),
                step.organizationId(),
                0);
        checks.check(candidate, form, movement, checks.know(List.of(candidate), true));
        long id = nominations.insert(
                movement.id(),
                command.kind(),
                organizationId,
                personId,
                command.year(),
                command.achievements(),
                form.code(),
                linked,
                step.status(),
                step.organizationId(),
                RecognitionAccess.actor());
        nominations.insertReview(id, ReviewAction.SUBMIT, organizationId, null, RecognitionAccess.actor());
        events.publishEvent(new NominationSubmitted(
                id,
                movement.id(),
                command.kind(),
                organizationId,
                personId,
                command.year(),
                form.code(),
                step.organizationId()));
        events.publishEvent(DataChanged.created(RecognitionAccess.NOMINATION, id, command));
        return id;
    }

    /** The proposing unit revises a returned nomination and sends it up again; every rule is checked afresh. */
    @Transactional
    public void resubmit(Resubmit command, Scope scope) {
        var before = access.readableNomination(command.id(), scope);
        if (!organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        if (!before.allows(ReviewAction.RESUBMIT)) {
            throw new BusinessRuleException("recognition.error.notReturned");
        }
        validation.check(command);
        var movement = movements.findById(before.movementId()).orElseThrow();
        var form = content(movement, before.year(), command.proposedFormCode(), command.initiativeIds());
        var linked = linked(command.initiativeIds(), before.kind(), before.organizationId(), before.personId(), scope);
        var step = checks.submission(before.kind(), before.organizationId(), form);
        var current = before.atVersion(command.version());
        var after = current.resubmit(
                command.achievements(),
                form.code(),
                linked,
                step.organizationId(),
                step.status() == NominationStatus.AWAITING_DECISION);
        checks.check(after, form, movement, checks.know(List.of(after), true));
        nominations.save(current, after);
        nominations.insertReview(
                before.id(), ReviewAction.RESUBMIT, before.organizationId(), null, RecognitionAccess.actor());
        events.publishEvent(new NominationSubmitted(
                before.id(),
                before.movementId(),
                before.kind(),
                before.organizationId(),
                before.personId(),
                before.year(),
                form.code(),
                step.organizationId()));
        events.publishEvent(DataChanged.updated(
                RecognitionAccess.NOMINATION,
                before.id(),
                snapshot(before),
                snapshot(nominations.findById(before.id()).orElseThrow())));
    }

    /**
     * A step of the committee where the nomination waits: approve it upward (to the committee above, or into the
     * entitled committee's hands, once the rules still hold), return it to the proposing unit, or reject it; the last
     * two with a reason.
     */
    @Transactional
    public void review(Review command, Scope scope) {
        var before = access.readableNomination(command.id(), scope);
        if (command.action() == null || !ReviewAction.REVIEWER_ACTIONS.contains(command.action())) {
            throw BusinessRuleException.atField("action", "recognition.error.reviewAction");
        }
        validation.check(command);
        var locked = nominations.lock(before.id()).orElseThrow();
        var current = command.version() == null ? locked : locked.atVersion(command.version());
        if (!current.status().inReview()) {
            current.require(command.action()); // decided, rejected or returned: refused with the reason of its state
        }
        long level = current.currentLevelOrganizationId();
        if (!organizations.allows(scope, level, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notReviewer");
        }
        RecognitionAccess.refuseOwn(current.personId(), scope);
        String reason = command.reason() == null || command.reason().isBlank() ? null : command.reason();
        if (command.action().needsReason() && reason == null) {
            throw BusinessRuleException.atField("reason", "recognition.error.reason");
        }
        var after = switch (command.action()) {
            case APPROVE_UPWARD -> approveUpward(current);
            case RETURN -> current.returnToUnit();
            default -> current.reject();
        };
        nominations.save(current, after);
        nominations.insertReview(current.id(), command.action(), level, reason, RecognitionAccess.actor());
        events.publishEvent(new NominationReviewed(
                current.id(),
                command.action(),
                level,
                after.status(),
                after.currentLevelOrganizationId(),
                current.organizationId(),
                current.personId()));
        var changed = new LinkedHashMap<String, Object>();
        changed.put("status", after.status().name());
        changed.put("currentLevelOrganizationId", after.currentLevelOrganizationId());
        changed.put("action", command.action().name());
        if (reason != null) {
            changed.put("reason", reason);
        }
        events.publishEvent(DataChanged.updated(
                RecognitionAccess.NOMINATION,
                current.id(),
                Map.of(
                        "status",
                        current.status().name(),
                        "currentLevelOrganizationId",
                        current.currentLevelOrganizationId()),
                changed));
    }

    /** Moves the nomination one committee up, once the rules hold against what is known now. */
    private Nomination approveUpward(Nomination current) {
        current.require(ReviewAction.APPROVE_UPWARD);
        var form = awardForms.find(current.proposedFormCode()).orElseThrow();
        var movement = movements.findById(current.movementId()).orElseThrow();
        checks.check(current, form, movement, checks.know(List.of(current), false));
        var path = checks.path(current.currentLevelOrganizationId());
        if (path.size() < 2) {
            throw new BusinessRuleException("recognition.error.noHigherLevel");
        }
        var parent = path.get(path.size() - 2);
        return current.approveUpward(parent.id(), NominationChecks.entitled(parent, form));
    }

    /** The year and the form of a (re)submission, checked against the movement; returns the form. */
    private AwardFormView content(MovementView movement, int year, String formCode, List<Long> initiativeIds) {
        var violations = new ArrayList<Violation>();
        if (year > VietnamTime.today(clock).getYear()) {
            violations.add(new Violation("year", "recognition.error.yearInFuture"));
        } else if (!movement.covers(year)) {
            violations.add(new Violation(
                    "year",
                    "recognition.error.yearOutsideMovement",
                    movement.startsOn().getYear(),
                    movement.endsOn().getYear()));
        }
        var form = awardForms.find(formCode).filter(AwardFormView::active);
        if (form.isEmpty()) {
            violations.add(new Violation("proposedFormCode", "recognition.error.form"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return form.get();
    }

    /** The linked initiatives, each one of the nominee's own. */
    private List<Long> linked(
            List<Long> initiativeIds, NomineeKind kind, long organizationId, Long personId, Scope scope) {
        var linked = new ArrayList<Long>(new LinkedHashSet<>(
                initiativeIds == null
                        ? List.of()
                        : initiativeIds.stream().filter(Objects::nonNull).toList()));
        for (long initiativeId : linked) {
            if (!belongsToNominee(initiativeId, kind, organizationId, personId, scope)) {
                throw new InvalidInputException(
                        List.of(new Violation("initiativeIds", "recognition.error.initiative")));
            }
        }
        return linked;
    }

    private boolean belongsToNominee(
            long initiativeId, NomineeKind kind, long organizationId, Long personId, Scope scope) {
        try {
            var initiative = initiatives.get(initiativeId, scope);
            return kind == NomineeKind.INDIVIDUAL
                    ? Objects.equals(initiative.personId(), personId)
                    : initiative.personId() == null && initiative.organizationId() == organizationId;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** What the audit trail records of a nomination's change. */
    private static Map<String, Object> snapshot(Nomination n) {
        var values = new LinkedHashMap<String, Object>();
        values.put("status", n.status().name());
        values.put("currentLevelOrganizationId", n.currentLevelOrganizationId());
        values.put("achievements", n.achievements());
        values.put("proposedFormCode", n.proposedFormCode());
        values.put("initiativeIds", n.initiativeIds());
        values.put("version", n.version());
        return values;
    }
}
