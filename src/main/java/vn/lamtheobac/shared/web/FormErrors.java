package vn.lamtheobac.shared.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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

    /**
     * Like {@link #show}, except that a rule naming no field (an illegal step, a rule of the law) goes above the page
     * as {@code actionError}, since the form it came from may no longer be offered.
     */
    public static void showOnPage(RuntimeException error, BindingResult form, Model model) {
        if (error instanceof BusinessRuleException rule && rule.field() == null) {
            model.addAttribute("actionError", rule.messageKey());
            model.addAttribute("actionErrorArgs", rule.args());
        } else {
            show(error, form);
        }
    }

    /** A refused one-click action, carried over the redirect to be shown above the page it returns to. */
    public static void flash(BusinessRuleException rule, RedirectAttributes redirect) {
        redirect.addFlashAttribute("actionError", rule.messageKey());
        redirect.addFlashAttribute("actionErrorArgs", rule.args());
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
