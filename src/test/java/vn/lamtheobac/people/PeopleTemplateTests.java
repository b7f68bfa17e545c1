package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The template as an officer opens it in Excel: its drop-downs offer the labels the import accepts, whole, and its
 * instructions say the rules the import follows.
 */
class PeopleTemplateTests {

    static final String COMMA_LABEL = "Công chức, viên chức";

    @Test
    void theCategoryDropDownOffersEveryLabelWholeFromAHiddenSheet() throws Exception {
        try (var workbook = PeopleSheets.open(PeopleTemplate.workbook(50_000))) {
            var categories = PeopleSheets.dropDown(workbook, PeopleImportColumns.CATEGORY.ordinal());

            // an explicit list is one comma-separated string: Excel offered "Công chức" and " viên chức"
            assertThat(categories.sheetName())
                    .as("the list's range, from " + categories.formula())
                    .isNotNull();
            assertThat(categories.sheetHidden()).isTrue();
            assertThat(categories.labels()).contains(COMMA_LABEL);
            assertThat(categories.labels()).containsExactlyElementsOf(PeopleImportColumns.CATEGORY_LABELS);
        }
    }

    @Test
    void theGenderDropDownComesFromTheHiddenSheetToo() throws Exception {
        try (var workbook = PeopleSheets.open(PeopleTemplate.workbook(50_000))) {
            var genders = PeopleSheets.dropDown(workbook, PeopleImportColumns.GENDER.ordinal());

            assertThat(genders.sheetName())
                    .as("the list's range, from " + genders.formula())
                    .isNotNull();
            assertThat(genders.sheetHidden()).isTrue();
            assertThat(genders.labels()).containsExactly("Nam", "Nữ");
            // the data sheet stays the first one, the one the import reads, and the one the officer sees
            assertThat(workbook.getSheetName(0)).isEqualTo("Nhân sự");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void theTemplateCarriesTheOptionalCodeColumnsAfterTheOrganisation() throws Exception {
        try (var workbook = PeopleSheets.open(PeopleTemplate.workbook(50_000))) {
            assertThat(PeopleSheets.column(workbook, "Tổ chức đảng (*)")).contains(10);
            assertThat(PeopleSheets.column(workbook, "Mã tổ chức")).contains(11);
            assertThat(PeopleSheets.column(workbook, "Mã hồ sơ")).contains(12);
        }
    }

    @Test
    void theInstructionsTellHowToClearAValueAndHowToNameAnOrganisation() throws Exception {
        try (var workbook = PeopleSheets.open(PeopleTemplate.workbook(50_000))) {
            var help = workbook.getSheet("Hướng dẫn");
            var text = new StringBuilder();
            for (var row : help) {
                text.append(row.getCell(0).getStringCellValue()).append('\n');
            }
            assertThat(text.toString())
                    .contains("XÓA")
                    .contains("giữ nguyên")
                    .contains("Đảng bộ phường Ninh Kiều / Chi bộ khu vực 1")
                    .contains("Mã tổ chức")
                    .contains("Mã hồ sơ")
                    .contains("cột ghi lỗi")
                    .contains("xác nhận")
                    .contains("dd/mm/yyyy")
                    .doesNotContainIgnoringCase("bạn");
        }
    }
}
