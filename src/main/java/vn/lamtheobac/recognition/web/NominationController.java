package vn.lamtheobac.recognition.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.DecisionManagement;
import vn.lamtheobac.recognition.MovementManagement;
import vn.lamtheobac.recognition.MovementView;
import vn.lamtheobac.recognition.NominationDetail;
import vn.lamtheobac.recognition.NominationManagement;
import vn.lamtheobac.recognition.NominationQueries;
import vn.lamtheobac.recognition.NomineeKind;
import vn.lamtheobac.recognition.RecognitionCommands.WithdrawExemplar;
import vn.lamtheobac.recognition.RecognitionManagement;
import vn.lamtheobac.recognition.ReviewAction;
import vn.lamtheobac.recognition.web.RecognitionForms.DecisionForm;
import vn.lamtheobac.recognition.web.RecognitionForms.ExemplarForm;
import vn.lamtheobac.recognition.web.RecognitionForms.NominationForm;
import vn.lamtheobac.recognition.web.RecognitionForms.ReviewForm;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.FormErrors;

/**
 * Nominations: the proposal form (the nominee picked by organisation or by name, the nominee's initiatives offered as
 * evidence), the revision of a returned one, and a nomination's page with its evidence, its timeline and the forms of
 * the review, the decision and the exemplar, each shown only to who may use it.
 */
@Controller
@RequestMapping("/app/recognition/nominations")
class NominationController {

    private final RecognitionManagement recognition;
    private final DecisionManagement decisionManagement;
    private final MovementManagement movementManagement;
    private final NominationManagement nominationManagement;
    private final NominationQueries nominationQueries;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final Clock clock;

    NominationController(
            RecognitionManagement recognition,
            DecisionManagement decisionManagement,
            MovementManagement movementManagement,
            NominationManagement nominationManagement,
            NominationQueries nominationQueries,
            OrganizationManagement organizations,
            PersonManagement people,
            Clock clock) {
        this.recognition = recognition;
        this.decisionManagement = decisionManagement;
        this.movementManagement = movementManagement;
        this.nominationManagement = nominationManagement;
        this.nominationQueries = nominationQueries;
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------- proposing

    @GetMapping("/new")
    String createForm(
            @RequestParam long movement, @RequestParam(required = false) Long organization, Scope scope, Model model) {
        var m = movementManagement.movement(movement, scope);
        if (!movementManagement.canNominate(m, scope)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        var form = new NominationForm();
        form.setMovementId(movement);
        form.setYear(defaultYear(m));
        if (organization != null && nominationManagement.canNominateFor(organization, scope)) {
            form.setKind(NomineeKind.COLLECTIVE);
            form.setOrganizationId(organization);
        }
        var forms = recognition.activeAwardForms();
        if (!forms.isEmpty()) {
            form.setProposedFormCode(forms.get(0).code());
        }
        return formPage(form, m, null, scope, model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") NominationForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (form.getMovementId() == null) {
            throw new BusinessRuleException("recognition.error.movement");
        }
        var movement = movementManagement.movement(form.getMovementId(), scope);
        if (!errors.hasErrors()) {
            try {
                long id = nominationManagement.nominate(form.toNominate(), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.nominated");
                return "redirect:/app/recognition/nominations/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            }
        }
        return formPage(form, movement, null, scope, model);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        var nomination = nominationQueries.nomination(id, scope);
        requireResubmittable(nomination, scope);
        return formPage(
                NominationForm.of(nomination),
                movementManagement.movement(nomination.movementId(), scope),
                nomination,
                scope,
                model);
    }

    /** Sends a returned nomination up again; if someone else changed it meanwhile, a 409 notice. */
    @PostMapping("/{id}")
    String resubmit(
            @PathVariable long id,
            @ModelAttribute("form") NominationForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var nomination = nominationQueries.nomination(id, scope);
        form.setMovementId(nomination.movementId());
        form.setKind(nomination.kind());
        form.setOrganizationId(nomination.organizationId());
        form.setPersonId(nomination.personId());
        form.setYear(nomination.year());
        if (!errors.hasErrors()) {
            try {
                nominationManagement.resubmit(form.toResubmit(id), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.resubmitted");
                return "redirect:/app/recognition/nominations/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                FormErrors.show(e, errors);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                errors.reject("error.409.message");
                form.setVersion(nomination.version());
            }
        }
        return formPage(form, movementManagement.movement(nomination.movementId(), scope), nomination, scope, model);
    }

    /** People the caller may propose, matching {@code q}, as radio buttons. */
    @HxRequest
    @GetMapping("/person-options")
    String personOptions(@RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        model.addAttribute(
                "personOptions",
                q.isBlank()
                        ? List.of()
                        : people.list(new PeopleQuery(q, null, null, new PageRequest(0, 20)), scope).content().stream()
                                .filter(p -> nominationManagement.canNominateFor(p.organizationId(), scope))
                                .toList());
        return "recognition/nomination-form :: personOptions";
    }

    /** The chosen nominee's initiatives, as checkboxes keeping those already ticked. */
    @HxRequest
    @GetMapping("/initiative-options")
    String initiativeOptions(
            @RequestParam(required = false) NomineeKind kind,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) List<Long> initiativeIds,
            Scope scope,
            Model model) {
        model.addAttribute(
                "initiatives",
                nominationManagement.initiativesOf(
                        kind == null ? NomineeKind.INDIVIDUAL : kind, organizationId, personId, scope));
        model.addAttribute("chosenInitiatives", initiativeIds == null ? List.of() : initiativeIds);
        return "recognition/nomination-form :: initiativeOptions";
    }

    // ------------------------------------------------------------------------------------------------------- detail

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        var nomination = nominationQueries.nomination(id, scope);
        var actions = nominationQueries.actions(nomination, scope);
        model.addAttribute("nomination", nomination);
        model.addAttribute("actions", actions);
        model.addAttribute("badges", RecognitionController.BADGES);
        model.addAttribute("forms", recognition.activeAwardForms());
        if (!model.containsAttribute("reviewForm")) {
            var reviewForm = ReviewForm.of(nomination);
            reviewForm.setAction(actions.approve() ? ReviewAction.APPROVE_UPWARD : ReviewAction.RETURN);
            model.addAttribute("reviewForm", reviewForm);
        }
        if (!model.containsAttribute("decisionForm")) {
            var decisionForm = DecisionForm.on(VietnamTime.today(clock));
            decisionForm.setFormCode(nomination.proposedFormCode());
            model.addAttribute("decisionForm", decisionForm);
        }
        if (!model.containsAttribute("exemplarForm")) {
            model.addAttribute(
                    "exemplarForm",
                    ExemplarForm.of(
                            nomination.commendation() == null
                                    ? 0
                                    : nomination.commendation().version(),
                            VietnamTime.today(clock)));
        }
        return "recognition/nomination";
    }

    @PostMapping("/{id}/review")
    String review(
            @PathVariable long id,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                nominationManagement.review(form.toCommand(id), scope);
                redirect.addFlashAttribute(
                        "flash", "recognition.flash.reviewed." + (form.getAction() == null ? "" : form.getAction()));
                return "redirect:/app/recognition/nominations/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        form.setNominationIds(new ArrayList<>(List.of(id)));
        if (!errors.hasErrors()) {
            try {
                var decision = decisionManagement.decide(form.toCommand(), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.decided");
                redirect.addFlashAttribute("flashArgs", decision.symbol());
                return "redirect:/app/recognition/nominations/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/exemplar")
    String markExemplar(
            @PathVariable long id,
            @ModelAttribute("exemplarForm") ExemplarForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        var commendation = commendationOf(id, scope);
        if (!errors.hasErrors()) {
            try {
                recognition.markExemplar(form.toCommand(commendation), scope);
                redirect.addFlashAttribute("flash", "recognition.flash.exemplarMarked");
                return "redirect:/app/recognition/nominations/" + id;
            } catch (BusinessRuleException | InvalidInputException e) {
                return refused(e, errors, id, scope, model);
            }
        }
        return detail(id, scope, model);
    }

    @PostMapping("/{id}/exemplar/withdraw")
    String withdrawExemplar(
            @PathVariable long id, @RequestParam int version, Scope scope, RedirectAttributes redirect) {
        long commendation = commendationOf(id, scope);
        try {
            recognition.withdrawExemplar(new WithdrawExemplar(commendation, version), scope);
            redirect.addFlashAttribute("flash", "recognition.flash.exemplarWithdrawn");
        } catch (BusinessRuleException e) {
            FormErrors.flash(e, redirect);
        }
        return "redirect:/app/recognition/nominations/" + id;
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /**
     * A refused form: errors at their fields; a rule that names no field (an illegal step, a rule of the law) is shown
     * above the page, since the form it came from may no longer be offered.
     */
    private String refused(RuntimeException e, BindingResult errors, long id, Scope scope, Model model) {
        FormErrors.showOnPage(e, errors, model);
        return detail(id, scope, model);
    }

    private long commendationOf(long nominationId, Scope scope) {
        var commendation = nominationQueries.nomination(nominationId, scope).commendation();
        if (commendation == null) {
            throw new BusinessRuleException("recognition.error.notDecided");
        }
        return commendation.id();
    }

    private void requireResubmittable(NominationDetail nomination, Scope scope) {
        if (!nominationQueries.actions(nomination, scope).resubmit()) {
            if (!nominationManagement.canNominateFor(nomination.organizationId(), scope)) {
                throw new ForbiddenException("recognition.error.notRecordKeeper");
            }
            throw new BusinessRuleException("recognition.error.notReturned");
        }
    }

    private String formPage(
            NominationForm form, MovementView movement, NominationDetail nomination, Scope scope, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("movement", movement);
        model.addAttribute("nomination", nomination);
        model.addAttribute("kinds", NomineeKind.values());
        model.addAttribute("forms", recognition.activeAwardForms());
        model.addAttribute("nominees", nominees(movement, form.getOrganizationId(), scope));
        model.addAttribute("person", personChoice(form.getPersonId(), scope));
        model.addAttribute(
                "initiatives",
                nominationManagement.initiativesOf(
                        form.getKind() == null ? NomineeKind.INDIVIDUAL : form.getKind(),
                        form.getOrganizationId(),
                        form.getPersonId(),
                        scope));
        model.addAttribute("chosenInitiatives", form.getInitiativeIds() == null ? List.of() : form.getInitiativeIds());
        return "recognition/nomination-form";
    }

    /** A person shown on the form, by name, if the caller may see them. */
    record PersonChoice(long id, String name) {}

    private PersonChoice personChoice(Long personId, Scope scope) {
        if (personId == null) {
            return null;
        }
        boolean visible = people.organizationOf(personId)
                .map(o -> organizations.isWithin(o, scope.rootsWith(Role.READERS)))
                .orElse(false);
        return visible
                ? new PersonChoice(personId, people.names(List.of(personId)).get(personId))
                : null;
    }

    /**
     * The organisations offered as collective nominees before any search: those the caller keeps records of within
     * the movement's subtree, and their children; and {@code preset} when the caller may propose it.
     */
    private List<OrganizationView> nominees(MovementView movement, Long preset, Scope scope) {
        var nominees = new LinkedHashMap<Long, OrganizationView>();
        for (long keeper : scope.rootsWith(Role.RECORD_KEEPERS)) {
            long root;
            if (organizations.isWithin(keeper, Set.of(movement.organizationId()))) {
                root = keeper;
            } else if (organizations.isWithin(movement.organizationId(), Set.of(keeper))) {
                root = movement.organizationId();
            } else {
                continue;
            }
            var organization = organizations.get(root, scope);
            if (organization.active()) {
                nominees.put(organization.id(), organization);
            }
            organizations.children(root, scope).stream()
                    .filter(OrganizationView::active)
                    .forEach(child -> nominees.putIfAbsent(child.id(), child));
        }
        if (preset != null && !nominees.containsKey(preset) && nominationManagement.canNominateFor(preset, scope)) {
            nominees.put(preset, organizations.get(preset, scope));
        }
        return new ArrayList<>(nominees.values());
    }

    /** Last year's achievements by default (the rating of the year is decided at its end), within the movement. */
    private int defaultYear(MovementView movement) {
        int year = VietnamTime.today(clock).getYear() - 1;
        if (year < movement.startsOn().getYear()) {
            year = movement.startsOn().getYear();
        }
        if (year > movement.endsOn().getYear()) {
            year = movement.endsOn().getYear();
        }
        return year;
    }
}
