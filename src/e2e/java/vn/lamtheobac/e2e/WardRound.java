package vn.lamtheobac.e2e;

import org.openqa.selenium.By;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * The ward's own evaluation round of 2026 (Quy định 124-QĐ/TW), opened by the ward's office the first time a journey
 * needs it: there is one annual round a year for any member, so the journeys that need it share it.
 */
final class WardRound {

    static final String TITLE = "Đánh giá, xếp loại chất lượng năm 2026 – Đảng bộ phường Ninh Kiều";

    private WardRound() {}

    /** Signs the ward's office in and returns the round's page (opening the round when it is not there yet). */
    static String page(Browser browser) {
        browser.signIn("phuong.vp", Size.DESKTOP).open("/app/evaluations");
        var existing = browser.all(By.partialLinkText(TITLE));
        if (existing.isEmpty()) {
            browser.click(By.xpath("//select[@id='ruleSet']/option[contains(., '124-QĐ/TW')]"));
            browser.type(By.id("title"), TITLE);
            browser.click(By.id("open-round"));
            browser.sees("Đã mở đợt đánh giá.");
        } else {
            browser.click(By.partialLinkText(TITLE));
        }
        browser.sees(TITLE);
        return browser.url().replace(browser.baseUrl(), "").replaceAll("\\?.*", "");
    }
}
