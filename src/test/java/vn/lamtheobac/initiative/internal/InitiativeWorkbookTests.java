package vn.lamtheobac.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An export of models closed before it was written (refused, failed half-way) leaves no stack trace in the log. */
@ExtendWith(OutputCaptureExtension.class)
class InitiativeWorkbookTests {

    @Test
    void aWorkbookClosedUnwrittenLogsNoStackTrace(CapturedOutput output) throws Exception {
        try (var workbook = new InitiativeWorkbook(UnaryOperator.identity())) {
            assertThat(workbook).isNotNull();
        }
        assertThat(output.getAll()).doesNotContain("Stream closed").doesNotContain("Failed to dispose");
    }
}
