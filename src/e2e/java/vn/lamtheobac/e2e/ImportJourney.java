package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 7: a records officer downloads the import template, fills it, imports a file with errors, reads them by row
 * and column, fixes the file and imports it; the people appear in the list and in a search without diacritics.
 */
class ImportJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    static final String CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";

    @Test
    void importWithErrorsThenFixed() throws IOException {
        browser.signIn("thanhuy.vp", Size.DESKTOP).open("/app/people/import").sees("Nhập danh sách nhân sự từ Excel");
        browser.accessible();
        Path template = browser.download(By.linkText("Tải tệp mẫu (.xlsx)"), ".xlsx");

        // two new people, the second with a national ID that is too short and a date that does not exist
        Path withErrors = fill(template, "cccd-sai", "09200000", "31/02/1990");
        browser.find(By.id("file")).sendKeys(withErrors.toAbsolutePath().toString());
        browser.press("Kiểm tra và nhập");
        browser.waiting(java.time.Duration.ofSeconds(60))
                .until(d -> d.findElement(By.tagName("body")).getText().contains("chưa ghi dòng nào"));
        var errors = browser.find(By.cssSelector("table")).getText();
        assertThat(errors).contains("3").contains("E").contains("C");
        browser.shot("errors-by-row-and-column").accessible();

        // nobody was written
        browser.open("/app/people?q=Truong Thi Hoai Thuong").sees("Không");

        // fixed: both rows go in
        Path fixed = fill(template, "da-sua", "092090012345", "28/02/1990");
        browser.open("/app/people/import");
        browser.find(By.id("file")).sendKeys(fixed.toAbsolutePath().toString());
        browser.press("Kiểm tra và nhập");
        browser.waiting(java.time.Duration.ofSeconds(60))
                .until(d -> d.findElement(By.tagName("body")).getText().contains("thêm mới 2"));
        browser.shot("imported");

        // the list finds them without diacritics
        browser.open("/app/people");
        browser.type(By.id("q"), "truong thi hoai thuong");
        browser.sees("Trương Thị Hoài Thương");
        browser.sees(CELL);
        browser.shot("found-without-diacritics").accessible();
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
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
