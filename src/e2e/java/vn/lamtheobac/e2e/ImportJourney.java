package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 7: a records officer downloads the import template, fills it, imports a file with errors, reads every error
 * by row and column, downloads the file back with an error column, corrects the cells marked and imports that same
 * copy; looks at what it will change and confirms it; the people appear in the list and in a search without
 * diacritics. Then the officer imports a short file that changes one phone number — the other cells left blank keep
 * what is on record — and adds a person whose name was typed in TCVN3, which the page offers converted, to confirm.
 */
class ImportJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    static final String CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";
    static final DataFormatter TEXT = new DataFormatter();

    @Test
    void importWithErrorsFixedInTheReturnedCopyThenAnUpdateWithBlankCells() throws IOException {
        browser.signIn("thanhuy.vp", Size.DESKTOP).open("/app/people/import").sees("Nhập danh sách nhân sự từ Excel");
        browser.accessible();
        // kept aside: the next download clears the downloaded workbooks
        Path template = Files.copy(
                browser.download(By.linkText("Tải tệp mẫu (.xlsx)"), ".xlsx"),
                browser.workDir().resolve("mau-nhap-nhan-su.template"));

        // two new people, the second with a national ID that is too short and a date that does not exist
        Path withErrors = fill(template, "cccd-sai", "09200000", "31/02/1990");
        upload(withErrors);
        awaitText("chưa ghi dòng nào");
        var errors = browser.text(By.id("errors"));
        assertThat(errors).contains("3").contains("E").contains("C").contains("31/02/1990");
        browser.shot("errors-by-row-and-column").accessible();
        String refused = browser.url();
        browser.open("/app/people?q=Truong Thi Hoai Thuong").sees("Không");
        browser.driver().navigate().to(refused);

        // the file comes back with an error column; the officer corrects the two cells of row 3 in that copy
        Path copy = browser.download(By.id("error-copy"), ".xlsx");
        Path fixed = browser.workDir().resolve("nhan-su-da-sua.xlsx");
        try (InputStream in = Files.newInputStream(copy);
                var workbook = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(fixed)) {
            Sheet sheet = workbook.getSheetAt(0);
            int errorColumn = sheet.getRow(0).getLastCellNum() - 1;
            assertThat(TEXT.formatCellValue(sheet.getRow(0).getCell(errorColumn)))
                    .isEqualTo("Lỗi");
            assertThat(TEXT.formatCellValue(sheet.getRow(2).getCell(errorColumn)))
                    .contains("E:")
                    .contains("C:");
            assertThat(sheet.getRow(1).getCell(errorColumn))
                    .as("row 2 has no error")
                    .isNull();
            sheet.getRow(2).getCell(2).setCellValue("28/02/1990");
            sheet.getRow(2).getCell(4).setCellValue("092090012345");
            workbook.write(out);
        }
        browser.open("/app/people/import");
        upload(fixed);
        awaitText("Khi đồng chí xác nhận");
        var changes = browser.text(By.id("changes"));
        assertThat(changes)
                .contains("Lâm Quốc Bảo")
                .contains("Trương Thị Hoài Thương")
                .contains("Thêm mới");
        String preview = browser.url();
        browser.open("/app/people?q=Truong Thi Hoai Thuong").sees("Không");
        browser.driver().navigate().to(preview);
        browser.shot("changes-to-confirm").accessible();
        browser.click(By.id("confirm-import"));
        awaitText("thêm mới 2");
        browser.shot("imported");

        // the list finds them without diacritics
        browser.open("/app/people");
        browser.type(By.id("q"), "truong thi hoai thuong");
        browser.sees("Trương Thị Hoài Thương");
        browser.sees(CELL);
        browser.shot("found-without-diacritics").accessible();

        // a short file: one phone number changed (every other cell blank), and a name typed in TCVN3
        Path update = browser.workDir().resolve("cap-nhat.xlsx");
        try (InputStream in = Files.newInputStream(template);
                var workbook = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(update)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row bao = sheet.createRow(1);
            bao.createCell(4).setCellValue("092088004321");
            bao.createCell(8).setCellValue("0987654321");
            row(sheet, 2, "NguyÔn V¨n Toµn", "Nam", "02/09/1985", "Đoàn viên", "092085007777", "");
            workbook.write(out);
        }
        browser.open("/app/people/import");
        upload(update);
        awaitText("Khi đồng chí xác nhận");
        assertThat(browser.text(By.id("conversions")))
                .contains("NguyÔn V¨n Toµn")
                .contains("Nguyễn Văn Toàn");
        assertThat(browser.text(By.id("change-2")))
                .contains("Lâm Quốc Bảo")
                .contains("0912345678")
                .contains("0987654321")
                .doesNotContain("Chức vụ");
        browser.shot("update-with-blank-cells-and-tcvn3");
        browser.click(By.id("confirm-import"));
        browser.sees("Đề nghị đồng chí kiểm tra và đánh dấu xác nhận");
        browser.shot("conversion-not-yet-confirmed");
        browser.check(By.id("conversions-accepted")).click(By.id("confirm-import"));
        awaitText("thêm mới 1, cập nhật 1");
        browser.open("/app/people");
        browser.type(By.id("q"), "nguyen van toan");
        browser.sees("Nguyễn Văn Toàn");
        browser.type(By.id("q"), "lam quoc bao");
        browser.sees("Chuyên viên");
        browser.shot("updated-kept-the-rest");
    }

    private void upload(Path file) {
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.press("Kiểm tra tệp");
    }

    private void awaitText(String text) {
        browser.waiting(Duration.ofSeconds(90))
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** The downloaded template with two people on rows 2 and 3; the second carries the given ID and birth date. */
    private Path fill(Path template, String name, String secondId, String secondBorn) throws IOException {
        Path file = browser.workDir().resolve("nhan-su-" + name + ".xlsx");
        try (InputStream in = Files.newInputStream(template);
                var workbook = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            row(sheet, 1, "Lâm Quốc Bảo", "Nam", "12/04/1988", "Đảng viên chính thức", "092088004321", "15/06/2012");
            row(sheet, 2, "Trương Thị Hoài Thương", "Nữ", secondBorn, "Công chức, viên chức", secondId, "");
            workbook.write(out);
        }
        return file;
    }

    private static void row(
            Sheet sheet,
            int index,
            String name,
            String gender,
            String born,
            String category,
            String id,
            String joined) {
        Row row = sheet.getRow(index) != null ? sheet.getRow(index) : sheet.createRow(index);
        String[] values = {name, gender, born, category, id, "", joined, "Chuyên viên", "0912345678", "", CELL};
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
