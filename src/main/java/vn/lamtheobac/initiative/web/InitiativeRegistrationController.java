package vn.lamtheobac.initiative.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.initiative.web.InitiativeForms.InitiativeForm;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.programme.ThemeView;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.FormErrors;

/** Registering a model or action (collective or individual) and revising it while it is only registered. */
@Controller
@RequestMapping("/app/initiatives")
class InitiativeRegistrationController {

    private final InitiativeManagement initiatives;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    InitiativeRegistrationController(
            InitiativeManagement initiatives,
            OrganizationManagement organizations,
            PersonManagement people,
            ProgrammeManagement programmes,
            Clock clock) {
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.people = people;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long organization, Scope scope, Model model) {
        var form = new InitiativeForm();
        var today = VietnamTime.today(clock);
        form.setYear(today.getYear());
        form.setStartsOn(today);
        form.setEndsOn(LocalDate.of(today.getYear(), 12, 31));
        var owners = owners(organization, scope);
        if (organization != null && owners.stream().anyMatch(o -> o.id() == organization)) {
            form.setOrganizationId(organization);
        } else if (!owners.isEmpty()) {
            form.setOrganizationId(owners.get(0).id());
        }
        if (owners.isEmpty() && scope.personId() != null) {
            form.setKind(InitiativeKind.INDIVIDUAL);
            form.setPersonId(scope.personId());
        }
        return formPage(form, null, scope, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") InitiativeForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = initiatives.register(form.toRegister(), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.registered");
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            }
        }
        form.padIndicators();
        return formPage(form, null, scope, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        var initiative = initiatives.get(id, scope);
        requireEditable(initiative, scope);
        return formPage(InitiativeForm.of(initiative), initiative, scope, model);
    }

    /** Saves a revision; if someone else changed the initiative meanwhile, the form comes back with a 409 notice. */
    @PostMapping("/{id}")
    String revise(
            @PathVariable long id,
            @ModelAttribute("form") InitiativeForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var initiative = initiatives.get(id, scope);
        if (!errors.hasErrors()) {
            try {
                initiatives.revise(form.toRevise(id), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.saved");
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.409.message");
                form.setVersion(initiative.version());
            }
        }
        form.padIndicators();
        return formPage(form, initiative, scope, model);
    }

    /** People the caller may register an individual initiative for, matching {@code q}, as radio buttons. */
    @HxRequest
    @GetMapping("/person-options")
    String personOptions(@RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        if (q.isBlank()) {
            model.addAttribute("personOptions", List.of());
            return "initiatives/form :: personOptions";
        }
        var found = people.list(new PeopleQuery(q, null, null, new PageRequest(0, 20)), scope)
                .content();
        var allowed = initiatives.canRegisterFor(
                found.stream().map(p -> p.organizationId()).toList(), scope);
        model.addAttribute(
                "personOptions",
                found.stream().filter(p -> allowed.contains(p.organizationId())).toList());
        return "initiatives/form :: personOptions";
    }

    /** The annual themes that apply to the chosen organisation (or person's organisation) and year. */
    @HxRequest
    @GetMapping("/theme-options")
    String themeOptions(
            @RequestParam(required = false) InitiativeKind kind,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) Long themeId,
            Scope scope,
            Model model) {
        var form = new InitiativeForm();
        form.setKind(kind == null ? InitiativeKind.COLLECTIVE : kind);
        form.setOrganizationId(organizationId);
        form.setPersonId(personId);
        form.setYear(parseYear(year));
        model.addAttribute("themes", themes(form, null, scope));
        model.addAttribute("selectedThemeId", themeId);
        return "initiatives/form :: themeOptions";
    }

    private void requireEditable(InitiativeDetail initiative, Scope scope) {
        if (!initiatives.actions(initiative, scope).edit()) {
            if (initiative.status() != InitiativeStatus.REGISTERED) {
                throw new BusinessRuleException("initiative.error.onlyRegisteredEditable");
            }
            throw new ForbiddenException("initiative.error.notOwner");
        }
    }

    private String formPage(InitiativeForm form, InitiativeDetail initiative, Scope scope, Model model) {
        var owners = owners(form.getOrganizationId(), scope);
        model.addAttribute("form", form);
        model.addAttribute("initiative", initiative);
        model.addAttribute("kinds", InitiativeKind.values());
        model.addAttribute("fields", InitiativeField.values());
        model.addAttribute("owners", owners);
        model.addAttribute("canChoose", !owners.isEmpty());
        model.addAttribute("person", personChoice(form.getPersonId(), scope));
        model.addAttribute("themes", themes(form, initiative, scope));
        model.addAttribute("selectedThemeId", form.getThemeId());
        return "initiatives/form";
    }

    /** A person shown on the form, by name, if the caller may see them. */
    record PersonChoice(long id, String name) {}

    private PersonChoice personChoice(Long personId, Scope scope) {
        if (personId == null) {
            return null;
        }
        boolean visible = scope.isOwnPerson(personId)
                || people.organizationOf(personId)
                        .map(o -> organizations.isWithin(o, scope.rootsWith(Role.READERS)))
                        .orElse(false);
        return visible
                ? new PersonChoice(personId, people.names(List.of(personId)).get(personId))
                : null;
    }

    /**
     * The organisations the caller may register for, for the form's choice: each organisation they keep records of
     * and its children, and {@code preset} when it is one they keep records of.
     */
    private List<OrganizationView> owners(Long preset, Scope scope) {
        var owners = new LinkedHashMap<Long, OrganizationView>();
        for (long root : scope.rootsWith(Role.RECORD_KEEPERS)) {
            var organization = organizations.get(root, scope);
            if (organization.active()) {
                owners.put(organization.id(), organization);
            }
            organizations.children(root, scope).stream()
                    .filter(OrganizationView::active)
                    .forEach(child -> owners.putIfAbsent(child.id(), child));
        }
        if (preset != null && !owners.containsKey(preset) && initiatives.canRegisterFor(preset, scope)) {
            owners.put(preset, organizations.get(preset, scope));
        }
        return new ArrayList<>(owners.values());
    }

    /** The annual themes of the owning organisation (or the person's organisation) and above, for the year. */
    private List<ThemeView> themes(InitiativeForm form, InitiativeDetail initiative, Scope scope) {
        Long organizationId = initiative != null
                ? Long.valueOf(initiative.organizationId())
                : form.getKind() == InitiativeKind.INDIVIDUAL
                        ? (personChoice(form.getPersonId(), scope) == null
                                ? null
                                : people.organizationOf(form.getPersonId()).orElse(null))
                        : form.getOrganizationId();
        int year = form.getYear() != null
                ? form.getYear()
                : VietnamTime.today(clock).getYear();
        if (organizationId == null || year < 2000 || year > 2100) {
            return List.of();
        }
        boolean visible = organizations.isWithin(organizationId, scope.roots())
                || scope.personId() != null
                        && people.organizationOf(scope.personId()).orElse(-1L).equals(organizationId);
        if (!visible) {
            return List.of();
        }
        return programmes.themesFor(organizationId, year).stream()
                .filter(t -> t.kind() == ThemeKind.ANNUAL)
                .toList();
    }

    private static Integer parseYear(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
