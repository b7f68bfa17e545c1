package vn.lamtheobac.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import org.springframework.stereotype.Service;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;

/**
 * Writes the people a caller may export as XLSX, laid out as the import template: the file can be edited and imported
 * back for the same people, whatever the names of their organisations (see {@link PeopleWorkbook}).
 */
@Service
public class PeopleExport {

    private final PersonManagement people;
    private final OrganizationManagement organizations;

    PeopleExport(PersonManagement people, OrganizationManagement organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    /** Where the workbook goes; opened only once the caller's right to export has been checked. */
    @FunctionalInterface
    public interface Target {
        OutputStream open() throws IOException;
    }

    /**
     * Checks the caller may export before any workbook is made, then collects the rows (spilling to a temporary file,
     * not memory) before the target is opened, so a refusal can still be answered with an error page.
     */
    public void writeXlsx(PeopleQuery query, Scope scope, Target target) throws IOException {
        organizations.requireExport(
                scope, query.organizationId(), Capability.EXPORT_PEOPLE, "person.error.exportNotAllowed");
        // one path per organisation, not per row: a list of thousands names a few dozen cells
        var paths = new HashMap<Long, String>();
        try (var workbook = new PeopleWorkbook()) {
            people.export(
                    query,
                    scope,
                    p -> workbook.add(
                            p, paths.computeIfAbsent(p.organizationId(), id -> organizations.pathName(id, scope))));
            workbook.write(target.open());
        }
    }
}
