package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey 3: a cell registers a model with an indicator → records progress with a photo → the ward evaluates it and
 * recognises it as a good model → a cell of another ward takes it up (recorded by the city's office, which keeps that
 * cell's records) → the owner sees the replication listed.
 */
class InitiativeJourney {

    @RegisterExtension
    final Browser browser = new Browser();

    static final String OTHER_WARD_CELL = "Chi bộ Ủy ban nhân dân phường Cái Khế";

    @Test
    void registerReportEvaluateRecogniseReplicate() throws IOException {
        String title = "Mô hình “Một cửa thân thiện, trả kết quả đúng hẹn”";
        browser.signIn("chibo.bithu", Size.PHONE).open("/app/initiatives/new");
        browser.type(By.id("title"), title);
        browser.type(
                By.id("description"),
                "Niêm yết công khai thủ tục, hẹn trả kết quả bằng tin nhắn, lấy ý kiến người dân mỗi tháng.");
        browser.choose(By.id("field"), "Cải cách hành chính");
        browser.type(By.id("startsOn"), "01/03/2026").type(By.id("endsOn"), "30/11/2026");
        browser.type(By.id("indicators0.name"), "Hồ sơ trả đúng hẹn");
        browser.type(By.id("indicators0.target"), "100");
        browser.type(By.id("indicators0.unit"), "%");
        browser.click(By.id("initiativeSubmit"));
        browser.sees("Đã đăng ký mô hình, hành động cụ thể.");
        String page = browser.url().replace(browser.baseUrl(), "").replaceAll("\\?.*", "");

        browser.click(By.id("startSubmit"));
        browser.sees("Đã chuyển sang “Đang thực hiện”.");
        browser.type(By.id("value0"), "100");
        browser.type(By.id("narrative"), "Tháng 11: 100% hồ sơ trả đúng hẹn; người dân hài lòng.");
        browser.find(By.id("photos")).sendKeys(photo().toAbsolutePath().toString());
        browser.click(By.id("progressSubmit"));
        browser.sees("Đã cập nhật tiến độ thực hiện.");
        assertThat(browser.all(By.cssSelector("img.img-thumbnail"))).isNotEmpty();
        browser.shot("progress-with-a-photo").accessible();
        browser.confirm(By.id("completeSubmit"));
        browser.sees("Đã xác nhận hoàn thành");

        // the ward, the committee above, evaluates and recognises it
        browser.signIn("phuong.bithu", Size.PHONE).open(page).sees(title);
        browser.click(By.cssSelector("input[name=result][value=EFFECTIVE]"));
        browser.type(By.id("remarks"), "Mô hình thiết thực, người dân hài lòng; đề nghị nhân rộng.");
        browser.click(By.id("evaluateSubmit"));
        browser.sees("Đã ghi nhận kết quả đánh giá.");
        browser.click(By.id("recogniseSubmit"));
        browser.sees("Đã công nhận mô hình hay.").shot("recognised-by-the-ward");

        // a cell of another ward takes it up
        browser.signIn("thanhuy.vp", Size.DESKTOP).open(page);
        browser.type(By.id("adopterSearch"), "Ủy ban nhân dân phường Cái Khế");
        browser.click(By.xpath("//label[starts-with(@for, 'adopter-') and contains(., '" + OTHER_WARD_CELL + "')]"));
        browser.click(By.id("adoptSubmit"));
        browser.sees("Đã đăng ký nhân rộng mô hình hay cho tổ chức được chọn.");

        // the owner sees where its model is replicated
        browser.signIn("chibo.bithu", Size.PHONE).open(page);
        assertThat(browser.show(By.id("replications")).getText()).contains(OTHER_WARD_CELL);
        browser.shot("the-owner-sees-the-replication").accessible();
    }

    private Path photo() throws IOException {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xB3161B));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path file = browser.workDir().resolve("mot-cua-than-thien.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
