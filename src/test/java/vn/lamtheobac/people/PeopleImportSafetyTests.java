package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/**
 * Issue 12: files built from the system's own template, as a records officer fills them, never lose or corrupt what is
 * on record — blank cells, formulas, decomposed Unicode, numbers typed as numbers, long error lists, large files.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleImportSafetyTests {

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
    ImportFiles files;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        files = new ImportFiles(imports.template());
    }

    String cellA2() {
        return "Chi bộ Văn phòng " + tree.tag;
    }

    ImportJobView run(byte[] file) {
        long id = imports.start("danh-sach.xlsx", file, officer);
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> imports.get(id, officer), job -> job.status().finished());
    }

    /** A party member with every field filled in, in cell A2. */
    PersonView fullRecord(String name) {
        long id = people.register(
                new RegisterPerson(
                        new PersonDetails(
                                PersonCategory.PARTY_MEMBER_OFFICIAL,
                                name,
                                Gender.FEMALE,
                                LocalDate.of(1980, 5, 6),
                                TestTree.nationalId(),
                                TestTree.cardNumber(),
                                LocalDate.of(2010, 3, 2),
                                "Phó bí thư chi bộ",
                                "0912345678",
                                "a@example.vn"),
                        tree.cellA2,
                        null),
                tree.system);
        return people.getForEdit(id, tree.system);
    }

    @Test
    void blankCellsKeepWhatIsOnRecord() {
        var before = fullRecord("Phan Thị Hoà");
        var file = files.of(List.<String[]>of(ImportFiles.row(
                "Phan Thị Hoà",
                null,
                null,
                "Đảng viên chính thức",
                null,
                before.partyCardNumber(),
                null,
                null,
                null,
                cellA2())));

        var job = run(file);

        assertThat(job.errors()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.unchangedCount()).isEqualTo(1);
        assertThat(job.updatedCount()).isZero();
        assertThat(people.getForEdit(before.id(), tree.system)).isEqualTo(before);
    }

    @Test
    void theClearMarkerEmptiesOnlyItsCell() {
        var before = fullRecord("Đinh Thị Thuý");
        var file = files.of(List.<String[]>of(ImportFiles.row(
                "Đinh Thị Thuý",
                null,
                null,
                "Đảng viên chính thức",
                null,
                before.partyCardNumber(),
                null,
                "xoá",
                "XÓA",
                cellA2())));

        var job = run(file);

        assertThat(job.errors()).isEmpty();
        assertThat(job.updatedCount()).isEqualTo(1);
        var after = people.getForEdit(before.id(), tree.system);
        assertThat(after.phone()).isNull();
        assertThat(after.position()).isNull();
        assertThat(after.nationalId()).isEqualTo(before.nationalId());
        assertThat(after.dateOfBirth()).isEqualTo(before.dateOfBirth());
        assertThat(after.email()).isEqualTo(before.email());
    }

    @Test
    void aFormulaIsReadAsTheValueExcelSavedWithIt() {
        String nationalId = TestTree.nationalId();
        var file = files.of(
                List.<String[]>of(ImportFiles.row(
                        "=\"Nguyễn Văn \"&\"Bình\"",
                        "Nam",
                        "02/09/1975",
                        "Công chức, viên chức",
                        nationalId,
                        null,
                        null,
                        null,
                        null,
                        cellA2())),
                ImportFilesCells::formulaOrText,
                true);

        var job = run(file);

        assertThat(job.errors()).isEmpty();
        assertThat(job.createdCount()).isEqualTo(1);
        assertThat(found(nationalId)).extracting(PersonSummary::fullName).containsExactly("Nguyễn Văn Bình");
    }

    @Test
    void aFormulaWithoutASavedValueIsRefusedAtItsCell() {
        var file = files.of(
                List.<String[]>of(ImportFiles.row(
                        "=\"Nguyễn Văn \"&\"Bình\"",
                        "Nam",
                        "02/09/1975",
                        "Công chức, viên chức",
                        TestTree.nationalId(),
                        null,
                        null,
                        null,
                        null,
                        cellA2())),
                ImportFilesCells::formulaOrText,
                false);

        var job = run(file);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.errors())
                .extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "A", "import.error.formulaWithoutValue"));
    }

    @Test
    void decomposedUnicodeNamesAreTheSamePeople() {
        String id1 = TestTree.nationalId();
        String id2 = TestTree.nationalId();
        List<String[]> composed = List.of(
                ImportFiles.row(
                        "Nguyễn Thị Ánh Tuyết", "Nữ", "01/02/1990", "Đoàn viên", id1, null, null, null, null, cellA2()),
                ImportFiles.row(
                        "Trương Quốc Việt", "Nam", "01/02/1991", "Đoàn viên", id2, null, null, null, null, cellA2()));
        List<String[]> decomposed = composed.stream()
                .map(r -> java.util.Arrays.stream(r)
                        .map(v -> v == null ? null : Normalizer.normalize(v, Normalizer.Form.NFD))
                        .toArray(String[]::new))
                .toList();
        assertThat(decomposed.get(0)[0]).isNotEqualTo(composed.get(0)[0]);

        assertThat(run(files.of(composed)).createdCount()).isEqualTo(2);
        var again = run(files.of(decomposed));
        var third = run(files.of(composed));

        assertThat(again.errors()).isEmpty();
        assertThat(again.updatedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(2);
        assertThat(third.unchangedCount()).isEqualTo(2);
        assertThat(found(id1)).extracting(PersonSummary::fullName).containsExactly("Nguyễn Thị Ánh Tuyết");
    }

    @Test
    void invisibleCharactersInNamesAndNumbersAreRemoved() {
        String nationalId = TestTree.nationalId();
        var file = files.of(List.<String[]>of(ImportFiles.row(
                "Hà\u00a0Văn\u200b Lộc",
                "Nam",
                "01/02/1990",
                "Đoàn viên",
                "\u200b" + nationalId.substring(0, 4) + "\u200b" + nationalId.substring(4) + "\u00a0",
                null,
                null,
                null,
                null,
                cellA2())));

        var job = run(file);

        assertThat(job.errors()).isEmpty();
        assertThat(found(nationalId)).extracting(PersonSummary::fullName).containsExactly("Hà Văn Lộc");
    }

    @Test
    void numbersTypedAsNumbersAreReadAsTheyAreShown() {
        var file = files.of(
                List.<String[]>of(ImportFiles.row(
                        "Lương Văn Sơn",
                        "Nam",
                        "01/02/1990",
                        "Đoàn viên",
                        "#000000000000:1085000123",
                        null,
                        null,
                        null,
                        "#0000000000:912345678",
                        cellA2())),
                ImportFilesCells::formattedNumberOrText);

        var job = run(file);

        assertThat(job.errors()).isEmpty();
        var stored = found("001085000123");
        assertThat(stored).hasSize(1);
        assertThat(people.getForEdit(stored.get(0).id(), tree.system).phone()).isEqualTo("0912345678");
    }

    @Test
    void everyErrorIsListedByRowAndTheFileComesBackWithAnErrorColumn() throws Exception {
        var rows = new ArrayList<String[]>();
        for (int i = 0; i < 700; i++) {
            rows.add(ImportFiles.row(
                    "Tạ Văn Số " + i,
                    "Nam",
                    "31/02/1990",
                    "Đoàn viên",
                    TestTree.nationalId(),
                    null,
                    null,
                    null,
                    null,
                    cellA2()));
        }

        var job = run(files.of(rows));

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.errors()).hasSize(700);
        assertThat(job.errors())
                .extracting(ImportError::row)
                .isSorted()
                .startsWith(2, 3)
                .endsWith(701);
        byte[] copy = mvc.perform(
                        get("/app/people/import/{id}/errors.xlsx", job.id()).with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(copy))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            int errorColumn = PeopleImportColumns.values().length;
            assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(errorColumn)))
                    .isEqualTo("Lỗi");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Tạ Văn Số 0");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(errorColumn)))
                    .contains("C:")
                    .contains("31/02/1990");
            assertThat(sheet.getLastRowNum()).isEqualTo(700);
            // corrected in that copy, its error column left in place, the file goes back in as it is
            for (int r = 1; r <= 700; r++) {
                sheet.getRow(r).getCell(2).setCellValue("28/02/1990");
            }
            var fixed = new java.io.ByteArrayOutputStream();
            workbook.write(fixed);
            var again = run(fixed.toByteArray());
            assertThat(again.errors()).isEmpty();
            assertThat(again.createdCount()).isEqualTo(700);
        }
    }

    @Test
    void aFileOfSixtyThousandRowsIsImportedAndItsProgressMovesWhileItIsChecked() {
        long base = 700_000_000L + (System.nanoTime() % 1000) * 100_000L;
        var file = ImportFiles.many(
                60_000,
                i -> ImportFiles.row(
                        "Nguyễn Văn Thứ " + i,
                        i % 2 == 0 ? "Nam" : "Nữ",
                        "01/02/1990",
                        "Đoàn viên",
                        String.format("%012d", base + i),
                        null,
                        null,
                        null,
                        null,
                        cellA2()));
        long id = imports.start("lon.xlsx", file, officer);
        var movedWhileChecking = new AtomicBoolean();

        var job = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(5))
                .until(
                        () -> {
                            var seen = imports.get(id, officer);
                            if (seen.status() == ImportStatus.VALIDATING
                                    && seen.processedRows() > 0
                                    && seen.processedRows() < seen.totalRows()) {
                                movedWhileChecking.set(true);
                            }
                            return seen;
                        },
                        seen -> seen.status().finished());

        assertThat(job.errors()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.createdCount()).isEqualTo(60_000);
        assertThat(movedWhileChecking).isTrue();
    }

    /** Issue 12 (legacy encodings): a name typed in TCVN3 is offered converted and written only once confirmed. */
    @Test
    void aNameTypedInTcvn3IsOfferedConvertedAndWrittenOnlyOnceConfirmed() {
        String nationalId = TestTree.nationalId();
        var file = files.of(List.<String[]>of(ImportFiles.row(
                "NguyÔn V¨n Toµn", "Nam", "02/09/1985", "Đoàn viên", nationalId, null, null, null, null, cellA2())));
        long id = imports.start("tcvn3.xlsx", file, officer);
        var job = org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> imports.get(id, officer), j -> !j.status().moving());

        assertThat(job.status())
                .as("even the API waits for a look at converted text")
                .isEqualTo(ImportStatus.READY);
        assertThat(imports.conversions(id, officer, 0, 10))
                .extracting(
                        PeopleImport.Conversion::row, PeopleImport.Conversion::to, PeopleImport.Conversion::encoding)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Nguyễn Văn Toàn", "TCVN3"));
        assertThat(found(nationalId)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.confirm(id, officer, false))
                .isInstanceOf(vn.lamtheobac.shared.BusinessRuleException.class);

        imports.confirm(id, officer, true);
        var done = run(id);
        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(found("nguyen van toan")).extracting(PersonSummary::fullName).containsExactly("Nguyễn Văn Toàn");
    }

    ImportJobView run(long id) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> imports.get(id, officer), job -> job.status().finished());
    }

    List<PersonSummary> found(String text) {
        return people.list(new PeopleQuery(text, tree.cellA2, null, new PageRequest(0, 5)), tree.system)
                .content();
    }
}
