package vn.lamtheobac.people.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
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
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PeopleExport;
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.people.PersonView;
import vn.lamtheobac.people.TransferManagement;
import vn.lamtheobac.people.web.PersonActionForms.DisciplineRecordForm;
import vn.lamtheobac.people.web.PersonActionForms.TransferForm;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormActions;
import vn.lamtheobac.shared.web.FormErrors;

/** People lists, profiles and the forms that change them. */
@Controller
@RequestMapping("/app/people")
class PeopleController {

    private final PersonManagement people;
    private final TransferManagement transfers;
    private final OrganizationManagement organizations;
    private final PeopleExport export;
    private final Clock clock;

    PeopleController(
            PersonManagement people,
            TransferManagement transfers,
            OrganizationManagement organizations,
            PeopleExport export,
            Clock clock) {
        this.people = people;
        this.transfers = transfers;
        this.organizations = organizations;
        this.export = export;
        this.clock = clock;
    }

    /** The list page; an htmx request (live search, paging) gets only the results. */
    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) PersonCategory category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        var query = new PeopleQuery(q, organization, category, new PageRequest(page, size));
        model.addAttribute("result", people.browse(query, scope));
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("categories", PersonCategory.values());
        model.addAttribute("canExport", people.canExport(scope));
        if (organization != null) {
            model.addAttribute("organization", organizations.get(organization, scope));
            model.addAttribute("path", organizations.breadcrumb(organization, scope));
            model.addAttribute("canManage", people.canManage(organization, scope));
        }
        return "people/list";
    }

    @HxRequest
    @GetMapping(headers = "HX-Target=results")
    String results(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) PersonCategory category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        list(q, organization, category, page, size, scope, model);
        return "people/list :: results";
    }

    /** The list as XLSX, for those allowed to export; the export is logged. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) PersonCategory category,
            Scope scope,
            HttpServletResponse response)
            throws IOException {
        var query = new PeopleQuery(q, organization, category, null);
        export.writeXlsx(query, scope, () -> {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    Downloads.attachment("danh-sach-nhan-su-" + VietnamTime.today(clock) + ".xlsx"));
            return response.getOutputStream();
        });
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        return detailPage(people.get(id, scope), scope, model);
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long organization, Scope scope, Model model) {
        people.requireRecordKeeper(organization, scope);
        var form = new PersonForm();
        form.setOrganizationId(organization);
        form.setCategory(PersonCategory.PARTY_MEMBER_OFFICIAL);
        return formPage(form, null, scope, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (useConverted(form, model)) {
            return formPage(form, null, scope, model);
        }
        if (form.getOrganizationId() == null) {
            errors.rejectValue("organizationId", "person.error.organizationRequired");
        }
        if (!errors.hasErrors()) {
            try {
                long id = people.register(form.toRegisterCommand(), scope);
                redirect.addFlashAttribute("flash", "person.flash.created");
                return "redirect:/app/people/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
                showDuplicate(e, model);
                offerConverted(e, model);
            }
        }
        return formPage(form, null, scope, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        var person = people.getForEdit(id, scope);
        return formPage(PersonForm.of(person), person, scope, model);
    }

    /**
     * Saves an edit. If someone else saved the record meanwhile, the form comes back with what the user typed and a
     * 409 notice, so nothing they wrote is lost.
     */
    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var person = people.getForEdit(id, scope);
        if (useConverted(form, model)) {
            return formPage(form, person, scope, model);
        }
        if (!errors.hasErrors()) {
            try {
                people.update(form.toUpdateCommand(id), scope);
                redirect.addFlashAttribute("flash", "person.flash.updated");
                return "redirect:/app/people/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
                showDuplicate(e, model);
                offerConverted(e, model);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", true);
                model.addAttribute("current", person);
                form.setVersion(person.version());
            }
        }
        return formPage(form, person, scope, model);
    }

    @PostMapping("/{id}/transfer")
    String transfer(
            @PathVariable long id,
            @Valid @ModelAttribute("transferForm") TransferForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "person.flash.transferred",
                "/app/people/" + id,
                () -> people.transfer(form.toCommand(id), scope),
                () -> detailPage(people.get(id, scope), scope, model));
    }

    @PostMapping("/{id}/discipline")
    String discipline(
            @PathVariable long id,
            @Valid @ModelAttribute("disciplineForm") DisciplineRecordForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "person.flash.disciplineRecorded",
                "/app/people/" + id,
                () -> people.recordDiscipline(form.toCommand(id), scope),
                () -> detailPage(people.get(id, scope), scope, model));
    }

    /**
     * "Dùng tên đã chuyển": the form comes back, nothing saved, with the name converted from TCVN3 or VNI in its field,
     * for the user to check and save.
     */
    private static boolean useConverted(PersonForm form, Model model) {
        if (form.getConvertedFullName() == null) {
            return false;
        }
        form.setFullName(form.getConvertedFullName());
        form.setConvertedFullName(null);
        model.addAttribute("nameConverted", true);
        return true;
    }

    /** A name that reads as typed in a legacy encoding: the form offers its Unicode text, one press to fill it in. */
    private static void offerConverted(RuntimeException error, Model model) {
        if (error instanceof InvalidInputException invalid) {
            invalid.violations().stream()
                    .filter(v -> v.messageKey().equals("person.error.fullNameLegacy") && v.args().length == 2)
                    .findFirst()
                    .ifPresent(v -> model.addAttribute("convertedFullName", v.args()[1]));
        }
    }

    /** A number already held by a record the caller can read: the form links to that record. */
    private static void showDuplicate(RuntimeException error, Model model) {
        if (error instanceof InvalidInputException invalid) {
            invalid.violations().stream()
                    .filter(v -> v.messageKey().equals("person.error.nationalIdTaken")
                            || v.messageKey().equals("person.error.partyCardTaken"))
                    .filter(v -> v.args().length == 1)
                    .findFirst()
                    .ifPresent(v -> model.addAttribute("duplicateOf", v.args()[0]));
        }
    }

    private String detailPage(PersonView person, Scope scope, Model model) {
        model.addAttribute("person", person);
        transfers.pendingAbout(person.id(), scope).ifPresent(t -> model.addAttribute("pendingTransfer", t));
        model.addAttribute("memberships", people.memberships(person.id(), scope));
        model.addAttribute("disciplines", people.disciplines(person.id(), scope));
        boolean canManage = people.canManage(person.organizationId(), scope);
        model.addAttribute("canManage", canManage);
        if (organizations.isWithin(person.organizationId(), scope.roots())) {
            model.addAttribute("path", organizations.breadcrumb(person.organizationId(), scope));
        }
        if (!model.containsAttribute("transferForm")) {
            var transfer = new TransferForm();
            transfer.setVersion(person.version());
            model.addAttribute("transferForm", transfer);
        }
        if (!model.containsAttribute("disciplineForm")) {
            model.addAttribute("disciplineForm", new DisciplineRecordForm());
        }
        model.addAttribute("disciplineForms", DisciplineForm.values());
        return "people/detail";
    }

    private String formPage(PersonForm form, PersonView person, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("categories", PersonCategory.values());
        model.addAttribute("genders", Gender.values());
        if (form.getOrganizationId() != null && organizations.isWithin(form.getOrganizationId(), scope.roots())) {
            model.addAttribute("organization", organizations.get(form.getOrganizationId(), scope));
            model.addAttribute("path", organizations.breadcrumb(form.getOrganizationId(), scope));
        }
        return "people/form";
    }
}
