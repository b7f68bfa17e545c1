package vn.lamtheobac.initiative.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.shared.Scope;

/** Writes the initiatives a caller may export as XLSX, with headers and labels in the caller's language. */
@Service
public class InitiativeExporting {

    /** Where the workbook goes; opened only once the caller's right to export has been checked. */
    @FunctionalInterface
    public interface Target {
        OutputStream open() throws IOException;
    }

    private final InitiativeReading reading;
    private final MessageSource messages;

    InitiativeExporting(InitiativeReading reading, MessageSource messages) {
        this.reading = reading;
        this.messages = messages;
    }

    /**
     * Checks the caller may export and collects the rows (spilling to a temporary file, not memory) before the target
     * is opened, so a refusal can still be answered with an error page.
     */
    public void writeXlsx(InitiativeQuery query, Locale locale, Scope scope, Target target) throws IOException {
        reading.requireExport(query, scope);
        try (var workbook = new InitiativeWorkbook(key -> messages.getMessage(key, null, key, locale))) {
            reading.export(query, scope, workbook::add);
            workbook.write(target.open());
        }
    }
}
