package vn.lamtheobac.initiative.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * The field constraints of a command record (Bean Validation annotations, messages from messages_*.properties) as
 * violations at the form's fields: {@code content.title} is the form's {@code title}; a constraint's {@code max} (or
 * {@code value}) fills the message's {0}.
 */
@Component
class CommandValidation {

    private final Validator validator;

    CommandValidation(Validator validator) {
        this.validator = validator;
    }

    List<Violation> of(Object command) {
        return validator.validate(command).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(CommandValidation::violation)
                .toList();
    }

    private static Violation violation(ConstraintViolation<?> v) {
        String field = v.getPropertyPath().toString();
        if (field.startsWith("content.")) {
            field = field.substring("content.".length());
        }
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        var attributes = v.getConstraintDescriptor().getAttributes();
        Object bound = attributes.containsKey("max") ? attributes.get("max") : null;
        return bound == null ? new Violation(field, key) : new Violation(field, key, String.valueOf(bound));
    }
}
