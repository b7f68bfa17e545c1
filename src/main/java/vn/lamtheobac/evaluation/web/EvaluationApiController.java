package vn.lamtheobac.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.EvaluationRounds;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.Quota;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RoundView;
import vn.lamtheobac.evaluation.RuleSet;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.ApiVersions;

/** Evaluation rounds and ratings over JSON. A decision that breaks a rule answers 422 with the rule and its source. */
@Tag(name = "Evaluation")
@RestController
@RequestMapping("/api/v1")
class EvaluationApiController {

    private final EvaluationManagement evaluations;
    private final EvaluationRounds rounds;

    EvaluationApiController(EvaluationManagement evaluations, EvaluationRounds rounds) {
        this.evaluations = evaluations;
        this.rounds = rounds;
    }

    record RoundRequest(
            long organizationId,
            int year,
            RoundKind kind,
            RuleSet ruleSet,
            Boolean excellentCap,
            Boolean scoreFallsBack,
            String title) {}

    record Created(long id) {}

    /** Figures keep their decimals: 29.5 stays 29.5, and a second decimal is refused with a message. */
    record SelfAssessmentRequest(
            BigDecimal tasksCompletedPercent,
            BigDecimal commonScore,
            BigDecimal taskScore,
            BigDecimal tasksExceedingPercent,
            BigDecimal tasksLatePercent,
            Rating selfRating,
            String remarks,
            Integer version) {}

    record RatingRequest(Rating rating, String remarks, Integer version) {}

    @Operation(summary = "Open a round for a committee's subtree (officers of that committee)")
    @PostMapping("/evaluation-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    Created open(@RequestBody RoundRequest r, Scope scope) {
        return new Created(evaluations.open(
                new OpenRound(
                        r.organizationId(),
                        r.year(),
                        r.kind(),
                        r.ruleSet(),
                        r.excellentCap(),
                        r.scoreFallsBack(),
                        r.title()),
                scope));
    }

    @Operation(
            summary = "Close a round (the committee that opened it), once every evaluation in it is decided;"
                    + " 422 naming the units and members still undecided")
    @PostMapping("/evaluation-rounds/{id}/close")
    RoundView close(@PathVariable long id, Scope scope) {
        rounds.close(id, scope);
        return evaluations.round(id, scope);
    }

    @Operation(summary = "The members of a round under an organisation, with their self, proposed and decided ratings")
    @GetMapping("/evaluation-rounds/{id}/members")
    List<EvaluationView> members(@PathVariable long id, @RequestParam long organization, Scope scope) {
        return evaluations.members(id, organization, scope);
    }

    @Operation(
            summary =
                    "The 20% cap in the grassroots organisation of an organisation: good, excellent, excellentAllowed")
    @GetMapping("/evaluation-rounds/{id}/quota")
    Quota quota(@PathVariable long id, @RequestParam long organization, Scope scope) {
        return evaluations.quota(id, organization, scope);
    }

    @Operation(summary = "A member's (or an organisation's) self-assessment")
    @PutMapping("/evaluations/{id}/self-assessment")
    EvaluationView selfAssess(@PathVariable long id, @RequestBody SelfAssessmentRequest r, Scope scope) {
        evaluations.selfAssess(
                new SelfAssessment(
                        id,
                        r.tasksCompletedPercent(),
                        r.commonScore(),
                        r.taskScore(),
                        r.tasksExceedingPercent(),
                        r.tasksLatePercent(),
                        r.selfRating(),
                        r.remarks(),
                        version(id, r.version(), scope)),
                scope);
        return evaluations.get(id, scope);
    }

    @Operation(summary = "The cell's proposed rating for a member")
    @PutMapping("/evaluations/{id}/proposal")
    EvaluationView propose(@PathVariable long id, @RequestBody RatingRequest r, Scope scope) {
        evaluations.propose(new Proposal(id, r.rating(), r.remarks(), version(id, r.version(), scope)), scope);
        return evaluations.get(id, scope);
    }

    @Operation(summary = "The committee's decision; 422 with the rule and its source when a rule would be broken")
    @PutMapping("/evaluations/{id}/decision")
    EvaluationView decide(@PathVariable long id, @RequestBody RatingRequest r, Scope scope) {
        evaluations.decide(new Decision(id, r.rating(), r.remarks(), version(id, r.version(), scope)), scope);
        return evaluations.get(id, scope);
    }

    private static int version(long id, Integer given, Scope scope) {
        return ApiVersions.required(given);
    }
}
