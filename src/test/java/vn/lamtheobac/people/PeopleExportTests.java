package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationMatch;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * An export is a valid import file for the same people: built from the system's own export of a city whose two wards
 * each have a "Chi bộ khu vực 1", a person with neither national ID nor party card, and numbers with leading zeros.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleExportTests {

    static final String PHONE = "0912345678";
    static final String NATIONAL_ID = "001085000123";

    @Autowired
    ApplicationContext context;

    @Autowired
    PeopleExport export;

    @Autowired
    PersonManagement people;

    @Autowired
    OrganizationManagement organizations;

    TestTree tree;
    Scope officer;
    /** A cell of ward A named like ward B's cell B1. */
    long cellA3;

    String sameName;
    /** A union member of cell B1 with neither national ID nor party card. */
    long withoutIds;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        sameName = "Chi bộ khu vực 1 " + tree.tag;
        cellA3 = organizations.create(
                new CreateOrganization(tree.wardA, "GRASSROOTS_CELL", sameName, null), tree.system);
        register(cellA3, "Đoàn Văn Ba", PersonCategory.PARTY_MEMBER_OFFICIAL, NATIONAL_ID, PHONE);
        withoutIds = register(tree.cellB1, "Mai Thị Bốn", PersonCategory.UNION_MEMBER, null, null);
    }

    long register(long organization, String name, PersonCategory category, String nationalId, String phone) {
        return people.register(
                new RegisterPerson(
                        new PersonDetails(
                                category,
                                name,
                                name.contains(" Thị ") ? Gender.FEMALE : Gender.MALE,
                                LocalDate.of(1985, 9, 5),
                                nationalId,
                                null,
                                null,
                                null,
                                phone,
                                null),
                        organization,
                        null),
                tree.system);
    }

    XSSFWorkbook exportOf(long organization, Scope scope) throws Exception {
        var out = new ByteArrayOutputStream();
        export.writeXlsx(new PeopleQuery(null, organization, null, null), scope, () -> out);
        return PeopleSheets.open(out.toByteArray());
    }

    int column(XSSFWorkbook workbook, String header) {
        return PeopleSheets.column(workbook, header).orElseThrow(() -> new AssertionError("no column " + header));
    }

    @Test
    void sameNamedCellsOfTwoWardsAreWrittenWithTheirPathsAndCodes() throws Exception {
        try (var workbook = exportOf(tree.city, officer)) {
            var a = PeopleSheets.rowOf(workbook, "Đoàn Văn Ba");
            var b = PeopleSheets.rowOf(workbook, "Mai Thị Bốn");
            int k = column(workbook, "Tổ chức đảng (*)");

            String city = "Thành ủy thử " + tree.tag;
            assertThat(PeopleSheets.shown(a, k))
                    .isEqualTo(city + " / Đảng bộ phường An " + tree.tag + " / " + sameName);
            assertThat(PeopleSheets.shown(b, k))
                    .isEqualTo(city + " / Đảng bộ phường Bình " + tree.tag + " / " + sameName);
            int code = column(workbook, "Mã tổ chức");
            assertThat(PeopleSheets.shown(a, code)).isEqualTo(String.valueOf(cellA3));
            assertThat(PeopleSheets.shown(b, code)).isEqualTo(String.valueOf(tree.cellB1));
        }
    }

    @Test
    void theRowsOfSameNamedCellsResolveToTheirOwnCells() throws Exception {
        try (var workbook = exportOf(tree.city, officer)) {
            int k = column(workbook, "Tổ chức đảng (*)");
            int code = column(workbook, "Mã tổ chức");
            var a = PeopleSheets.rowOf(workbook, "Đoàn Văn Ba");
            var b = PeopleSheets.rowOf(workbook, "Mai Thị Bốn");

            for (var row : new org.apache.poi.ss.usermodel.Row[] {a, b}) {
                long own = row == a ? cellA3 : tree.cellB1;
                assertThat(organizations.resolve(
                                PeopleSheets.shown(row, code),
                                PeopleSheets.shown(row, k),
                                officer,
                                Role.RECORD_KEEPERS))
                        .isEqualTo(new OrganizationMatch.Found(own));
                // the officer who deleted the code column: the path alone still names the cell
                assertThat(organizations.resolve(null, PeopleSheets.shown(row, k), officer, Role.RECORD_KEEPERS))
                        .isEqualTo(new OrganizationMatch.Found(own));
            }
            // the bare name is ambiguous, and the answer offers both paths as written in the file
            assertThat(organizations.resolve(null, sameName, officer, Role.RECORD_KEEPERS))
                    .isEqualTo(new OrganizationMatch.Ambiguous(
                            java.util.List.of(PeopleSheets.shown(a, k), PeopleSheets.shown(b, k))));
        }
    }

    @Test
    void aPersonWithNeitherNationalIdNorCardCarriesTheirRecordId() throws Exception {
        try (var workbook = exportOf(tree.wardB, officer)) {
            var row = PeopleSheets.rowOf(workbook, "Mai Thị Bốn");
            assertThat(PeopleSheets.shown(row, column(workbook, "Số CCCD"))).isEmpty();
            assertThat(PeopleSheets.shown(row, column(workbook, "Số thẻ đảng viên")))
                    .isEmpty();
            assertThat(PeopleSheets.shown(row, column(workbook, "Mã hồ sơ"))).isEqualTo(String.valueOf(withoutIds));
        }
    }

    @Test
    void aPhoneAndANationalIdKeepTheirLeadingZerosAsText() throws Exception {
        try (var workbook = exportOf(tree.wardA, officer)) {
            var row = PeopleSheets.rowOf(workbook, "Đoàn Văn Ba");
            for (var entry : java.util.Map.of("Số CCCD", NATIONAL_ID, "Điện thoại", PHONE)
                    .entrySet()) {
                var cell = row.getCell(column(workbook, entry.getKey()));
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(entry.getValue());
                // formatted as text, so the number the officer edits in Excel stays text with its leading zero
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
            }
            var born = row.getCell(column(workbook, "Ngày sinh (dd/mm/yyyy)"));
            assertThat(born.getCellType()).isEqualTo(CellType.STRING);
            assertThat(born.getStringCellValue()).isEqualTo("05/09/1985");
            assertThat(born.getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void theExportCarriesTheTemplatesDropDownsAndInstructions() throws Exception {
        try (var workbook = exportOf(tree.wardA, officer)) {
            var categories = PeopleSheets.dropDown(workbook, PeopleImportColumns.CATEGORY.ordinal());
            assertThat(categories.sheetHidden()).isTrue();
            assertThat(categories.labels()).containsExactlyElementsOf(PeopleImportColumns.CATEGORY_LABELS);
            assertThat(PeopleSheets.dropDown(workbook, PeopleImportColumns.GENDER.ordinal())
                            .labels())
                    .containsExactly("Nam", "Nữ");
            assertThat(workbook.getSheetName(0)).isEqualTo("Nhân sự");
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
            try (var template = PeopleSheets.open(PeopleTemplate.workbook(50_000))) {
                var header = workbook.getSheetAt(0).getRow(0);
                var expected = template.getSheetAt(0).getRow(0);
                assertThat(header.getLastCellNum()).isEqualTo(expected.getLastCellNum());
                for (int c = 0; c < expected.getLastCellNum(); c++) {
                    assertThat(header.getCell(c).getStringCellValue())
                            .isEqualTo(expected.getCell(c).getStringCellValue());
                }
            }
        }
    }
}
