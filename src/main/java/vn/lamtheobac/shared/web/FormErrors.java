package vn.lamtheobac.shared.web;

import org.springframework.validation.BindingResult;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;

/** Puts errors raised below the controller onto the form, at the field they name, so the user sees them in place. */
public final class FormErrors {

    private FormErrors() {}

    public static void show(RuntimeException error, BindingResult form) {
        if (error instanceof InvalidInputException invalid) {
            invalid.violations().forEach(v -> reject(form, v.field(), v.messageKey(), v.args()));
        } else if (error instanceof BusinessRuleException rule) {
            reject(form, rule.field(), rule.messageKey(), rule.args());
        } else {
            throw error;
        }
    }

    private static void reject(BindingResult form, String field, String key, Object[] args) {
        if (field != null && form.getTarget() != null && hasField(form, field)) {
            form.rejectValue(field, key, args, key);
        } else {
            form.reject(key, args, key);
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            form.getFieldType(field);
            return form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
