package vn.lamtheobac.initiative.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.web.InitiativeForms.LifecycleForm;
import vn.lamtheobac.initiative.web.InitiativeForms.ProgressForm;
import vn.lamtheobac.shared.Scope;

/** Carrying a model out: progress updates with photos, starting it, its owner's completion. */
@Controller
@RequestMapping("/app/initiatives")
class InitiativeProgressController {

    private final InitiativeManagement initiatives;
    private final InitiativePage page;

    InitiativeProgressController(InitiativeManagement initiatives, InitiativePage page) {
        this.initiatives = initiatives;
        this.page = page;
    }

    @PostMapping("/{id}/progress")
    String report(
            @PathVariable long id,
            @ModelAttribute("progressForm") ProgressForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var uploads = form.uploads();
        return page.submit(
                id,
                errors,
                scope,
                model,
                redirect,
                "initiative.flash.reported",
                () -> initiatives.reportProgress(form.toCommand(id), uploads, scope));
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return InitiativePage.act(
                id,
                redirect,
                "initiative.flash.started",
                () -> initiatives.start(new StartInitiative(id, version), scope));
    }

    @PostMapping("/{id}/complete")
    String complete(
            @PathVariable long id,
            @ModelAttribute("completeForm") LifecycleForm form,
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
                "initiative.flash.completed",
                () -> initiatives.complete(form.toComplete(id), scope));
    }
}
