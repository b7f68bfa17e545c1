package vn.lamtheobac.shared.web;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;

/**
 * The Post/Redirect/Get of every form: run the action; when it succeeds, flash a message and redirect; when a rule
 * refuses it, show the errors at their fields on the page again, with what the user typed.
 */
public final class FormActions {

    private FormActions() {}

    public static String run(
            BindingResult errors,
            RedirectAttributes redirect,
            String flash,
            String target,
            Runnable action,
            Supplier<String> page) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:" + target;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            }
        }
        return page.get();
    }
}
