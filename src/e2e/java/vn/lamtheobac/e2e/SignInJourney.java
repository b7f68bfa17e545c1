package vn.lamtheobac.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.lamtheobac.e2e.Browser.Size;

/**
 * Journey: a member mistypes their password a few times and reads the same neutral message each time, then signs in;
 * on "Tài khoản của tôi" creates a read-only token that expires; changes the password, and their other session (a
 * second browser of the same person) finds itself signed out. The password is put back at the end, so the other
 * journeys still sign in with the demo's.
 */
class SignInJourney {

    private static final String NEW_PASSWORD = "Sen-no-trong-dam-thang-Chap-2026";

    @RegisterExtension
    final Browser phone = new Browser();

    @RegisterExtension
    final Browser desktop = new Browser();

    @Test
    void mistypedPasswordsReadOneMessageTokenExpiresPasswordChangeEndsTheOtherSession() {
        // a few mistyped passwords: the same neutral message each time, whether the name or the password is wrong
        phone.driver()
                .manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(Size.PHONE.width, Size.PHONE.height));
        for (String wrong : new String[] {"LamTheoBac@2024", "lamtheobac@2025", "LamTheoBac2025"}) {
            phone.open("/login").type(By.id("username"), "dangvien").type(By.id("password"), wrong);
            phone.click(By.cssSelector("form[action$='/login'] button[type=submit]"));
            assertThat(phone.text(By.id("login-error"))).startsWith("Không đăng nhập được");
        }
        String wrongPassword = phone.text(By.id("login-error"));
        phone.open("/login").type(By.id("username"), "dang.vien").type(By.id("password"), "LamTheoBac@2025");
        phone.click(By.cssSelector("form[action$='/login'] button[type=submit]"));
        assertThat(phone.text(By.id("login-error"))).isEqualTo(wrongPassword);
        phone.shot("neutral-message").accessible();

        phone.type(By.id("username"), "dangvien").type(By.id("password"), Browser.PASSWORD);
        phone.click(By.cssSelector("form[action$='/login'] button[type=submit]"));
        phone.until("signed in", d -> d.getCurrentUrl().contains("/app"));

        // the same person is signed in on a computer too
        desktop.signIn("dangvien", Size.DESKTOP).shot("desktop-signed-in");

        // a read-only token that expires
        phone.open("/app/profile").sees("Khóa truy cập API");
        phone.type(By.id("name"), "Đồng bộ lịch sinh hoạt chi bộ").type(By.id("validDays"), "30");
        assertThat(phone.find(By.id("readOnly1")).isSelected()).isTrue();
        phone.click(By.id("token-create"));
        assertThat(phone.text(By.id("new-token"))).startsWith("ltb_");
        phone.sees("Chỉ đọc").sees("Hết hạn ngày").shot("read-only-token").accessible();

        // a new password ends the other session (and the token)
        phone.type(By.id("currentPassword"), Browser.PASSWORD)
                .type(By.id("newPassword"), NEW_PASSWORD)
                .type(By.id("confirmation"), NEW_PASSWORD);
        phone.click(By.id("password-change"));
        phone.sees("Đã đổi mật khẩu").sees("Đã thu hồi hoặc hết hạn").shot("password-changed");

        desktop.open("/app/profile");
        assertThat(desktop.url()).contains("/login");
        desktop.shot("desktop-signed-out");

        // back to the demo's password for the other journeys (allowed while the demo runs)
        phone.type(By.id("currentPassword"), NEW_PASSWORD)
                .type(By.id("newPassword"), Browser.PASSWORD)
                .type(By.id("confirmation"), Browser.PASSWORD);
        phone.click(By.id("password-change"));
        phone.sees("Đã đổi mật khẩu");
    }
}
