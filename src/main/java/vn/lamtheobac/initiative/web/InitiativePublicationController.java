package vn.lamtheobac.initiative.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.UnpublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.WithdrawConsent;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.web.InitiativeForms.LifecycleForm;
import vn.lamtheobac.shared.Scope;

/** The individual's consent and publishing to the portal. */
@Controller
@RequestMapping("/app/initiatives")
class InitiativePublicationController {

    private final InitiativeManagement initiatives;
    private final InitiativePage page;

    InitiativePublicationController(InitiativeManagement initiatives, InitiativePage page) {
        this.initiatives = initiatives;
        this.page = page;
    }

    @PostMapping("/{id}/consent")
    String consent(
            @PathVariable long id,
            @ModelAttribute("consentForm") LifecycleForm form,
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
                "initiative.flash.consentRecorded",
                () -> initiatives.recordConsent(form.toConsent(id), scope));
    }

    @PostMapping("/{id}/consent/withdraw")
    String withdrawConsent(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return InitiativePage.act(
                id,
                redirect,
                "initiative.flash.consentWithdrawn",
                () -> initiatives.withdrawConsent(new WithdrawConsent(id, version), scope));
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return InitiativePage.act(
                id,
                redirect,
                "initiative.flash.published",
                () -> initiatives.publish(new PublishInitiative(id, version), scope));
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return InitiativePage.act(
                id,
                redirect,
                "initiative.flash.unpublished",
                () -> initiatives.unpublish(new UnpublishInitiative(id, version), scope));
    }
}
