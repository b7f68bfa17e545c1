package vn.lamtheobac.recognition.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * Checks a command's Bean Validation constraints and refuses it with every violation at its field: the constraint's
 * message is the message key, its {@code max} (or {@code value}) the argument ("không quá {0} ký tự").
 */
@Component("recognitionCommandValidation")
public class CommandValidation {

    private final Validator validator;

    CommandValidation(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} if {@code command} breaks a field constraint. */
    public <T> T check(T command) {
        var violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(CommandValidation::violation)
                    .toList());
        }
        return command;
    }

    private static Violation violation(ConstraintViolation<?> v) {
        var attributes = v.getConstraintDescriptor().getAttributes();
        Object argument = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
        String key = v.getMessageTemplate().replaceAll("^\\{|}$", "");
        String field = v.getPropertyPath().toString();
        return argument instanceof Number
                ? new Violation(field, key, argument)
                : new Violation(field, key, new Object[0]);
    }
}
