package vn.lamtheobac.recognition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.recognition.RecognitionCommands.AddAwardForm;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateAwardForm;
import vn.lamtheobac.recognition.internal.CommandValidation;
import vn.lamtheobac.recognition.internal.CommendationRules;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * The award forms as reference data, changed by administrators only, within what the law allows: a form's level and
 * minimum rating stay within the bounds of its family ({@link AwardCategory}), so that editing the reference data
 * cannot let a ward grant a city-level form nor lower a form's minimum below the law's ({@code award.grantingLevel},
 * {@code award.minimumBelowLaw}).
 */
@Service
@Transactional(readOnly = true)
public class AwardFormManagement {

    private final AwardForms awardForms;
    private final CommandValidation validation;
    private final ApplicationEventPublisher events;

    AwardFormManagement(AwardForms awardForms, CommandValidation validation, ApplicationEventPublisher events) {
        this.awardForms = awardForms;
        this.validation = validation;
        this.events = events;
    }

    public boolean canAdminister(Scope scope) {
        return scope.has(Role.ADMIN);
    }

    /** Adds an award form to the reference data (administrators). */
    @Transactional
    public void addAwardForm(AddAwardForm command, Scope scope) {
        RecognitionAccess.requireAdministrator(scope);
        validation.check(command);
        if (awardForms.find(command.code()).isPresent()) {
            throw new InvalidInputException(
                    java.util.List.of(new Violation("code", "recognition.error.formCodeTaken")));
        }
        CommendationRules.withinLaw(command.category(), command.entitledLevel(), command.minimumRating())
                .ifPresent(e -> {
                    throw e;
                });
        awardForms.insert(command);
        events.publishEvent(DataChanged.created(RecognitionAccess.AWARD_FORM, command.code(), command));
    }

    /** Changes an award form's names, family, level, minimum, conditions, source or whether it is offered. */
    @Transactional
    public void updateAwardForm(UpdateAwardForm command, Scope scope) {
        RecognitionAccess.requireAdministrator(scope);
        var before = awardForms
                .find(command.code())
                .orElseThrow(() -> new NotFoundException(RecognitionAccess.AWARD_FORM, command.code()));
        validation.check(command);
        CommendationRules.withinLaw(command.category(), command.entitledLevel(), command.minimumRating())
                .ifPresent(e -> {
                    throw e;
                });
        awardForms.update(command);
        events.publishEvent(DataChanged.updated(RecognitionAccess.AWARD_FORM, command.code(), before, command));
    }
}
