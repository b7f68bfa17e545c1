package vn.lamtheobac.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;

/**
 * The Post/Redirect/Get of every form: run the action; when it succeeds, flash a message and redirect; when a rule
 * refuses it, show the errors at their fields on the page again, with what the user typed. When someone else saved
 * the same record meanwhile (a stale version), the page answers 409 with the conflict above the form and what the user
 * typed kept in it, instead of an error page that loses it.
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
            } catch (OptimisticLockingFailureException e) {
                conflict(errors);
            }
        }
        return page.get();
    }

    /** Someone else saved the record first: 409, and the conflict above the form the user filled in. */
    public static void conflict(BindingResult errors) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            request.getResponse().setStatus(HttpServletResponse.SC_CONFLICT);
        }
        errors.reject("form.conflict");
    }
}
