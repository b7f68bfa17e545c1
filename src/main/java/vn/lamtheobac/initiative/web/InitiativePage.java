package vn.lamtheobac.initiative.web;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.Replications;
import vn.lamtheobac.initiative.web.InitiativeForms.LifecycleForm;
import vn.lamtheobac.initiative.web.InitiativeForms.ProgressForm;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.FormErrors;

/**
 * An initiative's page with the forms of its lifecycle, each shown only to who may use it; the action controllers
 * show it again with a refused form's errors.
 */
@Component
class InitiativePage {

    private final InitiativeManagement initiatives;
    private final Replications replications;
    private final Clock clock;

    InitiativePage(InitiativeManagement initiatives, Replications replications, Clock clock) {
        this.initiatives = initiatives;
        this.replications = replications;
        this.clock = clock;
    }

    String show(@PathVariable long id, Scope scope, Model model) {
        var initiative = initiatives.get(id, scope);
        var actions = initiatives.actions(initiative, scope);
        model.addAttribute("initiative", initiative);
        model.addAttribute("actions", actions);
        model.addAttribute("badges", InitiativeListController.BADGES);
        model.addAttribute("evaluations", Effectiveness.values());
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", ProgressForm.of(initiative, VietnamTime.today(clock)));
        }
        for (String name : List.of("completeForm", "evaluateForm", "recogniseForm", "consentForm")) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, LifecycleForm.of(initiative, VietnamTime.today(clock)));
            }
        }
        model.addAttribute("replicationList", initiative.replications() > 0 ? replications.of(id, scope) : List.of());
        if (actions.adopt()) {
            if (!model.containsAttribute("adoptForm")) {
                model.addAttribute("adoptForm", AdoptForm.defaults(VietnamTime.today(clock)));
            }
            var chosen = ((AdoptForm) model.getAttribute("adoptForm")).getOrganizationId();
            model.addAttribute("adopterOptions", replications.chosen(chosen, scope));
            model.addAttribute("adopterChosen", chosen);
        }
        return "initiatives/detail";
    }

    /** A one-button action: done with a notice, or refused with the rule's message above the page. */
    static String act(long id, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (BusinessRuleException e) {
            FormErrors.flash(e, redirect);
        }
        return "redirect:/app/initiatives/" + id;
    }

    /**
     * A form of the page submitted: done with a notice and back to the page, or the page again with the form's errors
     * at their fields.
     */
    String submit(
            long id,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            String flash,
            Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return show(id, scope, model);
    }

    /**
     * A refused form: errors at their fields; a rule that names no field (an illegal transition) is shown above the
     * page, since the form it came from may no longer be offered.
     */
    String refused(RuntimeException e, BindingResult errors, long id, Scope scope, Model model) {
        FormErrors.showOnPage(e, errors, model);
        return show(id, scope, model);
    }
}
