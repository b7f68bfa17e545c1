package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 2, on a phone: a member writes this year's commitment, is refused for a missing section, fixes it and submits
 * → the cell's secretary acknowledges → at year end the member self-assesses → the cell assesses each item and closes
 * it → the ward's office opens the ward's evaluation round → the result shows on the member's evaluation.
 */
class CommitmentJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void fromWritingToTheResultOnTheEvaluation() {
        // the member writes, forgets the tasks, is told where, fixes it and submits
        browser.signIn("dangvien", Size.PHONE).open("/app/commitments/mine");
        String member = browser.text(By.id("user-menu"));
        browser.type(By.id("politicalStudy0"), "Học tập đầy đủ chuyên đề năm 2026 và viết thu hoạch");
        browser.type(By.id("ethics0"), "Giữ gìn lối sống giản dị, trung thực, không lãng phí");
        browser.type(By.id("workingStyle0"), "Gần dân, lắng nghe ý kiến của nhân dân khu vực phụ trách");
        browser.confirm(By.id("submit-button"));
        browser.show(By.id("tasks-error"));
        assertThat(browser.find(By.id("politicalStudy0")).getAttribute("value")).startsWith("Học tập đầy đủ");
        browser.shot("refused-at-the-tasks");
        browser.type(By.id("task0"), "Giải quyết hồ sơ hành chính của người dân đúng hạn");
        browser.type(By.id("target0"), "100% hồ sơ đúng hạn");
        browser.confirm(By.id("submit-button"));
        browser.sees("Đã gửi bản cam kết cho chi bộ.")
                .sees("Đã gửi chi bộ")
                .shot("submitted")
                .accessible();

        // the cell's secretary sees it and acknowledges it
        browser.signIn("chibo.bithu", Size.PHONE).open("/app/commitments?status=SUBMITTED");
        browser.click(By.linkText(member));
        browser.type(By.id("acknowledge-comment"), "Nội dung cam kết phù hợp với nhiệm vụ được giao.");
        browser.click(By.id("acknowledge-button"));
        browser.sees("Đã xác nhận 1 bản cam kết.").shot("acknowledged");

        // at year end the member assesses each item
        browser.signIn("dangvien", Size.PHONE).open("/app/commitments/mine").sees("Chi bộ đã xác nhận");
        for (WebElement result : browser.all(By.cssSelector("select[id^='result-']"))) {
            new Select(result).selectByVisibleText("Hoàn thành");
        }
        browser.type(By.id("summary"), "Đã hoàn thành các nội dung cam kết trong năm.");
        browser.click(By.id("self-assess-button"));
        browser.sees("Đã gửi bản tự đánh giá.").shot("self-assessed");

        // the cell assesses each item (pre-filled from the self-assessment) and closes the commitment
        browser.signIn("chibo.bithu", Size.PHONE).open("/app/commitments?status=SELF_ASSESSED");
        browser.click(By.linkText(member));
        browser.find(By.id("assess-form"));
        assertThat(browser.all(By.cssSelector("#assess-form select[id^='result-']")))
                .isNotEmpty();
        browser.choose(By.id("outcome"), "Hoàn thành");
        browser.type(By.id("summary"), "Chi bộ đánh giá đồng chí hoàn thành tốt các nội dung cam kết.");
        browser.click(By.id("assess-button"));
        browser.sees("Đã ghi nhận đánh giá của chi bộ.");
        browser.click(By.id("close-button"));
        browser.sees("Đã khóa sổ bản cam kết.");
        assertThat(browser.text(By.id("commitment-outcome"))).isEqualTo("Hoàn thành");
        browser.shot("closed").accessible();

        // the ward's office opens the ward's annual evaluation round (every level opens its own)
        WardRound.page(browser);
        browser.shot("ward-opens-its-round");

        // the member sees the result, on the commitment and on this year's evaluation
        browser.signIn("dangvien", Size.PHONE).open("/app/commitments/mine");
        assertThat(browser.text(By.id("commitment-outcome"))).isEqualTo("Hoàn thành");
        browser.open("/app/evaluations").sees("Đánh giá, xếp loại của tôi");
        browser.click(By.xpath("//a[contains(@href, '/app/evaluations/items/') and contains(., '2026')]"));
        browser.sees("Kết quả thực hiện bản cam kết").sees("Hoàn thành").shot("on-the-evaluation");
    }
}
