package vn.lamtheobac.organization.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.organization.OrganizationDiscipline;
import vn.lamtheobac.organization.OrganizationDiscipline.RecordDiscipline;
import vn.lamtheobac.organization.OrganizationDisciplineForm;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.TextLimits;
import vn.lamtheobac.shared.web.FormErrors;

/** The discipline decisions against one party organisation, and recording one (kỷ luật tổ chức đảng). */
@Controller
@RequestMapping("/app/organizations/{id}/discipline")
class OrganizationDisciplineController {

    private final OrganizationDiscipline discipline;
    private final OrganizationManagement organizations;

    OrganizationDisciplineController(OrganizationDiscipline discipline, OrganizationManagement organizations) {
        this.discipline = discipline;
        this.organizations = organizations;
    }

    /** The form of a discipline decision. */
    public static class DisciplineForm {
        private OrganizationDisciplineForm form;
        private LocalDate decidedOn;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String reason;

        public OrganizationDisciplineForm getForm() {
            return form;
        }

        public void setForm(OrganizationDisciplineForm form) {
            this.form = form;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public void setDecidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @GetMapping
    String page(@PathVariable long id, Scope scope, Model model) {
        var organization = organizations.get(id, scope);
        model.addAttribute("organization", organization);
        model.addAttribute("path", organizations.breadcrumb(id, scope));
        model.addAttribute("records", discipline.of(id, scope));
        model.addAttribute("canRecord", discipline.canRecord(id, scope));
        model.addAttribute("forms", OrganizationDisciplineForm.values());
        if (!model.containsAttribute("disciplineForm")) {
            model.addAttribute("disciplineForm", new DisciplineForm());
        }
        return "organizations/discipline";
    }

    @PostMapping
    String record(
            @PathVariable long id,
            @ModelAttribute("disciplineForm") DisciplineForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        try {
            discipline.record(new RecordDiscipline(id, form.getForm(), form.getDecidedOn(), form.getReason()), scope);
            redirect.addFlashAttribute("flash", "organization.discipline.flash.recorded");
            return "redirect:/app/organizations/" + id + "/discipline";
        } catch (BusinessRuleException | vn.lamtheobac.shared.InvalidInputException e) {
            FormErrors.show(e, errors);
        }
        return page(id, scope, model);
    }
}
