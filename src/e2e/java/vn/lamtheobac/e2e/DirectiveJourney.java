package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 1: the city office issues a plan to two chosen cells of one ward, picked with the picker → the secretary of
 * one of them reads its content and attachment from the inbox on a phone and records a dissemination session with
 * attendance → the city's tracking shows that cell done and the share moved; drill down city → ward → cell.
 */
class DirectiveJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    static final String CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";
    static final String OTHER_CELL = "Chi bộ Công an phường Ninh Kiều";
    static final String WARD = "Đảng bộ phường Ninh Kiều";

    @Test
    void issueToChosenCellsDisseminateAndTrack() throws IOException {
        String title = "Kế hoạch học tập chuyên đề năm 2026 tại các chi bộ được chọn";
        browser.signIn("thanhuy.vp", Size.DESKTOP).open("/app/directives/new");
        browser.type(By.id("title"), title);
        browser.type(
                By.id("summary"),
                "Các chi bộ tổ chức quán triệt trong kỳ sinh hoạt tháng 12.\n\nBáo cáo kết quả về Văn phòng Thành ủy.");
        browser.click(By.id("mode-chosen"));
        pick("Ủy ban nhân dân phường Ninh Kiều", CELL);
        pick("Công an phường Ninh Kiều", OTHER_CELL);
        // the first tick survived the second search
        assertThat(browser.text(By.id("chosen-targets"))).contains(CELL).contains(OTHER_CELL);
        browser.shot("two-cells-picked").accessible();
        browser.click(By.id("directive-save"));
        browser.sees("Đã lưu dự thảo.");
        assertThat(browser.text(By.id("directive-targets"))).contains(CELL).contains(OTHER_CELL);

        Path pdf = browser.workDir().resolve("ke-hoach-hoc-tap.pdf");
        Files.write(pdf, minimalPdf());
        browser.find(By.id("attachment-file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.click(By.id("attachment-submit"));
        browser.sees("Đã đính kèm tệp.");
        browser.confirm(By.id("issue-submit"));
        browser.sees("Đã ban hành văn bản số").shot("issued");
        String directivePage = browser.url();
        browser.click(By.id("directive-tracking"));
        browser.sees("0%");

        // the cell's secretary reads what to disseminate and records the session
        browser.signIn("chibo.bithu", Size.PHONE).open("/app/inbox").sees(title);
        browser.click(By.xpath("//a[starts-with(@id, 'inbox-open-') and contains(., " + literal(title) + ")]"));
        assertThat(browser.text(By.id("target-summary"))).contains("kỳ sinh hoạt tháng 12");
        browser.find(By.linkText("ke-hoach-hoc-tap.pdf"));
        browser.shot("the-cell-reads-it");
        browser.type(By.id("invited1"), "25").type(By.id("attended1"), "23");
        browser.click(By.id("session-submit"));
        browser.sees("Đã cập nhật kết quả quán triệt.").shot("session-recorded").accessible();

        // the city's tracking: one of two done; drill down to the ward, then the cell
        browser.signIn("thanhuy.vp", Size.DESKTOP).open(directivePage.replace(browser.baseUrl(), ""));
        browser.click(By.id("directive-tracking"));
        browser.sees("50%").shot("tracking-city");
        browser.click(By.linkText(WARD));
        browser.sees("50%");
        browser.click(By.partialLinkText("Đảng bộ Khối cơ quan phường Ninh Kiều"));
        browser.sees(CELL).shot("tracking-drilled-down").accessible();
        browser.click(By.linkText(CELL));
        browser.sees("23/25");
    }

    /** Types in the picker's search and ticks the result naming {@code name}. */
    private void pick(String search, String name) {
        browser.type(By.id("target-search"), search);
        browser.click(By.xpath("//div[starts-with(@id, 'option-row-') and contains(., " + literal(name)
                + ")]//input[@type='checkbox']"));
        browser.until(
                name + " is among the chosen",
                d -> d.findElement(By.id("chosen-targets")).getText().contains(name));
    }

    private static String literal(String text) {
        return "'" + text + "'";
    }

    /** The smallest PDF the file store's sniffing accepts. */
    private static byte[] minimalPdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                        + "trailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
