package vn.lamtheobac.recognition.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.recognition.AwardFormKind;
import vn.lamtheobac.recognition.AwardFormManagement;
import vn.lamtheobac.recognition.CommendationQuery;
import vn.lamtheobac.recognition.DecisionManagement;
import vn.lamtheobac.recognition.MovementManagement;
import vn.lamtheobac.recognition.NominationQueries;
import vn.lamtheobac.recognition.NominationQuery;
import vn.lamtheobac.recognition.NominationStatus;
import vn.lamtheobac.recognition.NominationView;
import vn.lamtheobac.recognition.RecognitionDocuments;
import vn.lamtheobac.recognition.RecognitionManagement;
import vn.lamtheobac.recognition.web.RecognitionForms.DecisionForm;
import vn.lamtheobac.recognition.web.RecognitionForms.MovementForm;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormActions;
import vn.lamtheobac.shared.web.FormErrors;

/**
 * Emulation and commendation: the movements with the form to launch one, a movement's page with its nominations by
 * status and the decision of several nominations at once, the honour roll, the award forms (administrators), and the
 * downloads of decisions and certificates.
 */
@Controller
@RequestMapping("/app/recognition")
class RecognitionController {

    /** Bootstrap badge colours by status. */
    static final Map<NominationStatus, String> BADGES = Map.of(
            NominationStatus.PROPOSED, "text-bg-secondary",
            NominationStatus.UNDER_REVIEW, "text-bg-primary",
            NominationStatus.AWAITING_DECISION, "text-bg-warning",
            NominationStatus.RETURNED, "text-bg-info",
            NominationStatus.REJECTED, "text-bg-danger",
            NominationStatus.DECIDED, "text-bg-success");

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final RecognitionManagement recognition;
    private final AwardFormManagement awardFormAdmin;
    private final DecisionManagement decisionManagement;
    private final MovementManagement movementManagement;
    private final NominationQueries nominationQueries;
    private final RecognitionDocuments documents;
    private final OrganizationManagement organizations;
    private final Clock clock;

    RecognitionController(
            RecognitionManagement recognition,
            AwardFormManagement awardFormAdmin,
            DecisionManagement decisionManagement,
            MovementManagement movementManagement,
            NominationQueries nominationQueries,
            RecognitionDocuments documents,
            OrganizationManagement organizations,
            Clock clock) {
        this.recognition = recognition;
        this.awardFormAdmin = awardFormAdmin;
        this.decisionManagement = decisionManagement;
        this.movementManagement = movementManagement;
        this.nominationQueries = nominationQueries;
        this.documents = documents;
        this.organizations = organizations;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- movements

    @GetMapping
    String movements(Scope scope, Model model) {
        if (!model.containsAttribute("form")) {
            var form = MovementForm.defaults(VietnamTime.today(clock));
            var organizers = organizers(scope);
            if (!organizers.isEmpty()) {
                form.setOrganizationId(organizers.get(0).id());
            }
            model.addAttribute("form", form);
        }
        model.addAttribute("movements", movementManagement.movements(scope));
        model.addAttribute("canOrganize", movementManagement.canOrganize(scope));
        model.addAttribute("organizers", organizers(scope));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("canAdminister", awardFormAdmin.canAdminister(scope));
        return "recognition/movements";
    }

    @PostMapping("/movements")
    String create(
            @ModelAttribute("form") MovementForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = movementManagement.createMovement(form.toCreate(), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.movementCreated");
                return "redirect:/app/recognition/movements/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            }
        }
        return movements(scope, model);
    }

    /** A movement with its nominations; an htmx request (status tabs, paging) gets only the results. */
    @GetMapping("/movements/{id}")
    String movement(
            @PathVariable long id,
            @RequestParam(required = false) NominationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        var movement = movementManagement.movement(id, scope);
        var query = new NominationQuery(id, status, null, null, new PageRequest(page, size));
        model.addAttribute("movement", movement);
        model.addAttribute("result", nominationQueries.nominations(query, scope));
        model.addAttribute("counts", nominationQueries.countByStatus(query, scope));
        model.addAttribute("status", status);
        model.addAttribute("statuses", NominationStatus.values());
        model.addAttribute("badges", BADGES);
        model.addAttribute("canEdit", movementManagement.canEdit(movement, scope));
        model.addAttribute("canNominate", movementManagement.canNominate(movement, scope));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("forms", recognition.activeAwardForms());
        model.addAttribute("awaiting", byDecidingCommittee(nominationQueries.awaitingDecision(id, scope)));
        if (!model.containsAttribute("editForm")) {
            model.addAttribute("editForm", MovementForm.of(movement));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.on(VietnamTime.today(clock)));
        }
        return "recognition/movement";
    }

    @HxRequest
    @GetMapping(value = "/movements/{id}", headers = "HX-Target=results")
    String movementResults(
            @PathVariable long id,
            @RequestParam(required = false) NominationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        movement(id, status, page, size, scope, model);
        return "recognition/movement :: results";
    }

    /** Saves a movement's changes; if someone else changed it meanwhile, the form comes back with a 409 notice. */
    @PostMapping("/movements/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("editForm") MovementForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                movementManagement.updateMovement(form.toUpdate(id), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.movementSaved");
                return "redirect:/app/recognition/movements/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.409.message");
                form.setVersion(movementManagement.movement(id, scope).version());
            }
        }
        model.addAttribute("editOpen", true);
        return movement(id, null, 0, 20, scope, model);
    }

    /** One decision, one number, for the nominations ticked among those waiting at one committee. */
    @PostMapping("/movements/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var decision = decisionManagement.decide(form.toCommand(), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.decided");
                redirect.addFlashAttribute("flashArgs", decision.symbol());
                return "redirect:/app/recognition/movements/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.showOnPage(e, errors, model);
            }
        }
        return movement(id, null, 0, 20, scope, model);
    }

    // ------------------------------------------------------------------------------------------------- honour roll

    /** The honour roll (bảng vàng) of an organisation's subtree for a year; last year's by default. */
    @GetMapping("/honour-roll")
    String honourRoll(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Scope scope,
            Model model) {
        Long organizationId = organization;
        if (organizationId == null && !scope.rootsWith(Role.READERS).isEmpty()) {
            organizationId = scope.rootsWith(Role.READERS).iterator().next();
        }
        int shownYear = year != null ? year : VietnamTime.today(clock).getYear() - 1;
        model.addAttribute(
                "result",
                recognition.commendations(
                        new CommendationQuery(organizationId, shownYear, null, new PageRequest(page, size)), scope));
        model.addAttribute("organization", organizationId == null ? null : organizations.get(organizationId, scope));
        model.addAttribute("year", shownYear);
        model.addAttribute("years", years());
        return "recognition/honour-roll";
    }

    // ------------------------------------------------------------------------------------------------- award forms

    @GetMapping("/award-forms")
    String awardForms(@RequestParam(required = false) String edit, Scope scope, Model model) {
        if (!awardFormAdmin.canAdminister(scope)) {
            throw new ForbiddenException("recognition.error.notAdministrator");
        }
        var forms = recognition.awardForms();
        model.addAttribute("awardForms", forms);
        model.addAttribute("kinds", AwardFormKind.values());
        model.addAttribute("levels", LevelClass.values());
        model.addAttribute("categories", vn.lamtheobac.recognition.AwardCategory.values());
        model.addAttribute("ratings", vn.lamtheobac.evaluation.Rating.values());
        if (!model.containsAttribute("form")) {
            forms.stream()
                    .filter(f -> f.code().equals(edit))
                    .findFirst()
                    .ifPresent(f -> model.addAttribute("form", AwardFormForm.of(f)));
        }
        if (model.containsAttribute("form") && !model.containsAttribute("editCode")) {
            model.addAttribute("editCode", edit);
        }
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", new AwardFormForm());
        }
        return "recognition/award-forms";
    }

    @PostMapping("/award-forms")
    String addAwardForm(
            @ModelAttribute("addForm") AwardFormForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "recognition.flash.formAdded",
                "/app/recognition/award-forms",
                () -> awardFormAdmin.addAwardForm(form.toAdd(), scope),
                () -> awardForms(null, scope, model));
    }

    @PostMapping("/award-forms/{code}")
    String updateAwardForm(
            @PathVariable String code,
            @ModelAttribute("form") AwardFormForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                awardFormAdmin.updateAwardForm(form.toUpdate(code), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.formSaved");
                return "redirect:/app/recognition/award-forms";
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.409.message");
            }
        }
        form.setCode(code);
        model.addAttribute("editCode", code);
        return awardForms(code, scope, model);
    }

    // --------------------------------------------------------------------------------------------------- downloads

    @GetMapping("/decisions/{id}/document")
    ResponseEntity<byte[]> decisionDocument(@PathVariable long id, Scope scope) {
        var decision = recognition.decision(id, scope);
        return Downloads.of(RecognitionDocuments.decisionFileName(decision), DOCX, documents.decision(id, scope));
    }

    @GetMapping("/commendations/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable long id, Scope scope) {
        var commendation = recognition.commendation(id, scope);
        return Downloads.of(
                RecognitionDocuments.certificateFileName(commendation),
                "application/pdf",
                documents.certificate(id, scope));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** The committees the caller may launch movements for: each organiser's grant and its children. */
    private List<OrganizationView> organizers(Scope scope) {
        var organizers = new LinkedHashMap<Long, OrganizationView>();
        for (long root : scope.rootsFor(Capability.DECIDE_COMMENDATIONS)) {
            var organization = organizations.get(root, scope);
            if (organization.active()) {
                organizers.put(organization.id(), organization);
            }
            organizations.children(root, scope).stream()
                    .filter(OrganizationView::active)
                    .filter(child -> child.childCount() > 0)
                    .forEach(child -> organizers.putIfAbsent(child.id(), child));
        }
        return new ArrayList<>(organizers.values());
    }

    /** The nominations awaiting decision, grouped by the committee that decides them. */
    private static Map<Long, List<NominationView>> byDecidingCommittee(List<NominationView> awaiting) {
        var groups = new LinkedHashMap<Long, List<NominationView>>();
        awaiting.forEach(n -> groups.computeIfAbsent(n.currentLevelOrganizationId(), k -> new ArrayList<>())
                .add(n));
        return groups;
    }

    /** Years offered by the honour roll: this year and the five before it. */
    List<Integer> years() {
        int now = VietnamTime.today(clock).getYear();
        var years = new ArrayList<Integer>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }
}
