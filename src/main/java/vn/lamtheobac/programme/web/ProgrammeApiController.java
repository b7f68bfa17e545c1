package vn.lamtheobac.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.programme.ProgrammeCommands.AddTheme;
import vn.lamtheobac.programme.ProgrammeCommands.CreateProgramme;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ProgrammeView;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.programme.ThemeView;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;

/** Programmes and themes over JSON. */
@Tag(name = "Programmes")
@RestController
@RequestMapping("/api/v1")
class ProgrammeApiController {

    private final ProgrammeManagement programmes;
    private final OrganizationManagement organizations;

    ProgrammeApiController(ProgrammeManagement programmes, OrganizationManagement organizations) {
        this.programmes = programmes;
        this.organizations = organizations;
    }

    record Created(long id) {}

    record ThemeRequest(
            long organizationId, ThemeKind kind, Integer year, String title, String description, Long parentId) {}

    record ProgrammeDetail(ProgrammeView programme, List<ThemeView> themes) {}

    @Operation(summary = "Programmes the caller sees: their subtree's and those of committees above them")
    @GetMapping("/programmes")
    List<ProgrammeView> list(Scope scope) {
        return programmes.list(scope);
    }

    @Operation(summary = "A programme with the themes the caller sees")
    @GetMapping("/programmes/{id}")
    ProgrammeDetail get(@PathVariable long id, Scope scope) {
        return new ProgrammeDetail(programmes.get(id, scope), programmes.themes(id, scope));
    }

    @Operation(summary = "Create a programme run by a committee the caller is an officer of")
    @PostMapping("/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody CreateProgramme command, Scope scope) {
        return new Created(programmes.create(command, scope));
    }

    @Operation(summary = "Add a whole-term or annual theme (optionally under a superior committee's annual theme)")
    @PostMapping("/programmes/{id}/themes")
    @ResponseStatus(HttpStatus.CREATED)
    Created addTheme(@PathVariable long id, @RequestBody ThemeRequest request, Scope scope) {
        return new Created(programmes.addTheme(
                new AddTheme(
                        id,
                        request.organizationId(),
                        request.kind(),
                        request.year(),
                        request.title(),
                        request.description(),
                        request.parentId()),
                scope));
    }

    @Operation(summary = "The themes that apply to an organisation in a year (its own and its superiors')")
    @GetMapping("/themes")
    List<ThemeView> themesFor(@RequestParam long organization, @RequestParam int year, Scope scope) {
        organizations.get(organization, scope, Capability.READ);
        return programmes.themesFor(organization, year);
    }
}
