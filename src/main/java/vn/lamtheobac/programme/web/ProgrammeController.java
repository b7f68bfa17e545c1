package vn.lamtheobac.programme.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.programme.web.ProgrammeForms.ProgrammeForm;
import vn.lamtheobac.programme.web.ProgrammeForms.ThemeForm;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.FormErrors;

/** Programmes and their themes. */
@Controller
@RequestMapping("/app/programmes")
class ProgrammeController {

    private final ProgrammeManagement programmes;
    private final OrganizationManagement organizations;
    private final Clock clock;

    ProgrammeController(ProgrammeManagement programmes, OrganizationManagement organizations, Clock clock) {
        this.programmes = programmes;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        model.addAttribute("programmes", programmes.list(scope));
        model.addAttribute("canCreate", !committees(scope).isEmpty());
        return "programmes/list";
    }

    @GetMapping("/new")
    String createForm(Scope scope, Model model) {
        var form = new ProgrammeForm();
        int year = VietnamTime.today(clock).getYear();
        form.setStartsYear(year);
        form.setEndsYear(year + 4);
        return formPage(form, scope, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ProgrammeForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = programmes.create(form.toCommand(), scope);
                redirect.addFlashAttribute("flash", "programme.flash.created");
                return "redirect:/app/programmes/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return formPage(form, scope, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        var programme = programmes.get(id, scope);
        var themes = programmes.themes(id, scope);
        model.addAttribute("programme", programme);
        model.addAttribute(
                "wholeTerm",
                themes.stream().filter(t -> t.kind() == ThemeKind.WHOLE_TERM).toList());
        model.addAttribute(
                "annual",
                themes.stream()
                        .filter(t -> t.kind() == ThemeKind.ANNUAL && t.parentId() == null)
                        .toList());
        model.addAttribute(
                "children", themes.stream().filter(t -> t.parentId() != null).toList());
        var committees = committees(scope).stream()
                .filter(o -> organizations.isWithin(o.id(), java.util.Set.of(programme.organizationId())))
                .toList();
        model.addAttribute("committees", committees);
        model.addAttribute(
                "parents",
                themes.stream().filter(t -> t.kind() == ThemeKind.ANNUAL).toList());
        model.addAttribute("kinds", ThemeKind.values());
        if (!model.containsAttribute("themeForm")) {
            var form = new ThemeForm();
            form.setYear(VietnamTime.today(clock).getYear());
            if (!committees.isEmpty()) {
                form.setOrganizationId(committees.get(0).id());
            }
            model.addAttribute("themeForm", form);
        }
        return "programmes/detail";
    }

    @PostMapping("/{id}/themes")
    String addTheme(
            @PathVariable long id,
            @Valid @ModelAttribute("themeForm") ThemeForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                programmes.addTheme(form.toCommand(id), scope);
                redirect.addFlashAttribute("flash", "theme.flash.added");
                return "redirect:/app/programmes/" + id;
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return detail(id, scope, model);
    }

    private String formPage(ProgrammeForm form, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("committees", committees(scope));
        return "programmes/form";
    }

    /** The committees the caller may run programmes for: the topmost organisations of their officer grants. */
    private List<OrganizationView> committees(Scope scope) {
        return scope.rootsFor(Capability.ISSUE_DOCUMENTS).stream()
                .map(id -> organizations.get(id, scope))
                .filter(o -> o.type().levelClass() != vn.lamtheobac.organization.LevelClass.CELL)
                .toList();
    }
}
