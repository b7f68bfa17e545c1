package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An export that fails after its workbook was started (a refusal, a lost connection) closes the workbook unwritten:
 * nothing is logged, where POI's close alone logged "Failed to dispose sheet … Stream closed" with a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class PeopleWorkbookTests {

    @Test
    void aWorkbookClosedUnwrittenLogsNoStackTrace(CapturedOutput output) throws Exception {
        try (var workbook = new PeopleWorkbook()) {
            assertThat(workbook).isNotNull();
        }
        assertThat(output.getAll()).doesNotContain("Stream closed").doesNotContain("Failed to dispose");
    }
}
