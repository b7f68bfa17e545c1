package vn.lamtheobac.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.shared.Scope;

/** The organisation tree over JSON, within the caller's scope. */
@Tag(name = "Organisations")
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApiController {

    private final OrganizationManagement organizations;

    OrganizationApiController(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    @Operation(summary = "One organisation in the caller's scope (404 outside it)")
    @GetMapping("/{id}")
    OrganizationView get(@PathVariable long id, Scope scope) {
        return organizations.get(id, scope);
    }

    @Operation(summary = "Children of an organisation, or the topmost organisations of the caller's scope")
    @GetMapping
    List<OrganizationView> children(@RequestParam(required = false) Long parent, Scope scope) {
        return organizations.children(parent, scope);
    }
}
