package vn.lamtheobac.initiative.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.web.InitiativeForms.LifecycleForm;
import vn.lamtheobac.shared.Scope;

/** The superior committee's part: evaluating a completed model and recognising a good one. */
@Controller
@RequestMapping("/app/initiatives")
class InitiativeAssessmentController {

    private final InitiativeManagement initiatives;
    private final InitiativePage page;

    InitiativeAssessmentController(InitiativeManagement initiatives, InitiativePage page) {
        this.initiatives = initiatives;
        this.page = page;
    }

    @PostMapping("/{id}/evaluate")
    String evaluate(
            @PathVariable long id,
            @ModelAttribute("evaluateForm") LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                errors,
                scope,
                model,
                redirect,
                "initiative.flash.evaluated",
                () -> initiatives.evaluate(form.toEvaluate(id), scope));
    }

    @PostMapping("/{id}/recognise")
    String recognise(
            @PathVariable long id,
            @ModelAttribute("recogniseForm") LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                id,
                errors,
                scope,
                model,
                redirect,
                "initiative.flash.recognised",
                () -> initiatives.recognise(form.toRecognise(id), scope));
    }
}
