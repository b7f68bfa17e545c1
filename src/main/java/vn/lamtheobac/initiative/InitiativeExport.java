package vn.lamtheobac.initiative;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.lamtheobac.shared.Scope;

/** Writes the initiatives a caller may export as XLSX, with headers and labels in the caller's language. */
@Service
public class InitiativeExport {

    private final InitiativeManagement initiatives;
    private final MessageSource messages;

    InitiativeExport(InitiativeManagement initiatives, MessageSource messages) {
        this.initiatives = initiatives;
        this.messages = messages;
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
        try (var workbook = new InitiativeWorkbook(key -> messages.getMessage(key, null, key, locale))) {
            initiatives.export(query, scope, workbook::add);
            workbook.write(target.open());
        }
    }
}
