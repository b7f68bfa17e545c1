package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 6: an officer signs in, is warned before the idle timeout and stays signed in; typing keeps the session
 * alive; when the session does run out, what was typed comes back after signing in again; then signs out.
 */
class SessionJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Duration timeout = PackagedApp.SESSION_TIMEOUT;

    @Test
    void idleWarningStaySignedInKeepUnsavedTypingSignOut() {
        browser.signIn("thanhuy.vp", Size.DESKTOP)
                .sees("Văn phòng Thành ủy")
                .shot("home")
                .accessible();

        // idle: the warning comes before the session ends, and "stay signed in" keeps it
        var warning = By.id("session-warning");
        browser.waiting(timeout).until(ExpectedConditions.visibilityOfElementLocated(warning));
        browser.sees("Phiên làm việc sắp hết hạn").shot("idle-warning");
        browser.press("Tiếp tục làm việc");
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(warning));
        browser.open("/app/directives").sees("Văn bản chỉ đạo");
        assertThat(browser.url()).doesNotContain("/login");

        // typing counts as activity: typing for longer than the idle timeout brings no warning
        browser.open("/app/directives/new");
        var title = By.id("title");
        long until = System.currentTimeMillis() + timeout.toMillis() + 5_000;
        while (System.currentTimeMillis() < until) {
            browser.find(title).sendKeys("Kế hoạch ");
            assertThat(browser.driver().findElement(warning).isDisplayed()).isFalse();
            AppProcess.sleep(Duration.ofSeconds(5));
        }
        String typed = "Kế hoạch tổ chức học tập chuyên đề năm 2026 của Đảng bộ thành phố";
        browser.type(title, typed);
        browser.type(By.id("summary"), "Nội dung chưa kịp lưu.");

        // the session runs out with unsaved typing: signed out, then the typing comes back after signing in
        browser.waiting(timeout.plusSeconds(15)).until(d -> d.getCurrentUrl().contains("/login"));
        browser.sees("Phiên làm việc đã hết hạn").shot("expired");
        browser.type(By.id("username"), "thanhuy.vp").type(By.id("password"), Browser.PASSWORD);
        browser.click(By.cssSelector("form[action$='/login'] button[type=submit]"));
        browser.until(
                "back on the form that was being filled", d -> d.getCurrentUrl().endsWith("/app/directives/new"));
        browser.sees("đã được khôi phục");
        assertThat(browser.find(title).getAttribute("value")).isEqualTo(typed);
        assertThat(browser.find(By.id("summary")).getAttribute("value")).isEqualTo("Nội dung chưa kịp lưu.");
        browser.shot("restored").accessible();

        // signing out
        browser.click(By.id("user-menu"));
        browser.press("Đăng xuất");
        browser.sees("Đồng chí đã đăng xuất").shot("signed-out");
        browser.open("/app/directives");
        assertThat(browser.url()).contains("/login");
    }
}
