package vn.lamtheobac.commitment.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.commitment.CommitmentCalendar;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.Assess;
import vn.lamtheobac.commitment.CommitmentCommands.Close;
import vn.lamtheobac.commitment.CommitmentCommands.Correct;
import vn.lamtheobac.commitment.CommitmentCommands.ReturnForRevision;
import vn.lamtheobac.commitment.CommitmentCommands.SelfAssess;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.commitment.CommitmentPrinter;
import vn.lamtheobac.commitment.CommitmentReview;
import vn.lamtheobac.commitment.CommitmentStatus;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.commitment.Section;
import vn.lamtheobac.commitment.web.CommitmentForms.CommitmentForm;
import vn.lamtheobac.commitment.web.CommitmentForms.ResultsForm;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormActions;
import vn.lamtheobac.shared.web.FormErrors;

/** A member's own commitment, and the cell's list, review and printing of its members' commitments. */
@Controller
@RequestMapping("/app/commitments")
class CommitmentController {

    private final CommitmentManagement commitments;
    private final CommitmentReview review;
    private final CommitmentCalendar calendar;
    private final CommitmentPrinter printer;
    private final OrganizationManagement organizations;

    CommitmentController(
            CommitmentManagement commitments,
            CommitmentReview review,
            CommitmentCalendar calendar,
            CommitmentPrinter printer,
            OrganizationManagement organizations) {
        this.commitments = commitments;
        this.review = review;
        this.calendar = calendar;
        this.printer = printer;
        this.organizations = organizations;
    }

    /** A cell's list shows this many people a page. */
    static final int PAGE_SIZE = 50;

    // ---------------------------------------------------------------------------------------------------- the member

    @GetMapping("/mine")
    String mine(@RequestParam(required = false) Integer year, Scope scope, Model model) {
        int y = year != null ? year : calendar.thisYear();
        var commitment = commitments.mine(y, scope);
        model.addAttribute("commitment", commitment);
        model.addAttribute("sections", Section.values());
        model.addAttribute("resultValues", ItemResult.values());
        var years = calendar.writableYears();
        model.addAttribute("years", years);
        model.addAttribute("writable", calendar.writable(y));
        model.addAttribute("firstYear", years.get(0));
        model.addAttribute("lastYear", years.get(years.size() - 1));
        model.addAttribute("selfAssessmentOpen", calendar.selfAssessmentOpen(y));
        model.addAttribute("selfAssessmentOpens", calendar.selfAssessmentOpensText(y));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CommitmentForm.of(commitment));
        }
        if (!model.containsAttribute("resultsForm")) {
            var results = new ResultsForm();
            results.setVersion(commitment.version());
            model.addAttribute("resultsForm", results);
        }
        return "commitments/mine";
    }

    /**
     * Saves the draft, and with {@code submit} hands it in. A refused submission writes nothing and shows each error at
     * its section with what was typed; a stale save answers 409 and keeps what was typed.
     */
    @PostMapping("/mine")
    String save(
            @ModelAttribute("form") CommitmentForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "false") boolean submit,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long person = scope.personId() == null ? 0 : scope.personId();
        try {
            if (submit) {
                commitments.submit(form.toCommand(person), scope);
            } else {
                commitments.write(form.toCommand(person), scope);
            }
            redirect.addFlashAttribute("flash", submit ? "commitment.flash.submitted" : "commitment.flash.saved");
            return "redirect:/app/commitments/mine?year=" + form.getYear();
        } catch (BusinessRuleException | InvalidInputException e) {
            FormErrors.show(CommitmentForm.atSections(e), errors);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.reject("commitment.conflict");
            form.setVersion(commitments.mine(form.getYear(), scope).version());
        }
        form.padded();
        return mine(form.getYear(), scope, model);
    }

    @PostMapping("/{id}/self-assessment")
    String selfAssess(
            @PathVariable long id,
            @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var commitment = commitments.get(id, scope);
        try {
            commitments.selfAssess(
                    new SelfAssess(id, form.getResults(), form.getNotes(), form.getSummary(), form.getVersion()),
                    scope);
            redirect.addFlashAttribute("flash", "commitment.flash.selfAssessed");
            return "redirect:/app/commitments/mine?year=" + commitment.year();
        } catch (BusinessRuleException e) {
            FormErrors.show(e, errors);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors.reject("commitment.conflict");
            form.setVersion(commitments.get(id, scope).version());
        }
        return mine(commitment.year(), scope, model);
    }

    // ------------------------------------------------------------------------------------------------------ the cell

    @GetMapping
    String list(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(defaultValue = "0") int page,
            Scope scope,
            Model model) {
        var units = units(scope);
        Long chosen = organization != null
                ? organization
                : units.isEmpty() ? null : units.get(0).id();
        int y = year != null ? year : calendar.thisYear();
        model.addAttribute("units", units);
        model.addAttribute("year", y);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CommitmentStatus.values());
        if (chosen != null) {
            var unit = organizations.get(chosen, scope);
            model.addAttribute("organization", unit);
            model.addAttribute("canReview", commitments.canReview(chosen, scope));
            model.addAttribute("me", scope.personId());
            if (unit.childCount() > 0) {
                // above the cell: one line per unit, counted in the database; a unit opens its own list
                model.addAttribute("summary", commitments.unitSummary(chosen, y, scope));
            } else {
                var rows = commitments.rows(chosen, y, status, scope);
                int from = Math.min(Math.max(page, 0) * PAGE_SIZE, rows.size());
                model.addAttribute(
                        "rows",
                        Paged.of(
                                rows.subList(from, Math.min(from + PAGE_SIZE, rows.size())),
                                from / PAGE_SIZE,
                                PAGE_SIZE,
                                rows.size()));
                model.addAttribute("total", rows.size());
                model.addAttribute(
                        "notSubmitted",
                        rows.stream().filter(r -> r.notSubmitted()).count());
            }
        }
        return "commitments/list";
    }

    @PostMapping("/acknowledge")
    String acknowledge(
            @RequestParam long organization,
            @RequestParam int year,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String comment,
            Scope scope,
            RedirectAttributes redirect) {
        try {
            int count = review.acknowledge(new Acknowledge(ids == null ? List.of() : ids, comment), scope);
            redirect.addFlashAttribute("flash", "commitment.flash.acknowledged");
            redirect.addFlashAttribute("flashArgs", count);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("listError", e.messageKey());
        }
        return "redirect:/app/commitments?organization=" + organization + "&year=" + year;
    }

    @PostMapping("/remind")
    String remind(
            @RequestParam long organization,
            @RequestParam int year,
            @RequestParam(required = false) List<Long> person,
            Scope scope,
            RedirectAttributes redirect) {
        int sent = review.remind(organization, year, person, scope);
        redirect.addFlashAttribute("flash", "commitment.flash.reminded");
        redirect.addFlashAttribute("flashArgs", sent);
        return "redirect:/app/commitments?organization=" + organization + "&year=" + year;
    }

    @GetMapping("/print")
    ResponseEntity<byte[]> print(@RequestParam long organization, @RequestParam int year, Scope scope) {
        byte[] document = printer.print(organization, year, scope);
        return Downloads.of(
                "ban-cam-ket-" + year + "-" + organization + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                document);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        var commitment = commitments.get(id, scope);
        model.addAttribute("commitment", commitment);
        model.addAttribute("sections", Section.values());
        model.addAttribute("resultValues", ItemResult.values());
        boolean canReview = commitments.canReview(commitment, scope);
        model.addAttribute("canReview", canReview);
        model.addAttribute("assessable", canReview && commitment.status() == CommitmentStatus.SELF_ASSESSED);
        if (!model.containsAttribute("resultsForm")) {
            var form = new ResultsForm();
            form.setVersion(commitment.version());
            commitment.items().forEach(i -> {
                if (i.cellResult() != null || i.selfResult() != null) {
                    form.getResults().put(i.id(), i.cellResult() != null ? i.cellResult() : i.selfResult());
                }
            });
            form.setOutcome(commitment.outcome());
            form.setSummary(commitment.assessment());
            model.addAttribute("resultsForm", form);
        }
        return "commitments/detail";
    }

    @PostMapping("/{id}/return")
    String returnForRevision(
            @PathVariable long id,
            @Validated(ResultsForm.Reasoned.class) @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                form,
                errors,
                scope,
                model,
                redirect,
                "commitment.flash.returned",
                () -> review.returnForRevision(new ReturnForRevision(id, form.getReason(), form.getVersion()), scope));
    }

    @PostMapping("/{id}/assess")
    String assess(
            @PathVariable long id,
            @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                form,
                errors,
                scope,
                model,
                redirect,
                "commitment.flash.assessed",
                () -> review.assess(
                        new Assess(
                                id,
                                form.getResults(),
                                form.getNotes(),
                                form.getOutcome(),
                                form.getSummary(),
                                form.getVersion()),
                        scope));
    }

    @PostMapping("/{id}/close")
    String close(
            @PathVariable long id,
            @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                form,
                errors,
                scope,
                model,
                redirect,
                "commitment.flash.closed",
                () -> review.close(new Close(id, form.getVersion()), scope));
    }

    @PostMapping("/{id}/correct")
    String correct(
            @PathVariable long id,
            @Validated(ResultsForm.Reasoned.class) @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                form,
                errors,
                scope,
                model,
                redirect,
                "commitment.flash.corrected",
                () -> review.correct(
                        new Correct(id, form.getOutcome(), form.getSummary(), form.getReason(), form.getVersion()),
                        scope));
    }

    private String act(
            long id,
            ResultsForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            String flash,
            Runnable action) {
        return FormActions.run(
                errors, redirect, flash, "/app/commitments/" + id, action, () -> detail(id, scope, model));
    }

    /** The organisations whose members' commitments the caller follows: the topmost of their reading grants. */
    private List<OrganizationView> units(Scope scope) {
        return organizations.children(null, scope).stream()
                .filter(o -> organizations.isWithin(o.id(), scope.rootsWith(Role.READERS)))
                .toList();
    }
}
