package vn.lamtheobac.initiative.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Scope;

/** Replicating (nhân rộng) a good model in another organisation. */
@Controller
@RequestMapping("/app/initiatives")
class InitiativeAdoptionController {

    private final InitiativeManagement initiatives;
    private final InitiativePage page;

    InitiativeAdoptionController(InitiativeManagement initiatives, InitiativePage page) {
        this.initiatives = initiatives;
        this.page = page;
    }

    @PostMapping("/{id}/adopt")
    String adopt(
            @PathVariable long id,
            @Valid @ModelAttribute("adoptForm") AdoptForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long replica = initiatives.adopt(form.toCommand(id), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.adopted");
                return "redirect:/app/initiatives/" + replica;
            } catch (BusinessRuleException | InvalidInputException e) {
                return page.refused(e, errors, id, scope, model);
            }
        }
        return page.show(id, scope, model);
    }
}
