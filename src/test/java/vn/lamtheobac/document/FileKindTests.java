package vn.lamtheobac.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Files are recognised by their content, never by their name. */
class FileKindTests {

    static final byte[] WINDOWS_EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF
    };

    @Test
    void recognisesTheAcceptedKinds() throws Exception {
        assertThat(FileKind.sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileKind.PDF);
        assertThat(FileKind.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileKind.JPEG);
        assertThat(FileKind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(FileKind.PNG);
        try (var docx = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText("Kế hoạch");
            docx.write(out);
            assertThat(FileKind.sniff(out.toByteArray())).contains(FileKind.DOCX);
        }
        try (var xlsx = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            xlsx.createSheet("Danh sách");
            xlsx.write(out);
            assertThat(FileKind.sniff(out.toByteArray())).contains(FileKind.XLSX);
        }
    }

    @Test
    void aRenamedExecutableIsNothingWeAccept() {
        assertThat(FileKind.byName("ke-hoach.pdf")).contains(FileKind.PDF);
        assertThat(FileKind.sniff(WINDOWS_EXECUTABLE)).isEmpty();
        assertThat(FileKind.sniff("<html><script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
