package vn.lamtheobac.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.recognition.RecognitionCommands.CreateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateMovement;
import vn.lamtheobac.recognition.internal.CommandValidation;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Emulation movements: launched by officers, secretaries and administrators over the organising committee ({@link
 * Capability#DECIDE_COMMENDATIONS}) for its whole subtree, seen by everyone working at or under the organiser, or above
 * it. A movement's minimum rating only tightens each award form's own (the rules apply the stricter of the two).
 */
@Service
@Transactional(readOnly = true)
public class MovementManagement {

    private final Movements movements;
    private final RecognitionAccess access;
    private final RecognitionNames names;
    private final OrganizationManagement organizations;
    private final CommandValidation validation;
    private final ApplicationEventPublisher events;

    MovementManagement(
            Movements movements,
            RecognitionAccess access,
            RecognitionNames names,
            OrganizationManagement organizations,
            CommandValidation validation,
            ApplicationEventPublisher events) {
        this.movements = movements;
        this.access = access;
        this.names = names;
        this.organizations = organizations;
        this.validation = validation;
        this.events = events;
    }

    /** The movements the caller takes part in or oversees, newest first. */
    public List<MovementView> movements(Scope scope) {
        var roots = access.participantRoots(scope);
        if (roots.isEmpty()) {
            return List.of();
        }
        return names.movements(movements.visible(roots, 200));
    }

    /** A movement the caller takes part in or oversees. */
    public MovementView movement(long id, Scope scope) {
        return names.movement(access.readableMovement(id, scope));
    }

    /** Whether the caller may launch movements (for some committee). */
    public boolean canOrganize(Scope scope) {
        return !scope.rootsFor(Capability.DECIDE_COMMENDATIONS).isEmpty();
    }

    /** Whether the caller may change the movement. */
    public boolean canEdit(MovementView movement, Scope scope) {
        return organizations.allows(scope, movement.organizationId(), Capability.DECIDE_COMMENDATIONS);
    }

    /** Whether the caller may propose someone under the movement: a record keeper somewhere in its subtree. */
    public boolean canNominate(MovementView movement, Scope scope) {
        return access.sees(movement, Set.copyOf(scope.rootsWith(Role.RECORD_KEEPERS)));
    }

    /** Launches a movement for the subtree of the organising committee. */
    @Transactional
    public long createMovement(CreateMovement command, Scope scope) {
        if (command.organizationId() == null) {
            throw BusinessRuleException.atField("organizationId", "recognition.error.organization");
        }
        long organizationId = command.organizationId();
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField("organizationId", "recognition.error.organizationOutOfScope");
        }
        if (!organizations.allows(scope, organizationId, Capability.DECIDE_COMMENDATIONS)) {
            throw new ForbiddenException("recognition.error.notOrganizer");
        }
        validation.check(command);
        requirePeriod(command.startsOn(), command.endsOn(), null);
        long id = movements.insert(
                organizationId,
                command.title(),
                command.criteria(),
                command.startsOn(),
                command.endsOn(),
                command.minimumRating() == null ? Rating.GOOD : command.minimumRating(),
                RecognitionAccess.actor());
        events.publishEvent(DataChanged.created(RecognitionAccess.MOVEMENT, id, command));
        return id;
    }

    /** Changes a movement; its period must keep covering the years already nominated. */
    @Transactional
    public void updateMovement(UpdateMovement command, Scope scope) {
        var before = access.readableMovement(command.id(), scope);
        if (!canEdit(before, scope)) {
            throw new ForbiddenException("recognition.error.notOrganizer");
        }
        validation.check(command);
        requirePeriod(
                command.startsOn(),
                command.endsOn(),
                movements.nominatedYears(command.id()).orElse(null));
        movements.update(
                command,
                command.title(),
                command.criteria(),
                command.minimumRating() == null ? Rating.GOOD : command.minimumRating());
        events.publishEvent(DataChanged.updated(
                RecognitionAccess.MOVEMENT,
                command.id(),
                before,
                movements.findById(command.id()).orElseThrow()));
    }

    /** The period ends after it starts and covers the years already nominated. */
    private static void requirePeriod(LocalDate startsOn, LocalDate endsOn, int[] nominatedYears) {
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException(List.of(new Violation("endsOn", "recognition.error.endsBeforeStart")));
        }
        if (nominatedYears != null
                && (startsOn.getYear() > nominatedYears[0] || endsOn.getYear() < nominatedYears[1])) {
            throw new InvalidInputException(List.of(new Violation(
                    "endsOn", "recognition.error.periodExcludesNominations", nominatedYears[0], nominatedYears[1])));
        }
    }
}
