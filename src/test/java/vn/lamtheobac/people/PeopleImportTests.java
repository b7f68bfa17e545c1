package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/**
 * The XLSX import: the whole file is checked first, every problem is named by row and column, nothing is written
 * unless the whole file is valid, and importing the same file again changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PeopleImport imports;

    @Autowired
    PersonManagement people;

    TestTree tree;
    Scope officer;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
    }

    /** A template-shaped workbook with the given data rows (each a row of 11 cells, {@code null} for empty). */
    byte[] workbook(List<String[]> rows) throws IOException {
        try (var template = new XSSFWorkbook(new ByteArrayInputStream(imports.template()));
                var out = new ByteArrayOutputStream()) {
            var sheet = template.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            template.write(out);
            return out.toByteArray();
        }
    }

    String[] row(String name, String category, String born, String nationalId, String card, String organization) {
        return new String[] {
            name,
            "Nam",
            born,
            category,
            nationalId,
            card,
            card == null ? null : "03/02/2010",
            "Đảng viên",
            null,
            null,
            organization
        };
    }

    String cellA2() {
        return "Chi bộ Văn phòng " + tree.tag;
    }

    ImportJobView run(byte[] file) {
        return awaitFinished(imports.start("danh-sach.xlsx", file, officer));
    }

    /** The job once the background work has finished with it (an import runs off the request thread). */
    ImportJobView awaitFinished(long id) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> imports.get(id, officer), job -> job.status().finished());
    }

    long peopleInCellA2() {
        return people.list(new PeopleQuery(null, tree.cellA2, null, new PageRequest(0, 1)), tree.system)
                .page()
                .totalElements();
    }

    @Test
    void aValidFileIsWrittenAndAReimportChangesNothing() throws Exception {
        String id1 = TestTree.nationalId();
        String id2 = TestTree.nationalId();
        String card2 = TestTree.cardNumber();
        var file = workbook(List.of(
                row("Tô Thị Mỹ Duyên", "Công chức, viên chức", "12/03/1991", id1, null, cellA2()),
                row("Lâm Văn Phúc", "dang vien chinh thuc", "01/01/1975", id2, card2, cellA2().toUpperCase())));
        long before = peopleInCellA2();

        var first = run(file);
        assertThat(first.status()).isEqualTo(ImportStatus.DONE);
        assertThat(first.errors()).isEmpty();
        assertThat(first.createdCount()).isEqualTo(2);
        assertThat(first.percent()).isEqualTo(100);
        assertThat(peopleInCellA2()).isEqualTo(before + 2);

        var again = run(file);
        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.createdCount()).isZero();
        assertThat(again.updatedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(2);
        assertThat(peopleInCellA2()).isEqualTo(before + 2);
        var found = people.list(new PeopleQuery("lam van phuc", tree.cellA2, null, new PageRequest(0, 5)), tree.system);
        assertThat(found.content()).extracting(PersonSummary::fullName).containsExactly("Lâm Văn Phúc");
        assertThat(found.content().get(0).category()).isEqualTo(PersonCategory.PARTY_MEMBER_OFFICIAL);
    }

    @Test
    void aFileWithErrorsIsRejectedWholeWithEachErrorAtItsRowAndColumn() throws Exception {
        String duplicateCard = TestTree.cardNumber();
        var rows = new ArrayList<String[]>();
        rows.add(row(
                "Ngô Văn Hùng",
                "Đảng viên chính thức",
                "05/06/1980",
                TestTree.nationalId(),
                TestTree.cardNumber(),
                cellA2()));
        rows.add(row(
                null, "Đảng viên chính thức", "05/06/1980", TestTree.nationalId(), TestTree.cardNumber(), cellA2()));
        rows.add(row("Bùi Thị Lan", "Đoàn viên", "31/02/1999", TestTree.nationalId(), null, cellA2()));
        rows.add(row(
                "Dương Văn Tài", "Đảng viên chính thức", "05/06/1980", TestTree.nationalId(), duplicateCard, cellA2()));
        rows.add(row(
                "Lý Văn Tài", "Đảng viên chính thức", "05/06/1981", TestTree.nationalId(), duplicateCard, cellA2()));
        rows.add(row(
                "Trương Văn Hải",
                "Đảng viên chính thức",
                "05/06/1980",
                TestTree.nationalId(),
                TestTree.cardNumber(),
                "Chi bộ không tồn tại " + tree.tag));
        rows.add(row("Mai Thị Thu", "Hội viên", "05/06/1980", null, null, cellA2()));
        long before = peopleInCellA2();

        var job = run(workbook(rows));

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.errors())
                .extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "A", "import.error.required"),
                        org.assertj.core.groups.Tuple.tuple(4, "C", "import.error.date"),
                        org.assertj.core.groups.Tuple.tuple(6, "F", "import.error.duplicateInFile"),
                        org.assertj.core.groups.Tuple.tuple(7, "K", "import.error.organizationUnknown"),
                        org.assertj.core.groups.Tuple.tuple(8, "E", "import.error.noKey"));
        assertThat(peopleInCellA2()).isEqualTo(before);

        String page = mvc.perform(get("/app/people/import/{id}", job.id()).with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Thiếu thông tin bắt buộc")
                .contains("trùng với dòng 5")
                .contains("31/02/1999")
                .contains("chưa ghi dòng nào");
    }

    /**
     * Issue 11 §1.5 in the import: a row whose national ID belongs to someone outside the importing office's scope is
     * imported like a row with a new number; the report does not reveal that the number exists.
     */
    @Test
    void aRowWithANumberHeldOutsideTheScopeIsImportedLikeANewOne() throws Exception {
        var existing = people.getForEdit(tree.personA1, tree.system);
        String cellB1 = "Chi bộ khu vực 1 " + tree.tag;
        var file = workbook(List.of(
                row("Hồ Văn Thịnh", "Công chức, viên chức", "12/03/1991", existing.nationalId(), null, cellB1),
                row("Hồ Văn Vượng", "Công chức, viên chức", "12/03/1992", TestTree.nationalId(), null, cellB1)));
        Scope wardB = tree.scope("officerb");

        long id = imports.start("b.xlsx", file, wardB);
        var job = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> imports.get(id, wardB), j -> j.status().finished());

        assertThat(job.errors()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdCount()).isEqualTo(2);
        assertThat(people.getForEdit(tree.personA1, tree.system).organizationId())
                .isEqualTo(tree.cellA1);
    }

    @Test
    void aWorkbookOfAnotherShapeIsAWrongTemplate() throws Exception {
        byte[] file;
        try (var other = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = other.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("STT");
            sheet.createRow(1).createCell(0).setCellValue("1");
            other.write(out);
            file = out.toByteArray();
        }
        var job = run(file);
        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.errors()).extracting(ImportError::messageKey).containsExactly("import.error.template");
    }

    @Test
    void somethingThatIsNotAWorkbookIsSaidSo() throws Exception {
        var job = run("Họ và tên;Ngày sinh\nNguyễn An;01/01/1990".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(job.errors()).extracting(ImportError::messageKey).containsExactly("import.error.notXlsx");
    }

    /**
     * Issue 12: from the page, a valid file waits for its uploader, who sees per row what will change and confirms it;
     * nothing is written before.
     */
    @Test
    void uploadingRedirectsToAProgressPageThatHtmxPollsThenShowsTheChangesToConfirm() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "danh-sach.xlsx",
                null,
                workbook(List.<String[]>of(row(
                        "Kiều Văn Nam",
                        "Đảng viên chính thức",
                        "02/09/1970",
                        TestTree.nationalId(),
                        TestTree.cardNumber(),
                        cellA2()))));
        String location = mvc.perform(
                        multipart("/app/people/import").file(file).with(csrf()).with(user(tree.user("officer"))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/app/people/import/\\d+");
        mvc.perform(get(location).header("HX-Request", "true").with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"progress\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        // another user cannot follow this job
        mvc.perform(get(location).with(user(tree.user("viewer")))).andExpect(status().isNotFound());
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var ready = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> imports.get(id, officer), job -> job.status() == ImportStatus.READY);
        assertThat(ready.createdCount()).isEqualTo(1);
        long before = peopleInCellA2();
        // the poll that sees the check over reloads the page, which shows the change to confirm
        mvc.perform(get(location).header("HX-Request", "true").with(user(tree.user("officer"))))
                .andExpect(header().string("HX-Refresh", "true"));
        mvc.perform(get(location).with(user(tree.user("officer"))))
                .andExpect(content().string(Matchers.containsString("Kiều Văn Nam")))
                .andExpect(content().string(Matchers.containsString("Thêm mới")))
                .andExpect(content().string(Matchers.containsString("id=\"confirm-import\"")));
        assertThat(peopleInCellA2())
                .as("nothing is written before the confirmation")
                .isEqualTo(before);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(location + "/confirm")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().is3xxRedirection());
        var job = awaitFinished(id);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdCount()).isEqualTo(1);
        assertThat(peopleInCellA2()).isEqualTo(before + 1);
    }

    /** Issue 12 (API): upload, then the job with every error by row, column and message, then the copy with errors. */
    @Test
    void theApiTakesAFileAndGivesEveryErrorWithItsRowColumnAndMessage() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "api.xlsx",
                null,
                workbook(List.<String[]>of(
                        row("Tống Văn Hải", "Đoàn viên", "01/13/1990", TestTree.nationalId(), null, cellA2()),
                        row("Tống Văn Hà", "Đoàn viên", "01/12/1990", "12345", null, cellA2()))));
        String body = mvc.perform(multipart("/api/v1/people/imports")
                        .file(file)
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll("\\D+", ""));
        awaitFinished(id);

        mvc.perform(get("/api/v1/people/imports/{id}", id).with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("REJECTED"))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors.length()")
                                .value(2))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].row")
                        .value(2))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].column")
                                .value("C"))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[1].column")
                                .value("E"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.errors[0].message")
                        .value(Matchers.containsString("01/13/1990")));
        mvc.perform(get("/api/v1/people/imports/{id}/errors.xlsx", id).with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("api-loi.xlsx")));
    }

    /** An import job is its uploader's own: to anyone else, on the page or the API, it does not exist. */
    @Test
    void onlyTheUploaderFollowsConfirmsOrDownloadsAJob() throws Exception {
        var rows = List.<String[]>of(
                row("Mạc Văn Hiếu", "Đoàn viên", "30/02/1999", TestTree.nationalId(), null, cellA2()));
        var refused = run(workbook(rows));
        assertThat(refused.status()).isEqualTo(ImportStatus.REJECTED);
        long ready = imports.start(
                "cho.xlsx",
                workbook(List.<String[]>of(
                        row("Mạc Văn Hiền", "Đoàn viên", "20/02/1999", TestTree.nationalId(), null, cellA2()))),
                officer,
                true);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> imports.get(ready, officer).status() == ImportStatus.READY);
        for (var stranger : List.of("officerb", "viewer", "admin")) {
            var other = user(tree.user(stranger));
            mvc.perform(get("/app/people/import/{id}/errors.xlsx", refused.id()).with(other))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/people/imports/{id}", refused.id()).with(other))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/people/imports/{id}/errors.xlsx", refused.id())
                            .with(other))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/app/people/import/{id}/confirm", ready)
                            .with(csrf())
                            .with(other))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/people/imports/{id}/confirm", ready)
                            .with(csrf())
                            .with(other))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/app/people/import/{id}/cancel", ready)
                            .with(csrf())
                            .with(other))
                    .andExpect(status().isNotFound());
        }
        assertThat(imports.get(ready, officer).status()).isEqualTo(ImportStatus.READY);
        mvc.perform(get("/app/people/import/{id}/errors.xlsx", refused.id()).with(user(tree.user("officer"))))
                .andExpect(status().isOk());
    }

    @Test
    void theTemplateDownloadsWithItsVietnameseName() throws Exception {
        mvc.perform(get("/app/people/import/template").with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("mau-nhap-nhan-su.xlsx")));
    }
}
