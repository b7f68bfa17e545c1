package vn.lamtheobac.organization.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.organization.web.OrganizationForms.CreateForm;
import vn.lamtheobac.organization.web.OrganizationForms.DissolveForm;
import vn.lamtheobac.organization.web.OrganizationForms.MergeForm;
import vn.lamtheobac.organization.web.OrganizationForms.MoveForm;
import vn.lamtheobac.organization.web.OrganizationForms.RenameForm;
import vn.lamtheobac.organization.web.OrganizationForms.TermForm;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.FormActions;
import vn.lamtheobac.shared.web.FormErrors;

/** The organisation tree browser, an organisation's page, and the changes to the tree. */
@Controller
@RequestMapping("/app/organizations")
class OrganizationController {

    private final OrganizationManagement organizations;

    OrganizationController(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    /** The tree page; with htmx and {@code parent}, only that node's children (lazy expansion). */
    @GetMapping
    String tree(@RequestParam(required = false) Long parent, Scope scope, Model model) {
        model.addAttribute("nodes", organizations.children(parent, scope));
        model.addAttribute("expandTop", true);
        return "organizations/tree";
    }

    @HxRequest
    @GetMapping(params = "parent")
    String children(@RequestParam long parent, Scope scope, Model model) {
        model.addAttribute("nodes", organizations.children(parent, scope));
        return "organizations/tree :: nodes";
    }

    /** {@code <option>}s of organisations in scope whose name matches, for pickers. */
    @HxRequest
    @GetMapping("/options")
    String options(@RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        model.addAttribute("options", organizations.search(q, scope, 30));
        return "organizations/options :: options";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        return detailPage(organizations.get(id, scope), scope, model);
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long parent, Scope scope, Model model) {
        organizations.requireOrganizer(parent, scope);
        var form = new CreateForm();
        form.parentId = parent;
        return createPage(form, scope, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") CreateForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = organizations.create(form.toCommand(), scope);
                redirect.addFlashAttribute("flash", "organization.flash.created");
                return "redirect:/app/organizations/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return createPage(form, scope, model);
    }

    @PostMapping("/{id}/rename")
    String rename(
            @PathVariable long id,
            @Valid @ModelAttribute("renameForm") RenameForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                organizations.update(form.toCommand(id), scope);
                return done(id, "organization.flash.renamed", redirect);
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            } catch (OptimisticLockingFailureException e) {
                // someone renamed it meanwhile: keep what the user typed, show the conflict, offer the new version
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.409.message");
                form.version = organizations.get(id, scope).version();
            }
        }
        return detailPage(organizations.get(id, scope), scope, model);
    }

    @PostMapping("/{id}/move")
    String move(
            @PathVariable long id,
            @Valid @ModelAttribute("moveForm") MoveForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "organization.flash.moved",
                "/app/organizations/" + id,
                () -> organizations.move(form.toCommand(id), scope),
                () -> detailPage(organizations.get(id, scope), scope, model));
    }

    @PostMapping("/{id}/merge")
    String merge(
            @PathVariable long id,
            @Valid @ModelAttribute("mergeForm") MergeForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "organization.flash.merged",
                "/app/organizations/" + form.intoId,
                () -> organizations.merge(form.toCommand(id), scope),
                () -> detailPage(organizations.get(id, scope), scope, model));
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(
            @PathVariable long id,
            @Valid @ModelAttribute("dissolveForm") DissolveForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "organization.flash.dissolved",
                "/app/organizations/" + id,
                () -> organizations.dissolve(form.toCommand(id), scope),
                () -> detailPage(organizations.get(id, scope), scope, model));
    }

    @PostMapping("/{id}/terms")
    String addTerm(
            @PathVariable long id,
            @Valid @ModelAttribute("termForm") TermForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "organization.flash.termAdded",
                "/app/organizations/" + id,
                () -> organizations.addTerm(form.toCommand(id), scope),
                () -> detailPage(organizations.get(id, scope), scope, model));
    }

    private static String done(long id, String flash, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/app/organizations/" + id;
    }

    private String createPage(CreateForm form, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", organizations.types());
        if (form.parentId != null) {
            model.addAttribute("parent", organizations.get(form.parentId, scope));
            model.addAttribute("path", organizations.breadcrumb(form.parentId, scope));
        }
        return "organizations/form";
    }

    private String detailPage(OrganizationView organization, Scope scope, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("path", organizations.breadcrumb(organization.id(), scope));
        model.addAttribute("children", organizations.children(organization.id(), scope));
        model.addAttribute("terms", organizations.terms(organization.id(), scope));
        model.addAttribute("canOrganize", organizations.allows(scope, organization.id(), Capability.CHANGE_TREE));
        if (organization.mergedIntoId() != null) {
            model.addAttribute(
                    "mergedIntoName",
                    organizations
                            .names(java.util.List.of(organization.mergedIntoId()))
                            .get(organization.mergedIntoId()));
        }
        if (!model.containsAttribute("renameForm")) {
            var rename = new RenameForm();
            rename.name = organization.name();
            rename.abbreviation = organization.abbreviation();
            rename.committeeName = organization.committeeName();
            rename.place = organization.place();
            rename.version = organization.version();
            model.addAttribute("renameForm", rename);
        }
        if (!model.containsAttribute("moveForm")) {
            var move = new MoveForm();
            move.version = organization.version();
            model.addAttribute("moveForm", move);
        }
        if (!model.containsAttribute("mergeForm")) {
            var merge = new MergeForm();
            merge.version = organization.version();
            model.addAttribute("mergeForm", merge);
        }
        if (!model.containsAttribute("dissolveForm")) {
            var dissolve = new DissolveForm();
            dissolve.version = organization.version();
            model.addAttribute("dissolveForm", dissolve);
        }
        if (!model.containsAttribute("termForm")) {
            model.addAttribute("termForm", new TermForm());
        }
        return "organizations/detail";
    }
}
