package vn.lamtheobac.initiative.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeCommands.EvaluateInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeEvaluated;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeRecognised;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/** The superior committee's part: evaluating a completed model, recognising an effective one as a good model. */
@Service
@Transactional(readOnly = true)
public class InitiativeAssessment {

    private final Initiatives initiatives;
    private final InitiativeAccess access;
    private final InitiativeChanges changes;
    private final CommandValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeAssessment(
            Initiatives initiatives,
            InitiativeAccess access,
            InitiativeChanges changes,
            CommandValidation validation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.initiatives = initiatives;
        this.access = access;
        this.changes = changes;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void evaluate(EvaluateInitiative command, Scope scope) {
        var initiative = access.readable(command.id(), scope);
        long evaluator = access.superiorCommittee(initiative.organizationId, scope)
                .orElseThrow(() -> new ForbiddenException("initiative.error.notSuperior"));
        initiative.evaluate(
                evaluator,
                command.result(),
                command.remarks() == null ? null : command.remarks().strip(),
                VietnamTime.today(clock),
                InitiativeChanges.actor(),
                validation.of(command));
        changes.save(initiative, command.version());
        var title = initiatives.findById(initiative.id).orElseThrow().title();
        events.publishEvent(new InitiativeEvaluated(
                initiative.id,
                initiative.organizationId,
                initiative.personId,
                initiative.year,
                command.result() == Effectiveness.EFFECTIVE,
                title));
    }

    /**
     * A committee above the owner recognises an effective model as a good one: the caller's superior committee, or
     * one they name between it and the owner's parent.
     */
    @Transactional
    public void recognise(RecogniseGoodModel command, Scope scope) {
        var initiative = access.readable(command.id(), scope);
        var roots = scope.rootsFor(Capability.EVALUATE_MODELS);
        var path = access.ownerPath(initiative.organizationId, scope);
        long recogniser = InitiativeRules.superiorCommittee(path, roots)
                .orElseThrow(() -> new ForbiddenException("initiative.error.notSuperior"));
        if (command.organizationId() != null && command.organizationId() != recogniser) {
            if (!InitiativeRules.mayRecogniseFor(command.organizationId(), path, roots)) {
                throw BusinessRuleException.atField("organizationId", "initiative.error.recogniser");
            }
            recogniser = command.organizationId();
        }
        var today = VietnamTime.today(clock);
        LocalDate on = command.recognisedOn() != null ? command.recognisedOn() : today;
        initiative.recognise(recogniser, on, today);
        changes.save(initiative, command.version());
        events.publishEvent(new InitiativeRecognised(
                initiative.id, initiative.organizationId, initiative.personId, recogniser, on));
    }
}
