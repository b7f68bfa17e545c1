package vn.lamtheobac.directive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import vn.lamtheobac.directive.Attendance;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDissemination;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveCommands.RecordDissemination;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.DirectiveTracking;
import vn.lamtheobac.directive.DirectiveView;
import vn.lamtheobac.directive.DisseminationForm;
import vn.lamtheobac.directive.DisseminationManagement;
import vn.lamtheobac.directive.InboxItem;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.directive.Tracking;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.ApiVersions;

/** Directives over JSON. */
@Tag(name = "Directives")
@RestController
@RequestMapping("/api/v1")
class DirectiveApiController {

    private final DirectiveManagement directives;
    private final DisseminationManagement disseminations;
    private final DirectiveTracking tracking;

    DirectiveApiController(
            DirectiveManagement directives, DisseminationManagement disseminations, DirectiveTracking tracking) {
        this.tracking = tracking;
        this.directives = directives;
        this.disseminations = disseminations;
    }

    record DraftRequest(
            long issuingOrganizationId,
            String typeCode,
            String title,
            String summary,
            Long programmeId,
            Long themeId,
            LocalDate deadline,
            TargetMode targetMode,
            String targetLevel,
            Long targetRootId,
            List<Long> chosenTargetIds) {}

    record Created(long id) {}

    record IssueRequest(LocalDate issuedOn, Integer version, Boolean earlierDateConfirmed) {}

    record Issued(long id, int number, String symbol, String numberLine) {}

    record SessionRequest(
            long organizationId,
            LocalDate heldOn,
            DisseminationForm form,
            int[] invited,
            int[] attended,
            String notes) {}

    record CorrectionRequest(
            long organizationId,
            LocalDate heldOn,
            DisseminationForm form,
            int[] invited,
            int[] attended,
            String notes,
            String reason,
            Integer version) {}

    /** The tracking figures: every target under the node, and one line per child of the node. */
    record TrackingResponse(
            long node,
            String nodeName,
            int targets,
            int done,
            int doneLate,
            int overdue,
            int notYet,
            int percentDone,
            List<ChildLine> byChild,
            Attendance attendance) {}

    record ChildLine(
            long organizationId,
            String name,
            boolean self,
            int targets,
            int done,
            int doneLate,
            int overdue,
            int notYet,
            int percentDone) {}

    @Operation(summary = "Draft a directive (officers of the issuing committee)")
    @PostMapping("/directives")
    @ResponseStatus(HttpStatus.CREATED)
    Created draft(@RequestBody DraftRequest r, Scope scope) {
        return new Created(directives.draft(
                new DraftDirective(
                        r.issuingOrganizationId(),
                        new DirectiveContent(
                                r.typeCode(),
                                r.title(),
                                r.summary(),
                                r.programmeId(),
                                r.themeId(),
                                r.deadline(),
                                r.targetMode(),
                                r.targetLevel(),
                                r.targetRootId(),
                                r.chosenTargetIds() == null ? List.of() : r.chosenTargetIds())),
                scope));
    }

    @Operation(summary = "Issue a draft: allocates its party document number and fixes its targets")
    @PostMapping("/directives/{id}/issue")
    Issued issue(@PathVariable long id, @RequestBody(required = false) IssueRequest r, Scope scope) {
        int version = ApiVersions.required(r == null ? null : r.version());
        var issued = directives.issue(
                new IssueDirective(
                        id,
                        r == null ? null : r.issuedOn(),
                        version,
                        r != null && Boolean.TRUE.equals(r.earlierDateConfirmed())),
                scope);
        int number =
                Integer.parseInt(issued.symbol().substring(0, issued.symbol().indexOf('-')));
        return new Issued(issued.id(), number, issued.symbol(), issued.numberLine());
    }

    @Operation(summary = "One directive (its issuer's subtree, or a target in the caller's scope)")
    @GetMapping("/directives/{id}")
    DirectiveView get(@PathVariable long id, Scope scope) {
        return directives.get(id, scope);
    }

    @Operation(summary = "Dissemination progress under a node (the issuer by default), per child organisation")
    @GetMapping("/directives/{id}/tracking")
    TrackingResponse tracking(@PathVariable long id, @RequestParam(required = false) Long node, Scope scope) {
        Tracking t = tracking.tracking(id, node, scope);
        var total = t.total();
        return new TrackingResponse(
                t.nodeId(),
                t.nodeName(),
                total.targets(),
                total.done(),
                total.doneLate(),
                total.overdue(),
                total.notYet(),
                total.percentDone(),
                t.byChild().stream()
                        .map(c -> new ChildLine(
                                c.organizationId(),
                                c.name(),
                                c.self(),
                                c.progress().targets(),
                                c.progress().done(),
                                c.progress().doneLate(),
                                c.progress().overdue(),
                                c.progress().notYet(),
                                c.progress().percentDone()))
                        .toList(),
                t.attendance());
    }

    @Operation(summary = "Record a dissemination session of a target")
    @PostMapping("/directives/{id}/disseminations")
    @ResponseStatus(HttpStatus.CREATED)
    Created record(@PathVariable long id, @RequestBody SessionRequest r, Scope scope) {
        return new Created(disseminations.record(
                new RecordDissemination(
                        id,
                        r.organizationId(),
                        r.heldOn(),
                        r.form(),
                        new Attendance(r.invited(), r.attended()),
                        r.notes()),
                scope));
    }

    @Operation(summary = "Correct a recorded session of a target (with the reason and the version read); 409 if stale")
    @PutMapping("/directives/{id}/disseminations/{sessionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void correct(@PathVariable long id, @PathVariable long sessionId, @RequestBody CorrectionRequest r, Scope scope) {
        disseminations.correct(
                new CorrectDissemination(
                        id,
                        r.organizationId(),
                        sessionId,
                        r.heldOn(),
                        r.form(),
                        new Attendance(r.invited(), r.attended()),
                        r.notes(),
                        r.reason(),
                        ApiVersions.required(r.version())),
                null,
                null,
                scope);
    }

    @Operation(summary = "Directives the organisations in the caller's scope must disseminate")
    @GetMapping("/inbox")
    Paged<InboxItem> inbox(
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Scope scope) {
        return directives.inbox(!all, new PageRequest(page, size), scope);
    }
}
