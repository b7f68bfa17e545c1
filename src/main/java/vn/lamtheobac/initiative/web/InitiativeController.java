package vn.lamtheobac.initiative.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.UnpublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.WithdrawConsent;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeExport;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.initiative.Replications;
import vn.lamtheobac.initiative.web.InitiativeForms.AdoptForm;
import vn.lamtheobac.initiative.web.InitiativeForms.InitiativeForm;
import vn.lamtheobac.initiative.web.InitiativeForms.LifecycleForm;
import vn.lamtheobac.initiative.web.InitiativeForms.ProgressForm;
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
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormErrors;

/**
 * Models and actions: the list with its filters and export, registration, and an initiative's page with the forms of
 * its lifecycle (progress, completion, evaluation, recognition, adoption, consent and publication), each shown only to
 * who may use it.
 */
@Controller
@RequestMapping("/app/initiatives")
class InitiativeController {

    /** Bootstrap badge colours by status. */
    static final Map<InitiativeStatus, String> BADGES = Map.of(
            InitiativeStatus.REGISTERED, "text-bg-secondary",
            InitiativeStatus.IN_PROGRESS, "text-bg-primary",
            InitiativeStatus.COMPLETED, "text-bg-info",
            InitiativeStatus.EVALUATED, "text-bg-success");

    private final InitiativeManagement initiatives;
    private final Replications replications;
    private final InitiativeExport export;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    InitiativeController(
            InitiativeManagement initiatives,
            Replications replications,
            InitiativeExport export,
            OrganizationManagement organizations,
            PersonManagement people,
            ProgrammeManagement programmes,
            Clock clock) {
        this.initiatives = initiatives;
        this.replications = replications;
        this.export = export;
        this.organizations = organizations;
        this.people = people;
        this.programmes = programmes;
        this.clock = clock;
    }

    // --------------------------------------------------------------------------------------------------------- list

    /** The list page; an htmx request (live search, filters, paging) gets only the results. */
    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InitiativeField field,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean goodModels,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        var query = new InitiativeQuery(q, year, field, status, organization, goodModels, new PageRequest(page, size));
        model.addAttribute("result", initiatives.list(query, scope));
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("field", field);
        model.addAttribute("status", status);
        model.addAttribute("goodModels", goodModels);
        model.addAttribute("years", years());
        model.addAttribute("fields", InitiativeField.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("badges", BADGES);
        model.addAttribute("canRegister", initiatives.canRegister(scope));
        model.addAttribute("canExport", initiatives.canExport(scope));
        if (organization != null) {
            model.addAttribute("organization", organizations.get(organization, scope));
        }
        return "initiatives/list";
    }

    @HxRequest
    @GetMapping(headers = "HX-Target=results")
    String results(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InitiativeField field,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean goodModels,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        list(q, year, field, status, organization, goodModels, page, size, scope, model);
        return "initiatives/list :: results";
    }

    /** The filtered list as XLSX, for those who read a subtree. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InitiativeField field,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean goodModels,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var query = new InitiativeQuery(q, year, field, status, organization, goodModels, null);
        export.writeXlsx(query, locale, scope, () -> {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    Downloads.attachment("mo-hinh-hanh-dong-" + VietnamTime.today(clock) + ".xlsx"));
            return response.getOutputStream();
        });
    }

    // ------------------------------------------------------------------------------------------------- registering

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
        model.addAttribute(
                "personOptions",
                q.isBlank()
                        ? List.of()
                        : people.list(new PeopleQuery(q, null, null, new PageRequest(0, 20)), scope).content().stream()
                                .filter(p -> initiatives.canRegisterFor(p.organizationId(), scope))
                                .toList());
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

    // ------------------------------------------------------------------------------------------------------- detail

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        var initiative = initiatives.get(id, scope);
        var actions = initiatives.actions(initiative, scope);
        model.addAttribute("initiative", initiative);
        model.addAttribute("actions", actions);
        model.addAttribute("badges", BADGES);
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

    /**
     * The organisations matching {@code q} that the caller may have adopt the good model, anywhere in their subtrees,
     * each with its parent, as radio buttons (search as you type).
     */
    @HxRequest
    @GetMapping("/{id}/adopter-options")
    String adopterOptions(@PathVariable long id, @RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        model.addAttribute("adopterOptions", replications.adopters(id, q, scope));
        model.addAttribute("adopterQuery", q);
        return "initiatives/detail :: adopterOptions";
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
        if (!errors.hasErrors()) {
            try {
                initiatives.reportProgress(form.toCommand(id), form.uploads(), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.reported");
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return act(
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
        if (!errors.hasErrors()) {
            try {
                initiatives.complete(form.toComplete(id), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.completed");
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/evaluate")
    String evaluate(
            @PathVariable long id,
            @ModelAttribute("evaluateForm") LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                initiatives.evaluate(form.toEvaluate(id), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.evaluated");
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/recognise")
    String recognise(
            @PathVariable long id,
            @ModelAttribute("recogniseForm") LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                initiatives.recognise(form.toRecognise(id), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.recognised");
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/adopt")
    String adopt(
            @PathVariable long id,
            @ModelAttribute("adoptForm") AdoptForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (form.getOrganizationId() == null) {
            errors.rejectValue("organizationId", "initiative.error.organization");
        }
        if (!errors.hasErrors()) {
            try {
                long replica = initiatives.adopt(form.toCommand(id), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.adopted");
                return "redirect:/app/initiatives/" + replica;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/consent")
    String consent(
            @PathVariable long id,
            @ModelAttribute("consentForm") LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                initiatives.recordConsent(form.toConsent(id), scope);
                redirect.addFlashAttribute("flash", "initiative.flash.consentRecorded");
                return "redirect:/app/initiatives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/consent/withdraw")
    String withdrawConsent(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "initiative.flash.consentWithdrawn",
                () -> initiatives.withdrawConsent(new WithdrawConsent(id, version), scope));
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "initiative.flash.published",
                () -> initiatives.publish(new PublishInitiative(id, version), scope));
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "initiative.flash.unpublished",
                () -> initiatives.unpublish(new UnpublishInitiative(id, version), scope));
    }

    @GetMapping("/{id}/photos/{fileId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long fileId, Scope scope) {
        var file = initiatives.photo(id, fileId, scope);
        return Downloads.of(file.fileName(), file.contentType(), initiatives.photoContent(id, fileId, scope));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** A one-button action: done with a notice, or refused with the rule's message above the page. */
    private static String act(long id, RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (BusinessRuleException e) {
            FormErrors.flash(e, redirect);
        }
        return "redirect:/app/initiatives/" + id;
    }

    /**
     * A refused form: errors at their fields; a rule that names no field (an illegal transition) is shown above the
     * page, since the form it came from may no longer be offered.
     */
    private String refused(RuntimeException e, BindingResult errors, long id, Scope scope, Model model) {
        FormErrors.showOnPage(e, errors, model);
        return detail(id, scope, model);
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

    /** Years offered by the list filter: next year and the five before this one. */
    private List<Integer> years() {
        int now = VietnamTime.today(clock).getYear();
        var years = new ArrayList<Integer>();
        for (int y = now + 1; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }
}
