package vn.lamtheobac.people;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import vn.lamtheobac.shared.Scope;

/** Writes the people a caller may export as XLSX, in the import template's columns. */
@Service
public class PeopleExport {

    private final PersonManagement people;

    PeopleExport(PersonManagement people) {
        this.people = people;
    }

    /** Checks the caller may export before anything is written, then streams the workbook to {@code out}. */
    public void writeXlsx(PeopleQuery query, Scope scope, OutputStream out) throws IOException {
        try (var workbook = new PeopleWorkbook()) {
            people.export(query, scope, workbook::add);
            workbook.write(out);
        }
    }
}
