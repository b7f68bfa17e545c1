package vn.lamtheobac.recognition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.recognition.CommendationQuery;
import vn.lamtheobac.recognition.CommendationView;
import vn.lamtheobac.recognition.DecisionManagement;
import vn.lamtheobac.recognition.DecisionView;
import vn.lamtheobac.recognition.MovementManagement;
import vn.lamtheobac.recognition.MovementView;
import vn.lamtheobac.recognition.NominationDetail;
import vn.lamtheobac.recognition.NominationManagement;
import vn.lamtheobac.recognition.NominationQueries;
import vn.lamtheobac.recognition.NomineeKind;
import vn.lamtheobac.recognition.RecognitionCommands.CreateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.Decide;
import vn.lamtheobac.recognition.RecognitionCommands.Nominate;
import vn.lamtheobac.recognition.RecognitionCommands.Review;
import vn.lamtheobac.recognition.RecognitionManagement;
import vn.lamtheobac.recognition.ReviewAction;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.ApiVersions;

/** Emulation and commendation over JSON. A rule refused answers 422 with its {@code rule} and {@code source}. */
@Tag(name = "Emulation and commendation")
@RestController
@RequestMapping("/api/v1")
class RecognitionApiController {

    private final RecognitionManagement recognition;
    private final DecisionManagement decisionManagement;
    private final MovementManagement movementManagement;
    private final NominationManagement nominationManagement;
    private final NominationQueries nominationQueries;

    RecognitionApiController(
            RecognitionManagement recognition,
            DecisionManagement decisionManagement,
            MovementManagement movementManagement,
            NominationManagement nominationManagement,
            NominationQueries nominationQueries) {
        this.recognition = recognition;
        this.decisionManagement = decisionManagement;
        this.movementManagement = movementManagement;
        this.nominationManagement = nominationManagement;
        this.nominationQueries = nominationQueries;
    }

    record MovementRequest(
            Long organizationId,
            String title,
            String criteria,
            LocalDate startsOn,
            LocalDate endsOn,
            Rating minimumRating) {}

    /** A proposal; {@code kind} defaults to INDIVIDUAL when a person is given, else COLLECTIVE. */
    record NominationRequest(
            Long movementId,
            NomineeKind kind,
            Long organizationId,
            Long personId,
            Integer year,
            String achievements,
            List<Long> initiativeIds,
            String proposedFormCode) {}

    record ReviewRequest(ReviewAction action, String reason, Integer version) {}

    record DecisionRequest(String formCode, LocalDate decidedOn, Boolean earlierDateConfirmed) {}

    record BatchDecisionRequest(
            List<Long> nominationIds, String formCode, LocalDate decidedOn, Boolean earlierDateConfirmed) {}

    record Created(long id) {}

    record Reviewed(long id, String status, long currentLevelOrganizationId) {}

    /** The number of a decision: "05-QĐ/TU" and the line the document prints, "Số 05-QĐ/TU". */
    record Decided(
            long decisionId, String symbol, String numberLine, LocalDate decidedOn, List<Long> commendationIds) {}

    @Operation(summary = "Emulation movements the caller takes part in or oversees, newest first")
    @GetMapping("/movements")
    List<MovementView> movements(Scope scope) {
        return movementManagement.movements(scope);
    }

    @Operation(summary = "Launch an emulation movement for a committee's subtree (officers of that committee)")
    @PostMapping("/movements")
    @ResponseStatus(HttpStatus.CREATED)
    Created createMovement(@RequestBody MovementRequest r, Scope scope) {
        return new Created(movementManagement.createMovement(
                new CreateMovement(
                        r.organizationId(), r.title(), r.criteria(), r.startsOn(), r.endsOn(), r.minimumRating()),
                scope));
    }

    @Operation(
            summary = "Propose a collective or an individual for commendation (record keepers of the nominee's"
                    + " organisation); 422 with rule and source when a rule of the law or of the movement refuses it")
    @PostMapping("/nominations")
    @ResponseStatus(HttpStatus.CREATED)
    Created nominate(@RequestBody NominationRequest r, Scope scope) {
        var kind = r.kind() != null ? r.kind() : r.personId() != null ? NomineeKind.INDIVIDUAL : NomineeKind.COLLECTIVE;
        return new Created(nominationManagement.nominate(
                new Nominate(
                        r.movementId(),
                        kind,
                        r.organizationId(),
                        r.personId(),
                        r.year(),
                        r.achievements(),
                        r.initiativeIds(),
                        r.proposedFormCode()),
                scope));
    }

    @Operation(summary = "One nomination with its evidence and timeline (404 outside the scope)")
    @GetMapping("/nominations/{id}")
    NominationDetail nomination(@PathVariable long id, Scope scope) {
        return nominationQueries.nomination(id, scope);
    }

    @Operation(
            summary = "A reviewing committee's step: APPROVE_UPWARD, RETURN (with a reason) or REJECT (with a reason);"
                    + " record keepers of the committee where the nomination waits")
    @PostMapping("/nominations/{id}/review")
    Reviewed review(@PathVariable long id, @RequestBody ReviewRequest r, Scope scope) {
        nominationManagement.review(new Review(id, r.action(), r.reason(), ApiVersions.required(r.version())), scope);
        var after = nominationQueries.nomination(id, scope);
        return new Reviewed(id, after.status().name(), after.currentLevelOrganizationId());
    }

    @Operation(
            summary = "The entitled committee decides one nomination: a party document number (QĐ) is allocated;"
                    + " formCode defaults to the proposed form, decidedOn to today")
    @PostMapping("/nominations/{id}/decision")
    Decided decide(@PathVariable long id, @RequestBody(required = false) DecisionRequest r, Scope scope) {
        return decided(decisionManagement.decide(
                new Decide(
                        List.of(id),
                        r == null ? null : r.formCode(),
                        r == null ? null : r.decidedOn(),
                        r != null && Boolean.TRUE.equals(r.earlierDateConfirmed())),
                scope));
    }

    @Operation(
            summary = "One decision, one number, for several nominations of one movement waiting at the same"
                    + " committee")
    @PostMapping("/nominations/decisions")
    Decided decideMany(@RequestBody BatchDecisionRequest r, Scope scope) {
        return decided(decisionManagement.decide(
                new Decide(
                        r.nominationIds(), r.formCode(), r.decidedOn(), Boolean.TRUE.equals(r.earlierDateConfirmed())),
                scope));
    }

    @Operation(
            summary = "Commendations in the caller's scope (an organisation's honour roll with its year), newest year"
                    + " first")
    @GetMapping("/commendations")
    Paged<CommendationView> commendations(
            @RequestParam(required = false) Long organization,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long movement,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope) {
        return recognition.commendations(
                new CommendationQuery(organization, year, movement, new PageRequest(page, size)), scope);
    }

    private static Decided decided(DecisionView decision) {
        return new Decided(
                decision.id(),
                decision.symbol(),
                decision.numberLine(),
                decision.decidedOn(),
                decision.commendationIds());
    }
}
