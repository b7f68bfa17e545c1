package vn.lamtheobac.evaluation.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
import vn.lamtheobac.evaluation.BulkRatings;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationDocuments;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.EvaluationRounds;
import vn.lamtheobac.evaluation.EvaluationStatus;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.ListRefusedException;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormErrors;

/**
 * A round's page: its lists with the live cap, a cell's list proposed or decided in one go, closing the round, and the
 * XLSX and DOCX lists.
 */
@Controller
@RequestMapping("/app/evaluations")
class RoundController {

    private final EvaluationManagement evaluations;
    private final EvaluationRounds rounds;
    private final BulkRatings bulk;
    private final EvaluationDocuments documents;
    private final OrganizationManagement organizations;

    RoundController(
            EvaluationManagement evaluations,
            EvaluationRounds rounds,
            BulkRatings bulk,
            EvaluationDocuments documents,
            OrganizationManagement organizations) {
        this.evaluations = evaluations;
        this.rounds = rounds;
        this.bulk = bulk;
        this.documents = documents;
        this.organizations = organizations;
    }

    /** A cell's list: one rating per member, each row with the evaluation and the version it was read at. */
    static class ListForm {
        private List<Row> rows = new ArrayList<>();

        public List<Row> getRows() {
            return rows;
        }

        public void setRows(List<Row> rows) {
            this.rows = rows;
        }

        public static class Row {
            private Long id;
            private int version;
            private Rating rating;

            public Long getId() {
                return id;
            }

            public void setId(Long id) {
                this.id = id;
            }

            public int getVersion() {
                return version;
            }

            public void setVersion(int version) {
                this.version = version;
            }

            public Rating getRating() {
                return rating;
            }

            public void setRating(Rating rating) {
                this.rating = rating;
            }
        }

        List<Row> filled() {
            return rows.stream().filter(r -> r != null && r.getId() != null).toList();
        }
    }

    @GetMapping("/{roundId}")
    String round(
            @PathVariable long roundId, @RequestParam(required = false) Long organization, Scope scope, Model model) {
        var round = evaluations.round(roundId, scope);
        var readers = scope.rootsWith(Role.READERS);
        long node = organization != null
                ? organization
                : organizations.isWithin(round.organizationId(), readers)
                        ? round.organizationId()
                        : readers.stream()
                                .filter(root -> organizations.isWithin(root, Set.of(round.organizationId())))
                                .findFirst()
                                .orElseThrow(() -> new NotFoundException("EvaluationRound", roundId));
        var view = organizations.get(node, scope);
        model.addAttribute("round", round);
        model.addAttribute("node", view);
        model.addAttribute("canExport", organizations.allows(scope, node, Capability.EXPORT_RATINGS));
        model.addAttribute("canIssueList", organizations.allows(scope, node, Capability.ISSUE_DOCUMENTS));
        model.addAttribute("canClose", rounds.canClose(round, scope));
        var level = view.type().levelClass();
        if (level == LevelClass.PROVINCIAL || level == LevelClass.UPPER_GRASSROOTS) {
            // above the grassroots, where members are decided, a committee follows its units rather than every member
            model.addAttribute("progress", evaluations.progress(roundId, node, scope));
            model.addAttribute("ratings", Rating.values());
        } else {
            var members = evaluations.members(roundId, node, scope);
            model.addAttribute("members", members);
            if (round.open() && isCell(view)) {
                list(members, scope, model);
            }
        }
        model.addAttribute("collectives", evaluations.collectives(roundId, node, scope));
        model.addAttribute("flagged", evaluations.flagged(roundId, node, scope));
        organizations
                .grassrootsOf(node)
                .ifPresent(g -> model.addAttribute("quota", evaluations.quota(roundId, node, scope)));
        model.addAttribute("children", organizations.children(node, scope));
        return "evaluations/round";
    }

    /** A cell's own list (a cell, or a grassroots cell with no cells under it) is rated in one table. */
    private static boolean isCell(OrganizationView view) {
        var level = view.type().levelClass();
        return level == LevelClass.CELL || level == LevelClass.GRASSROOTS && view.childCount() == 0;
    }

    /** The rows the caller may propose or decide, pre-filled with the proposal, else the self-assessment. */
    private void list(List<EvaluationView> members, Scope scope, Model model) {
        var editable = new HashSet<Long>();
        boolean propose = false;
        boolean decide = false;
        for (var e : members) {
            if (e.status() == EvaluationStatus.DECIDED) {
                continue;
            }
            boolean proposer = evaluations.canPropose(e, scope);
            boolean decider = evaluations.canDecide(e, scope);
            if (proposer || decider) {
                editable.add(e.id());
            }
            propose |= proposer;
            decide |= decider;
        }
        if (editable.isEmpty()) {
            return;
        }
        model.addAttribute("editable", editable);
        model.addAttribute("canBulkPropose", propose);
        model.addAttribute("canBulkDecide", decide);
        model.addAttribute("ratings", Rating.values());
        if (!model.containsAttribute("list")) {
            var form = new ListForm();
            for (var e : members) {
                var row = new ListForm.Row();
                row.setId(e.id());
                row.setVersion(e.version());
                if (editable.contains(e.id())) {
                    row.setRating(e.proposedRating() != null ? e.proposedRating() : e.selfRating());
                }
                form.getRows().add(row);
            }
            model.addAttribute("list", form);
        }
    }

    @PostMapping("/{roundId}/proposals")
    String proposeAll(
            @PathVariable long roundId,
            @RequestParam long organization,
            @ModelAttribute("list") ListForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return saveList(
                roundId,
                organization,
                form,
                errors,
                scope,
                model,
                redirect,
                "evaluation.flash.listProposed",
                () -> bulk.proposeAll(
                        form.filled().stream()
                                .map(r -> new Proposal(r.getId(), r.getRating(), null, r.getVersion()))
                                .toList(),
                        scope));
    }

    @PostMapping("/{roundId}/decisions")
    String decideAll(
            @PathVariable long roundId,
            @RequestParam long organization,
            @ModelAttribute("list") ListForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return saveList(
                roundId,
                organization,
                form,
                errors,
                scope,
                model,
                redirect,
                "evaluation.flash.listDecided",
                () -> bulk.decideAll(
                        form.filled().stream()
                                .map(r -> new Decision(r.getId(), r.getRating(), null, r.getVersion()))
                                .toList(),
                        scope));
    }

    /** Post/Redirect/Get of a list; refused, the page comes back with each refusal at its row and what was chosen. */
    private String saveList(
            long roundId,
            long organization,
            ListForm form,
            BindingResult errors,
            Scope scope,
            Model model,
            RedirectAttributes redirect,
            String flash,
            Supplier<Integer> action) {
        String page = "/app/evaluations/" + roundId + "?organization=" + organization;
        if (!errors.hasErrors()) {
            try {
                int written = action.get();
                redirect.addFlashAttribute("flash", flash);
                redirect.addFlashAttribute("flashArgs", written);
                return "redirect:" + page;
            } catch (ListRefusedException refused) {
                var rows = form.getRows();
                for (int i = 0; i < rows.size(); i++) {
                    var row = rows.get(i);
                    var violation = row == null || row.getId() == null
                            ? null
                            : refused.refusals().get(row.getId());
                    if (violation != null) {
                        errors.rejectValue(
                                "rows[" + i + "].rating",
                                violation.messageKey(),
                                violation.args(),
                                violation.messageKey());
                    }
                }
                errors.reject(
                        "evaluation.error.listRefused",
                        new Object[] {refused.refusals().size()},
                        null);
            } catch (BusinessRuleException e) {
                FormErrors.show(e, errors);
            }
        }
        return round(roundId, organization, scope, model);
    }

    @PostMapping("/{roundId}/close")
    String close(@PathVariable long roundId, Scope scope, RedirectAttributes redirect) {
        try {
            rounds.close(roundId, scope);
            redirect.addFlashAttribute("flash", "evaluation.flash.closed");
        } catch (BusinessRuleException refused) {
            FormErrors.flash(refused, redirect);
        }
        return "redirect:/app/evaluations/" + roundId;
    }

    /** The live cap: htmx polls the round's URL for this panel while ratings are being decided. */
    @HxRequest
    @GetMapping("/{roundId}/quota")
    String quota(@PathVariable long roundId, @RequestParam long organization, Scope scope, Model model) {
        model.addAttribute("round", evaluations.round(roundId, scope));
        model.addAttribute("quota", evaluations.quota(roundId, organization, scope));
        model.addAttribute("quotaOrganization", organization);
        return "evaluations/round :: quota";
    }

    @GetMapping("/{roundId}/export")
    ResponseEntity<byte[]> export(@PathVariable long roundId, @RequestParam long organization, Scope scope)
            throws IOException {
        var out = new ByteArrayOutputStream();
        documents.xlsx(roundId, organization, scope, out);
        return Downloads.of(
                "xep-loai-" + roundId + "-" + organization + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out.toByteArray());
    }

    @GetMapping("/{roundId}/print")
    ResponseEntity<byte[]> print(@PathVariable long roundId, @RequestParam long organization, Scope scope) {
        return Downloads.of(
                "danh-sach-xep-loai-" + roundId + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                documents.ratingList(roundId, organization, scope));
    }

    /** Numbers the committee's rating list in the register of issued documents (HD 36), once. */
    @PostMapping("/{roundId}/print/issue")
    String issueRatingList(
            @PathVariable long roundId, @RequestParam long organization, Scope scope, RedirectAttributes redirect) {
        try {
            documents.issueRatingList(roundId, organization, scope);
            redirect.addFlashAttribute("flash", "evaluation.flash.ratingListIssued");
        } catch (BusinessRuleException e) {
            FormErrors.flash(e, redirect);
        }
        return "redirect:/app/evaluations/" + roundId + "?organization=" + organization;
    }
}
