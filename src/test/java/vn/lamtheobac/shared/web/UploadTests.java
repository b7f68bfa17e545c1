package vn.lamtheobac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.shared.Scope;

/**
 * Every upload route (a directive's attachments, a session's evidence, the people import) refuses what is not what it
 * claims (a PNG named .docx), what is too large, a ZIP that unpacks to gigabytes (a 2 MB "DOCX" of zeros), and a
 * name with hidden text-direction characters; a path in a name is dropped. Nothing refused is stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadTests {

    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1
    };

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectiveManagement directives;

    TestTree tree;
    Scope officer;
    long draft;
    long issued;
    byte[] bomb;

    @BeforeAll
    void setUp() throws IOException {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        LocalDate today = TestClock.TODAY;
        draft = directives.draft(new DraftDirective(tree.city, content(today.plusDays(30))), officer);
        long toIssue = directives.draft(new DraftDirective(tree.city, content(today.plusDays(30))), officer);
        issued = directives
                .issue(
                        new IssueDirective(
                                toIssue, today, directives.get(toIssue, officer).version(), true),
                        officer)
                .id();
        bomb = zipOfZeros(2L * 1024 * 1024 * 1024);
    }

    DirectiveContent content(LocalDate deadline) {
        return new DirectiveContent(
                "KH",
                "Kế hoạch tải tệp " + tree.tag,
                "Nội dung.",
                null,
                null,
                deadline,
                TargetMode.LEVEL,
                "CELL",
                List.of());
    }

    /** A DOCX in form ([Content_Types].xml, word/document.xml) whose document is {@code size} zero bytes. */
    static byte[] zipOfZeros(long size) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    long storedFiles() {
        return jdbc.sql("select count(*) from document.files").query(Long.class).single();
    }

    MvcResult attach(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/app/directives/{id}/attachments", draft)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andReturn();
    }

    MvcResult evidence(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/app/directives/{id}/targets/{o}/sessions", issued, tree.cellA1)
                        .file(new MockMultipartFile("evidence", name, "application/octet-stream", content))
                        .param("heldOn", "01/12/2026")
                        .param("form", "CONFERENCE")
                        .param("notes", "Hội nghị quán triệt")
                        .param("invited[0]", "5")
                        .param("attended[0]", "5")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andReturn();
    }

    MvcResult importFile(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/app/people/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andReturn();
    }

    String attachmentError(MvcResult result) {
        Object key = result.getFlashMap().get("attachmentError");
        return key == null ? null : key.toString();
    }

    String message(String key, Object[] args) {
        return context.getMessage(key, args, Locale.forLanguageTag("vi"));
    }

    @Test
    void aZipBombIsRefusedAtEveryUploadBeforeItIsStored() throws Exception {
        assertThat(bomb.length).isLessThan(4 * 1024 * 1024);
        long before = storedFiles();

        var attached = attach("ke-hoach.docx", bomb);
        assertThat(attachmentError(attached)).isEqualTo("file.error.bomb");
        assertThat(message("file.error.bomb", (Object[]) attached.getFlashMap().get("attachmentErrorArgs")))
                .startsWith("Tệp «ke-hoach.docx» khi giải nén lớn bất thường");

        var recorded = evidence("bien-ban.docx", bomb);
        assertThat(recorded.getResponse().getStatus()).isEqualTo(200);
        assertThat(recorded.getResponse().getContentAsString()).contains("khi giải nén lớn bất thường");

        var imported = importFile("nhan-su.xlsx", bomb);
        assertThat(imported.getResponse().getStatus()).isEqualTo(200);
        assertThat(imported.getResponse().getContentAsString()).contains("khi giải nén lớn bất thường");

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(directives.sessions(issued, tree.cellA1, officer)).isEmpty();
    }

    @Test
    void aPngNamedDocxIsRefusedByItsContent() throws Exception {
        long before = storedFiles();
        assertThat(attachmentError(attach("bao-cao.docx", PNG))).isEqualTo("file.error.content");
        assertThat(evidence("bien-ban.docx", PNG).getResponse().getContentAsString())
                .contains("không phải là tệp DOCX hợp lệ");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aNameWithAHiddenDirectionOverrideIsRefusedEverywhere() throws Exception {
        String disguised = "report\u202Efdp.exe.pdf";
        long before = storedFiles();
        var attached = attach(disguised, "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(attachmentError(attached)).isEqualTo("file.error.name");
        assertThat(message("file.error.name", (Object[]) attached.getFlashMap().get("attachmentErrorArgs")))
                .contains("<U+202E>");
        assertThat(evidence(disguised, "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1))
                        .getResponse()
                        .getContentAsString())
                .contains("ký tự đảo chiều văn bản ẩn");
        assertThat(importFile("nhan\u202Esu.xlsx", PNG).getResponse().getContentAsString())
                .contains("ký tự đảo chiều văn bản ẩn");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aPathInTheNameIsDroppedAndOnlyTheNameKept() throws Exception {
        var attached = attach("../../../etc/ke-hoach.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(attachmentError(attached)).isNull();
        assertThat(directives.attachments(draft, officer))
                .extracting(f -> f.fileName())
                .contains("ke-hoach.pdf")
                .noneMatch(n -> n.contains("/") || n.contains(".."));
        attach("..\\..\\bao-cao.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(directives.attachments(draft, officer))
                .extracting(f -> f.fileName())
                .contains("bao-cao.pdf");
    }

    @Test
    void aFileOverTheLimitIsRefusedAtTheField() throws Exception {
        byte[] large = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 0, large, 0, 9);
        long before = storedFiles();
        assertThat(attachmentError(attach("lon.pdf", large))).isEqualTo("file.error.tooLarge");
        assertThat(importFile("lon.xlsx", large).getResponse().getContentAsString())
                .contains("20 MB");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheRequestLimitIs413WithAVietnameseMessage() throws Exception {
        byte[] huge = new byte[31 * 1024 * 1024];
        var page = mvc.perform(post("/app/people/import")
                        .contentType("multipart/form-data; boundary=ranh-gioi")
                        .content(huge)
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(413);
        assertThat(page.getErrorMessage()).isEqualTo("Mỗi lần gửi không được vượt quá 30 MB.");
        var api = mvc.perform(post("/api/v1/directives/{id}/attachments", draft)
                        .contentType("multipart/form-data; boundary=ranh-gioi")
                        .content(huge)
                        .with(user(tree.user("officer"))))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(413);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("Mỗi lần gửi không được vượt quá 30 MB.");
    }
}
