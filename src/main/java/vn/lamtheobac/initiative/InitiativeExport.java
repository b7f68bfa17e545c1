package vn.lamtheobac.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.lamtheobac.initiative.internal.InitiativeExporting;
import vn.lamtheobac.shared.Scope;

/** Writes the initiatives a caller may export as XLSX, with headers and labels in the caller's language. */
@Service
public class InitiativeExport {

    private final InitiativeExporting exporting;

    InitiativeExport(InitiativeExporting exporting) {
        this.exporting = exporting;
    }

    /** Where the workbook goes; opened only once the caller's right to export has been checked. */
    @FunctionalInterface
    public interface Target {
        OutputStream open() throws IOException;
    }

    /**
     * Checks the caller may export and collects the rows (spilling to a temporary file, not memory) before the target
     * is opened, so a refusal can still be answered with an error page.
     */
    public void writeXlsx(InitiativeQuery query, Locale locale, Scope scope, Target target) throws IOException {
        exporting.writeXlsx(query, locale, scope, target::open);
    }
}
