package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 4: the ward opens its own evaluation round → a member self-assesses → the cell proposes its whole list (a
 * rule refuses one row, corrected there) → the ward decides the list and the 20% cap refuses the ratings one too many
 * → closing is refused while units are undecided, naming them → the cell's lists are exported → the ward decides
 * every other list and organisation and closes the round.
 */
class EvaluationJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    static final String CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";

    @Test
    void openSelfAssessProposeDecideUnderTheCapExport() throws IOException {
        // the ward's office opens the ward's round under Quy định 124
        String roundPage = WardRound.page(browser);
        String title = WardRound.TITLE;
        browser.shot("ward-round-opened");

        // a member self-assesses on a phone
        browser.signIn("dangvien", Size.PHONE).open("/app/evaluations");
        browser.click(By.xpath("//a[contains(@href, '/app/evaluations/items/') and contains(., '" + title + "')]"));
        var form = "form[action$='/self-assessment'] ";
        for (WebElement percent : browser.all(By.cssSelector(form + "input[name=tasksCompletedPercent]"))) {
            percent.clear();
            percent.sendKeys("100");
        }
        new Select(browser.show(By.cssSelector(form + "select[name=rating]"))).selectByValue("GOOD");
        browser.click(By.id("self-assess-submit"));
        browser.sees("Đã ghi nhận tự đánh giá.").shot("self-assessed");

        // the cell proposes its whole list; a disciplined member cannot be proposed HTTNV, and is told at the row
        browser.signIn("chibo.bithu", Size.PHONE).open(roundPage).sees(CELL);
        rateAll("GOOD");
        browser.click(By.id("bulk-propose"));
        var refused = browser.all(By.cssSelector("[id^='row-error-']"));
        if (!refused.isEmpty()) {
            browser.shot("a-row-refused");
            for (WebElement error : refused) {
                String id = error.getAttribute("id").substring("row-error-".length());
                new Select(browser.find(By.id("rating-" + id))).selectByValue("NOT_COMPLETED");
            }
            browser.click(By.id("bulk-propose"));
        }
        browser.sees("Đã ghi nhận đề xuất của chi bộ cho").shot("proposed");

        // the ward decides the list: six HTXSNV are more than 20% of the HTTNV, the ones over are refused
        browser.signIn("phuong.bithu", Size.PHONE).open(roundPage);
        browser.click(By.linkText("Đảng bộ Khối cơ quan phường Ninh Kiều"));
        browser.click(By.linkText(CELL));
        List<WebElement> good = browser.all(By.cssSelector("select[id^='rating-']")).stream()
                .filter(s ->
                        "GOOD".equals(new Select(s).getFirstSelectedOption().getAttribute("value")))
                .toList();
        assertThat(good.size()).isGreaterThan(10);
        for (WebElement select : good.subList(0, 6)) {
            new Select(select).selectByValue("EXCELLENT");
        }
        browser.click(By.id("bulk-decide"));
        var capped = browser.all(By.cssSelector("[id^='row-error-']"));
        assertThat(capped).isNotEmpty();
        assertThat(capped.get(0).getText()).contains("20%");
        browser.show(By.cssSelector("[id^='row-error-']"));
        browser.shot("the-cap-refuses-one-too-many").accessible();
        for (WebElement error : capped) {
            String id = error.getAttribute("id").substring("row-error-".length());
            new Select(browser.find(By.id("rating-" + id))).selectByValue("GOOD");
        }
        browser.click(By.id("bulk-decide"));
        browser.sees("Đã quyết định xếp loại cho");

        // the lists of the cell, as a spreadsheet and as a party document
        assertThat(browser.download(By.id("export-xlsx"), ".xlsx")).isNotEmptyFile();
        assertLaidOutAsHD36(browser.download(By.id("print-docx"), ".docx"));

        // the round cannot be closed while other units are undecided, and the page says which
        browser.signIn("phuong.vp", Size.DESKTOP).open(roundPage);
        browser.click(By.id("close-round"));
        assertThat(browser.text(By.id("action-error"))).contains("Chi bộ");
        browser.shot("closing-refused-naming-the-units");

        // the ward's office decides every other cell's list and every organisation, then closes the round
        var pending = new java.util.ArrayDeque<String>(childPages());
        var seen = new java.util.HashSet<String>();
        while (!pending.isEmpty()) {
            String unit = pending.poll();
            if (!seen.add(unit)) {
                continue;
            }
            browser.open(unit);
            if (!browser.all(By.id("bulk-decide")).isEmpty()) {
                decideTheList();
            }
            pending.addAll(childPages());
        }
        browser.open(roundPage);
        var collectives = browser.all(By.xpath("//th[normalize-space()='Tổ chức đảng']/ancestor::table//a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        for (String collective : collectives) {
            browser.open(collective.replace(browser.baseUrl(), ""));
            if (!browser.all(By.cssSelector("form[action$='/decision']")).isEmpty()) {
                decideOne("GOOD");
                if (!browser.all(By.cssSelector("form[action$='/decision'] .alert-danger"))
                        .isEmpty()) {
                    decideOne("NOT_COMPLETED");
                }
            }
        }
        browser.open(roundPage);
        browser.click(By.id("close-round"));
        browser.sees("Đã kết thúc đợt đánh giá.");
        assertThat(browser.text(By.id("round-status"))).contains("Đã kết thúc");
        browser.shot("round-closed");

        // the member learns the decided rating
        browser.signIn("dangvien", Size.PHONE)
                .open("/app/notifications")
                .sees("đã quyết định xếp loại chất lượng năm 2026");
    }

    /** The round pages of the units shown under the one on screen. */
    private List<String> childPages() {
        return browser.all(By.xpath("//span[contains(@class, 'ms-2')]/a[contains(@href, 'organization=')]")).stream()
                .map(a -> a.getAttribute("href").replace(browser.baseUrl(), ""))
                .toList();
    }

    /** Decides a cell's list: what is still open as HTTNV, a refused row as the rule at that row requires. */
    private void decideTheList() {
        for (WebElement select : browser.all(By.cssSelector("select[id^='rating-']"))) {
            var choice = new Select(select);
            if (choice.getFirstSelectedOption().getAttribute("value").isEmpty()) {
                choice.selectByValue("GOOD");
            }
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.click(By.id("bulk-decide"));
            var refused = browser.all(By.cssSelector("[id^='row-error-']"));
            if (refused.isEmpty()) {
                browser.sees("Đã quyết định xếp loại cho");
                return;
            }
            for (WebElement error : refused) {
                String id = error.getAttribute("id").substring("row-error-".length());
                new Select(browser.find(By.id("rating-" + id)))
                        .selectByValue(error.getText().contains("20%") ? "GOOD" : "NOT_COMPLETED");
            }
        }
        throw new AssertionError("The list at " + browser.url() + " could not be decided");
    }

    private void decideOne(String rating) {
        new Select(browser.show(By.cssSelector("form[action$='/decision'] select[name=rating]"))).selectByValue(rating);
        browser.click(By.id("decide-submit"));
    }

    private void rateAll(String rating) {
        for (WebElement select : browser.all(By.cssSelector("select[id^='rating-']"))) {
            new Select(select).selectByValue(rating);
        }
    }

    /**
     * The cell's list as Hướng dẫn 36-HD/VPTW lays it out: the cell's direct superior over the cell, the draft mark
     * before it is issued, and the cell's secretary from its committee signing.
     */
    private static void assertLaidOutAsHD36(Path list) throws IOException {
        try (InputStream in = Files.newInputStream(list);
                var docx = new XWPFDocument(in);
                var extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            String headers =
                    docx.getHeaderList().stream().map(XWPFHeader::getText).reduce("", String::concat);
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(text.indexOf("ĐẢNG BỘ KHỐI CƠ QUAN PHƯỜNG NINH KIỀU"))
                    .isNotNegative()
                    .isLessThan(text.indexOf("CHI BỘ ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU"));
            assertThat(headers).contains("DỰ THẢO");
            assertThat(text).contains("Nguyễn Văn Tiến");
        }
    }
}
