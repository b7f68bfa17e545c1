package vn.lamtheobac.initiative.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.InitiativeView;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Scope;

/** Models and actions over JSON. */
@Tag(name = "Initiatives")
@RestController
@RequestMapping("/api/v1/initiatives")
class InitiativeApiController {

    private final InitiativeManagement initiatives;

    InitiativeApiController(InitiativeManagement initiatives) {
        this.initiatives = initiatives;
    }

    /** A registration; {@code kind} defaults to INDIVIDUAL when a person is given, else COLLECTIVE. */
    record CreateRequest(
            InitiativeKind kind,
            Long organizationId,
            Long personId,
            InitiativeField field,
            Long themeId,
            Integer year,
            String title,
            String description,
            LocalDate startsOn,
            LocalDate endsOn,
            List<IndicatorRequest> indicators) {}

    record IndicatorRequest(String name, BigDecimal target, String unit) {}

    record ProgressRequest(LocalDate reportedOn, List<ValueRequest> values, String narrative) {}

    record ValueRequest(long indicatorId, BigDecimal value) {}

    record Created(long id) {}

    @Operation(
            summary = "Register a collective initiative (record keepers of the organisation) or an individual one"
                    + " (the person themself, or a record keeper of their organisation)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody CreateRequest r, Scope scope) {
        var kind = r.kind() != null
                ? r.kind()
                : r.personId() != null ? InitiativeKind.INDIVIDUAL : InitiativeKind.COLLECTIVE;
        var indicators = r.indicators() == null
                ? List.<IndicatorInput>of()
                : r.indicators().stream()
                        .map(i -> i == null
                                ? new IndicatorInput(null, null, null)
                                : new IndicatorInput(i.name(), i.target(), i.unit()))
                        .toList();
        return new Created(initiatives.register(
                new RegisterInitiative(
                        kind,
                        r.organizationId(),
                        r.personId(),
                        new InitiativeContent(
                                r.field(),
                                r.themeId(),
                                r.year(),
                                r.title(),
                                r.description(),
                                r.startsOn(),
                                r.endsOn(),
                                indicators)),
                scope));
    }

    @Operation(summary = "Report progress: a value per indicator; the first update starts a registered initiative")
    @PostMapping("/{id}/progress")
    @ResponseStatus(HttpStatus.CREATED)
    Created progress(@PathVariable long id, @RequestBody ProgressRequest r, Scope scope) {
        var values = r.values() == null
                ? List.<IndicatorValue>of()
                : r.values().stream()
                        .map(v -> new IndicatorValue(v.indicatorId(), v.value()))
                        .toList();
        return new Created(
                initiatives.reportProgress(new ReportProgress(id, r.reportedOn(), values, r.narrative()), scope));
    }

    @Operation(
            summary = "Initiatives in the caller's scope, good models recognised above it and the caller's own;"
                    + " q searches titles ignoring case and diacritics")
    @GetMapping
    Paged<InitiativeView> list(@ParameterObject ListFilter filter, Scope scope) {
        return initiatives.list(filter.query(true), scope);
    }

    @Operation(
            summary = "One initiative with its indicators, progress bars and progress history (404 outside the scope)")
    @GetMapping("/{id}")
    InitiativeDetail get(@PathVariable long id, Scope scope) {
        return initiatives.get(id, scope);
    }
}
