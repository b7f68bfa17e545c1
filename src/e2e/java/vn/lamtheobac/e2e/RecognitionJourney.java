package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 5: the city launches a movement → a cell nominates one of its members → the nomination climbs through the
 * grassroots committee and the ward to the city, the committee entitled to grant a Bằng khen → a numbered decision →
 * the nominee is notified and downloads the certificate.
 */
class RecognitionJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void launchNominateClimbDecideCertificate() throws IOException {
        browser.signIn("dangvien", Size.PHONE);
        String nominee = browser.text(By.id("user-menu"));

        // the city launches a movement for last year
        String movement = "Phong trào thi đua “Dân vận khéo” năm 2025";
        browser.signIn("thanhuy.vp", Size.DESKTOP).open("/app/recognition");
        browser.type(By.id("title"), movement);
        browser.type(By.id("criteria"), "Gần dân, hiểu dân, giúp dân; giải quyết kịp thời kiến nghị của người dân.");
        browser.type(By.id("startsOn"), "01/01/2025").type(By.id("endsOn"), "31/12/2025");
        browser.click(By.id("launchSubmit"));
        browser.sees("Đã phát động phong trào thi đua.").shot("movement-launched");
        String movementPage = browser.url().replace(browser.baseUrl(), "").replaceAll("\\?.*", "");

        // the cell nominates its member for the city's Bằng khen
        browser.signIn("chibo.bithu", Size.PHONE).open(movementPage);
        browser.click(By.id("nominateLink"));
        browser.type(By.cssSelector("input[name=q][hx-target='#person-options']"), nominee);
        browser.click(By.xpath("//label[starts-with(@for, 'person-') and contains(., '" + nominee + "')]"));
        browser.type(By.id("year"), "2025");
        browser.type(
                By.id("achievements"), "Trực tiếp hướng dẫn người dân làm thủ tục trực tuyến; không để hồ sơ trễ hẹn.");
        new Select(browser.show(By.id("proposedFormCode"))).selectByValue("BANG_KHEN_THANH_UY");
        browser.click(By.id("nominationSubmit"));
        browser.sees("Đã gửi đề nghị khen thưởng.").shot("nominated");
        String nominationPage = browser.url().replace(browser.baseUrl(), "").replaceAll("\\?.*", "");

        // it climbs: the grassroots committee and the ward approve it upward (the ward secretary keeps both)
        browser.signIn("phuong.bithu", Size.PHONE);
        for (int step = 0; step < 2; step++) {
            browser.open(nominationPage);
            browser.click(By.cssSelector("input[name=action][value=APPROVE_UPWARD]"));
            browser.click(By.id("reviewSubmit"));
            browser.sees("Đã đồng ý và chuyển đề nghị lên cấp trên.");
        }
        browser.shot("at-the-city");

        // the city decides under a party document number
        browser.signIn("thanhuy.vp", Size.DESKTOP).open(nominationPage);
        browser.confirm(By.id("decideSubmit"));
        browser.sees("Đã ban hành quyết định khen thưởng số").shot("decided").accessible();

        // the nominee is told and downloads the certificate
        browser.signIn("dangvien", Size.PHONE).open("/app/notifications").sees("Quyết định khen thưởng số");
        browser.shot("nominee-notified");
        browser.open(nominationPage);
        var certificate = browser.download(By.id("certificateDownload"), ".pdf");
        assertThat(Files.readAllBytes(certificate)).startsWith("%PDF".getBytes());
    }
}
