package vn.lamtheobac.people;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;

/** Writes the people a caller may export as XLSX, in the import template's columns. */
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
        try (var workbook = new PeopleWorkbook()) {
            people.export(query, scope, workbook::add);
            workbook.write(target.open());
        }
    }
}
