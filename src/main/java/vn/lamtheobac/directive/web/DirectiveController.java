package vn.lamtheobac.directive.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.directive.AttendeeCategory;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveCommands.ReviseDraft;
import vn.lamtheobac.directive.DirectiveCommands.SupersedeDirective;
import vn.lamtheobac.directive.DirectiveCommands.WithdrawDirective;
import vn.lamtheobac.directive.DirectiveDocuments;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.DirectiveStatus;
import vn.lamtheobac.directive.DirectiveTracking;
import vn.lamtheobac.directive.DirectiveView;
import vn.lamtheobac.directive.DisseminationManagement;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.directive.web.DirectiveForms.DirectiveForm;
import vn.lamtheobac.directive.web.DirectiveForms.LifecycleForm;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormActions;
import vn.lamtheobac.shared.web.FormErrors;

/** Directives: the issuer's list, drafting, issuing and what follows, tracking, and a target's own page. */
@Controller
@RequestMapping("/app/directives")
class DirectiveController {

    private final DirectiveManagement directives;
    private final DirectiveDocuments documents;
    private final OrganizationManagement organizations;
    private final ProgrammeManagement programmes;
    private final DocumentRegister register;
    private final Clock clock;
    private final TargetLabels labels;
    private final DirectiveTracking tracking;
    private final DisseminationManagement disseminations;

    DirectiveController(
            DirectiveManagement directives,
            DirectiveDocuments documents,
            OrganizationManagement organizations,
            ProgrammeManagement programmes,
            DocumentRegister register,
            TargetLabels labels,
            Clock clock,
            DirectiveTracking tracking,
            DisseminationManagement disseminations) {
        this.directives = directives;
        this.documents = documents;
        this.organizations = organizations;
        this.programmes = programmes;
        this.register = register;
        this.clock = clock;
        this.labels = labels;
        this.tracking = tracking;
        this.disseminations = disseminations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) DirectiveStatus status,
            @RequestParam(defaultValue = "0") int page,
            Scope scope,
            Model model) {
        model.addAttribute("result", directives.issued(status, new PageRequest(page, 20), scope));
        model.addAttribute("status", status);
        model.addAttribute("statuses", DirectiveStatus.values());
        model.addAttribute("canDraft", !issuers(scope).isEmpty());
        return "directives/list";
    }

    @GetMapping("/new")
    String createForm(Scope scope, Model model) {
        var form = new DirectiveForm();
        var issuers = issuers(scope);
        if (!issuers.isEmpty()) {
            form.setIssuingOrganizationId(issuers.get(0).id());
        }
        form.setDeadline(VietnamTime.today(clock).plusDays(30));
        return formPage(form, null, scope, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") DirectiveForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = directives.draft(
                        new DraftDirective(
                                form.getIssuingOrganizationId() == null ? 0 : form.getIssuingOrganizationId(),
                                form.content()),
                        scope);
                redirect.addFlashAttribute("flash", "directive.flash.drafted");
                return "redirect:/app/directives/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            }
        }
        return formPage(form, null, scope, model);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        var directive = directives.get(id, scope);
        model.addAttribute("directive", directive);
        model.addAttribute("attachments", directives.attachments(id, scope));
        model.addAttribute("canIssue", directives.canIssue(directive.issuingOrganizationId(), scope));
        model.addAttribute("typeName", typeName(directive.typeCode()));
        model.addAttribute(
                "issuerPath",
                organizations.isWithin(directive.issuingOrganizationId(), scope.roots())
                        ? organizations.path(directive.issuingOrganizationId(), scope)
                        : List.of());
        if (directive.themeId() != null) {
            programmes.theme(directive.themeId()).ifPresent(t -> model.addAttribute("theme", t));
        }
        if (directive.targetMode() == TargetMode.CHOSEN) {
            var targets = directives.targetIds(id, scope);
            var names = organizations.names(targets);
            model.addAttribute("targetNames", targets.stream().map(names::get).toList());
        }
        if (directive.targetRootId() != null) {
            model.addAttribute(
                    "targetRootName",
                    organizations.names(List.of(directive.targetRootId())).get(directive.targetRootId()));
        }
        if (!model.containsAttribute("lifecycleForm")) {
            var form = LifecycleForm.of(directive);
            form.setIssuedOn(VietnamTime.today(clock));
            model.addAttribute("lifecycleForm", form);
        }
        return "directives/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        var directive = directives.getForEdit(id, scope);
        return formPage(DirectiveForm.of(directive), directive, scope, model);
    }

    @PostMapping("/{id}")
    String revise(
            @PathVariable long id,
            @ModelAttribute("form") DirectiveForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var directive = directives.get(id, scope);
        try {
            directives.revise(new ReviseDraft(id, form.content(), form.getVersion()), scope);
            redirect.addFlashAttribute("flash", "directive.flash.saved");
            return "redirect:/app/directives/" + id;
        } catch (BusinessRuleException | InvalidInputException e) {
            FormErrors.show(e, errors);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.reject("error.409.message");
            form.setVersion(directive.version());
        }
        return formPage(form, directive, scope, model);
    }

    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable long id, @RequestParam("file") MultipartFile file, Scope scope, RedirectAttributes redirect)
            throws IOException {
        try {
            directives.attach(id, file.getOriginalFilename(), file.getBytes(), scope);
            redirect.addFlashAttribute("flash", "directive.flash.attached");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("attachmentError", e.messageKey());
            redirect.addFlashAttribute("attachmentErrorArgs", e.args());
        }
        return "redirect:/app/directives/" + id;
    }

    @PostMapping("/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable long id, @PathVariable long fileId, Scope scope, RedirectAttributes redirect) {
        directives.detach(id, fileId, scope);
        redirect.addFlashAttribute("flash", "directive.flash.detached");
        return "redirect:/app/directives/" + id;
    }

    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Scope scope) {
        var file = directives.attachment(id, fileId, scope);
        return Downloads.of(file.fileName(), file.contentType(), directives.content(fileId));
    }

    @GetMapping("/{id}/cover.docx")
    ResponseEntity<byte[]> cover(@PathVariable long id, Scope scope) {
        var directive = directives.get(id, scope);
        String name = (directive.symbol() == null
                        ? "du-thao-" + id
                        : directive.symbol().replace('/', '-')) + ".docx";
        return Downloads.of(
                name,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                documents.coverPage(id, scope));
    }

    @PostMapping("/{id}/issue")
    String issue(
            @PathVariable long id,
            @ModelAttribute("lifecycleForm") LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        try {
            var issued = directives.issue(
                    new IssueDirective(id, form.getIssuedOn(), form.getVersion(), form.isEarlierDateConfirmed()),
                    scope);
            redirect.addFlashAttribute("flash", "directive.flash.issued");
            redirect.addFlashAttribute("flashArgs", issued.symbol());
            return "redirect:/app/directives/" + id;
        } catch (BusinessRuleException e) {
            FormErrors.show(e, errors);
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/correct")
    String correct(
            @PathVariable long id,
            @Validated({LifecycleForm.Reasoned.class, LifecycleForm.Correcting.class}) @ModelAttribute("lifecycleForm")
                    LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "directive.flash.corrected",
                "/app/directives/" + id,
                () -> directives.correct(form.toCorrection(id), scope),
                () -> detail(id, scope, model));
    }

    @PostMapping("/{id}/supersede")
    String supersede(
            @PathVariable long id,
            @Validated({LifecycleForm.Reasoned.class, LifecycleForm.Superseding.class}) @ModelAttribute("lifecycleForm")
                    LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "directive.flash.superseded",
                "/app/directives/" + id,
                () -> directives.supersede(
                        new SupersedeDirective(id, form.getSupersededById(), form.getReason(), form.getVersion()),
                        scope),
                () -> detail(id, scope, model));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(
            @PathVariable long id,
            @Validated(LifecycleForm.Reasoned.class) @ModelAttribute("lifecycleForm") LifecycleForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "directive.flash.withdrawn",
                "/app/directives/" + id,
                () -> directives.withdraw(new WithdrawDirective(id, form.getReason(), form.getVersion()), scope),
                () -> detail(id, scope, model));
    }

    /** The tracking page; htmx polls the same URL for the figures, so they refresh without a reload. */
    @GetMapping("/{id}/tracking")
    String tracking(@PathVariable long id, @RequestParam(required = false) Long node, Scope scope, Model model) {
        var directive = directives.get(id, scope);
        var tracking = this.tracking.tracking(id, node, scope);
        model.addAttribute("directive", directive);
        model.addAttribute("tracking", tracking);
        model.addAttribute("categories", AttendeeCategory.values());
        model.addAttribute(
                "path",
                organizations.path(tracking.nodeId(), scope).stream()
                        .filter(o -> organizations.isWithin(o.id(), scope.roots()))
                        .toList());
        model.addAttribute("canRemind", directives.canRecord(tracking.nodeId(), scope));
        return "directives/tracking";
    }

    @HxRequest
    @GetMapping("/{id}/tracking")
    String trackingFigures(@PathVariable long id, @RequestParam(required = false) Long node, Scope scope, Model model) {
        tracking(id, node, scope, model);
        return "directives/tracking :: figures";
    }

    @PostMapping("/{id}/targets/{organizationId}/remind")
    String remind(
            @PathVariable long id,
            @PathVariable long organizationId,
            @RequestParam(required = false) Long node,
            Scope scope,
            RedirectAttributes redirect) {
        boolean sent = disseminations.remind(id, organizationId, scope);
        redirect.addFlashAttribute("flash", sent ? "directive.flash.reminded" : "directive.flash.alreadyReminded");
        return "redirect:/app/directives/" + id + "/tracking" + (node == null ? "" : "?node=" + node);
    }

    private String formPage(DirectiveForm form, DirectiveView directive, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("directive", directive);
        model.addAttribute("issuers", issuers(scope));
        model.addAttribute("types", register.types());
        model.addAttribute("modes", TargetMode.values());
        model.addAttribute("levels", List.of(LevelClass.UPPER_GRASSROOTS, LevelClass.GRASSROOTS, LevelClass.CELL));
        model.addAttribute("programmes", programmes.list(scope));
        if (form.getIssuingOrganizationId() != null) {
            model.addAttribute(
                    "themes",
                    programmes.themesFor(
                            form.getIssuingOrganizationId(),
                            VietnamTime.today(clock).getYear()));
        }
        var chosen = form.getChosenTargetIds() == null ? List.<Long>of() : form.getChosenTargetIds();
        model.addAttribute("chosen", labels.chosen(chosen, scope));
        Long issuer = form.getIssuingOrganizationId();
        if (issuer != null && directives.canIssue(issuer, scope)) {
            model.addAttribute("upperRoots", labels.roots(issuer, LevelClass.UPPER_GRASSROOTS));
            model.addAttribute("grassrootsRoots", labels.roots(issuer, LevelClass.GRASSROOTS));
        }
        return "directives/form";
    }

    /** The committees the caller may issue for: the organisations of their officer grants, cells excepted. */
    private List<OrganizationView> issuers(Scope scope) {
        return scope.rootsFor(Capability.ISSUE_DOCUMENTS).stream()
                .map(id -> organizations.get(id, scope))
                .filter(o -> o.active() && o.type().levelClass() != LevelClass.CELL)
                .toList();
    }

    private String typeName(String code) {
        return register.types().stream()
                .filter(t -> t.code().equals(code))
                .map(t -> t.nameVi())
                .findFirst()
                .orElse(code);
    }
}
