package vn.lamtheobac.evaluation.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.evaluation.EvaluationCommands.Correction;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RuleSet;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.TextLimits;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.FormActions;
import vn.lamtheobac.shared.web.FormErrors;

/** Evaluation rounds and opening one, and one evaluation's self-assessment, proposal, decision and correction. */
@Controller
@RequestMapping("/app/evaluations")
class EvaluationController {

    private final EvaluationManagement evaluations;
    private final OrganizationManagement organizations;
    private final Clock clock;

    EvaluationController(EvaluationManagement evaluations, OrganizationManagement organizations, Clock clock) {
        this.evaluations = evaluations;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Everything the evaluation forms carry. */
    static class EvaluationForm {
        private Long organizationId;
        private int year;
        private RoundKind kind = RoundKind.ANNUAL;
        private RuleSet ruleSet;
        private boolean excellentCap = true;
        private boolean scoreFallsBack = true;

        @Size(max = TextLimits.NAME, message = "{validation.size}")
        private String title;

        private BigDecimal tasksCompletedPercent;
        private BigDecimal commonScore;
        private BigDecimal taskScore;
        private BigDecimal tasksExceedingPercent;
        private BigDecimal tasksLatePercent;
        private Rating rating;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String remarks;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String reason;

        private int version;

        public Long getOrganizationId() {
            return organizationId;
        }

        public void setOrganizationId(Long organizationId) {
            this.organizationId = organizationId;
        }

        public int getYear() {
            return year;
        }

        public void setYear(int year) {
            this.year = year;
        }

        public RoundKind getKind() {
            return kind;
        }

        public void setKind(RoundKind kind) {
            this.kind = kind;
        }

        public RuleSet getRuleSet() {
            return ruleSet;
        }

        public void setRuleSet(RuleSet ruleSet) {
            this.ruleSet = ruleSet;
        }

        public boolean isExcellentCap() {
            return excellentCap;
        }

        public void setExcellentCap(boolean excellentCap) {
            this.excellentCap = excellentCap;
        }

        public boolean isScoreFallsBack() {
            return scoreFallsBack;
        }

        public void setScoreFallsBack(boolean scoreFallsBack) {
            this.scoreFallsBack = scoreFallsBack;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public BigDecimal getTasksCompletedPercent() {
            return tasksCompletedPercent;
        }

        public void setTasksCompletedPercent(BigDecimal v) {
            this.tasksCompletedPercent = v;
        }

        public BigDecimal getCommonScore() {
            return commonScore;
        }

        public void setCommonScore(BigDecimal commonScore) {
            this.commonScore = commonScore;
        }

        public BigDecimal getTaskScore() {
            return taskScore;
        }

        public void setTaskScore(BigDecimal taskScore) {
            this.taskScore = taskScore;
        }

        public BigDecimal getTasksExceedingPercent() {
            return tasksExceedingPercent;
        }

        public void setTasksExceedingPercent(BigDecimal v) {
            this.tasksExceedingPercent = v;
        }

        public BigDecimal getTasksLatePercent() {
            return tasksLatePercent;
        }

        public void setTasksLatePercent(BigDecimal v) {
            this.tasksLatePercent = v;
        }

        public Rating getRating() {
            return rating;
        }

        public void setRating(Rating rating) {
            this.rating = rating;
        }

        public String getRemarks() {
            return remarks;
        }

        public void setRemarks(String remarks) {
            this.remarks = remarks;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        OpenRound toOpenRound() {
            return new OpenRound(
                    organizationId == null ? 0 : organizationId,
                    year,
                    kind,
                    ruleSet,
                    excellentCap,
                    scoreFallsBack,
                    title);
        }

        SelfAssessment toSelfAssessment(long id) {
            return new SelfAssessment(
                    id,
                    tasksCompletedPercent,
                    commonScore,
                    taskScore,
                    tasksExceedingPercent,
                    tasksLatePercent,
                    rating,
                    remarks,
                    version);
        }
    }

    @GetMapping
    String rounds(Scope scope, Model model) {
        model.addAttribute("rounds", evaluations.rounds(scope));
        var mine = evaluations.mine(scope);
        model.addAttribute("mine", mine);
        model.addAttribute(
                "mineRounds",
                mine.stream()
                        .collect(Collectors.toMap(
                                EvaluationView::roundId, e -> evaluations.roundOf(e.id(), scope), (a, b) -> a)));
        var committees = scope.rootsFor(Capability.OPEN_ROUNDS).stream()
                .map(id -> organizations.get(id, scope))
                .filter(o -> o.type().levelClass() != LevelClass.CELL)
                .toList();
        model.addAttribute("committees", committees);
        model.addAttribute("ruleSets", RuleSet.values());
        model.addAttribute("kinds", RoundKind.values());
        if (!model.containsAttribute("form")) {
            var form = new EvaluationForm();
            form.setYear(VietnamTime.today(clock).getYear());
            form.setRuleSet(RuleSet.forYear(form.getYear()));
            model.addAttribute("form", form);
        }
        return "evaluations/rounds";
    }

    @PostMapping
    String open(
            @ModelAttribute("form") EvaluationForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        try {
            long id = evaluations.open(form.toOpenRound(), scope);
            redirect.addFlashAttribute("flash", "evaluation.flash.opened");
            return "redirect:/app/evaluations/" + id;
        } catch (BusinessRuleException | InvalidInputException e) {
            FormErrors.show(e, errors);
        }
        return rounds(scope, model);
    }

    @GetMapping("/items/{id}")
    String evaluation(@PathVariable long id, Scope scope, Model model) {
        var evaluation = evaluations.get(id, scope);
        var round = evaluations.roundOf(id, scope);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("round", round);
        model.addAttribute("choices", evaluations.choices(id, scope));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("commitmentOutcome", evaluations.commitmentOutcome(id, scope));
        model.addAttribute("disciplines", evaluations.disciplines(id, scope));
        model.addAttribute("collectiveFacts", evaluations.collectiveFacts(id, scope));
        model.addAttribute("corrections", evaluations.corrections(id, scope));
        model.addAttribute("canSelfAssess", evaluations.canSelfAssess(evaluation, scope));
        model.addAttribute("canPropose", evaluations.canPropose(evaluation, scope));
        model.addAttribute("canDecide", evaluations.canDecide(evaluation, scope));
        boolean reader = organizations.isWithin(evaluation.organizationId(), scope.rootsWith(Role.READERS));
        model.addAttribute("reader", reader);
        if (evaluation.grassrootsId() != null && reader) {
            model.addAttribute("quota", evaluations.quota(round.id(), evaluation.organizationId(), scope));
            model.addAttribute("quotaOrganization", evaluation.organizationId());
        }
        if (!model.containsAttribute("form")) {
            var form = new EvaluationForm();
            form.setTasksCompletedPercent(evaluation.tasksCompletedPercent());
            form.setCommonScore(evaluation.commonScore());
            form.setTaskScore(evaluation.taskScore());
            form.setTasksExceedingPercent(evaluation.tasksExceedingPercent());
            form.setTasksLatePercent(evaluation.tasksLatePercent());
            form.setRating(
                    evaluation.decidedRating() != null
                            ? evaluation.decidedRating()
                            : evaluation.proposedRating() != null
                                    ? evaluation.proposedRating()
                                    : evaluation.selfRating());
            form.setVersion(evaluation.version());
            model.addAttribute("form", form);
        }
        return "evaluations/evaluation";
    }

    @PostMapping("/items/{id}/self-assessment")
    String selfAssess(
            @PathVariable long id,
            @ModelAttribute("form") EvaluationForm form,
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
                "evaluation.flash.selfAssessed",
                () -> evaluations.selfAssess(form.toSelfAssessment(id), scope));
    }

    @PostMapping("/items/{id}/proposal")
    String propose(
            @PathVariable long id,
            @ModelAttribute("form") EvaluationForm form,
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
                "evaluation.flash.proposed",
                () -> evaluations.propose(
                        new Proposal(id, form.getRating(), form.getRemarks(), form.getVersion()), scope));
    }

    @PostMapping("/items/{id}/decision")
    String decide(
            @PathVariable long id,
            @ModelAttribute("form") EvaluationForm form,
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
                "evaluation.flash.decided",
                () -> evaluations.decide(
                        new Decision(id, form.getRating(), form.getRemarks(), form.getVersion()), scope));
    }

    @PostMapping("/items/{id}/correction")
    String correct(
            @PathVariable long id,
            @ModelAttribute("form") EvaluationForm form,
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
                "evaluation.flash.corrected",
                () -> evaluations.correct(
                        new Correction(id, form.getRating(), form.getReason(), form.getVersion()), scope));
    }

    private String act(
            long id,
            EvaluationForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            String flash,
            Runnable action) {
        return FormActions.run(
                errors, redirect, flash, "/app/evaluations/items/" + id, action, () -> evaluation(id, scope, model));
    }
}
