package vn.lamtheobac.commitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.commitment.CommitmentCommands.Assess;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.commitment.CommitmentReview;
import vn.lamtheobac.commitment.CommitmentRow;
import vn.lamtheobac.commitment.CommitmentStatus;
import vn.lamtheobac.commitment.CommitmentView;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.ApiVersions;

/** Commitments over JSON. */
@Tag(name = "Commitments")
@RestController
@RequestMapping("/api/v1/commitments")
class CommitmentApiController {

    private final CommitmentManagement commitments;
    private final CommitmentReview review;
    private final Clock clock;

    CommitmentApiController(CommitmentManagement commitments, CommitmentReview review, Clock clock) {
        this.review = review;
        this.commitments = commitments;
        this.clock = clock;
    }

    record Draft(List<ItemDraft> items, Integer version) {}

    record Version(Integer version) {}

    /** The cell's result per item id (every item), a comment per item, the overall outcome and assessment. */
    record Assessment(
            Map<Long, ItemResult> results,
            Map<Long, String> comments,
            ItemResult outcome,
            String assessment,
            Integer version) {}

    @Operation(summary = "The caller's own commitment for a year (an empty one when not written yet)")
    @GetMapping("/mine")
    CommitmentView mine(@RequestParam(required = false) Integer year, Scope scope) {
        return commitments.mine(year == null ? VietnamTime.today(clock).getYear() : year, scope);
    }

    @Operation(summary = "Write the caller's draft for a year; a stale version answers 409")
    @PutMapping("/mine")
    CommitmentView write(@RequestParam(required = false) Integer year, @RequestBody Draft draft, Scope scope) {
        if (scope.personId() == null) {
            throw new BusinessRuleException("commitment.error.noPerson");
        }
        int y = year == null ? VietnamTime.today(clock).getYear() : year;
        int version = ApiVersions.required(draft.version());
        long id = commitments.write(new WriteCommitment(scope.personId(), y, draft.items(), version), scope);
        return commitments.get(id, scope);
    }

    @Operation(summary = "Submit a draft to the cell")
    @PostMapping("/{id}/submit")
    CommitmentView submit(@PathVariable long id, @RequestBody(required = false) Version version, Scope scope) {
        int v = ApiVersions.required(version == null ? null : version.version());
        commitments.submit(id, v, scope);
        return commitments.get(id, scope);
    }

    @Operation(
            summary = "The cell's assessment of a self-assessed commitment: a result for every item and the outcome;"
                    + " a stale version answers 409, a refused step 422, one's own commitment 403")
    @PostMapping("/{id}/assess")
    CommitmentView assess(@PathVariable long id, @RequestBody Assessment body, Scope scope) {
        int v = ApiVersions.required(body.version());
        review.assess(new Assess(id, body.results(), body.comments(), body.outcome(), body.assessment(), v), scope);
        return commitments.get(id, scope);
    }

    @Operation(summary = "Everyone under an organisation who owes a commitment for a year, with its status")
    @GetMapping
    List<CommitmentRow> list(
            @RequestParam long organization,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) CommitmentStatus status,
            Scope scope) {
        return commitments.rows(
                organization, year == null ? VietnamTime.today(clock).getYear() : year, status, scope);
    }
}
