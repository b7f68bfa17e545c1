package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.identity.AccountCommands.CreateAccessToken;
import vn.lamtheobac.identity.AccountCommands.CreateAccount;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * A new password ends whatever the old one opened: the account's other sessions and its access tokens. Wrong current
 * passwords on the profile form count like failed sign-ins; guessable passwords and the demo's are refused at the
 * field, in words a user can act on.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordChangeTests {

    static final String NEW_PASSWORD = "Sen-no-trong-dam-thang-Chap-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    /** Signs in through the form, as a browser does, and returns the session cookie. */
    static Cookie signIn(MockMvc mvc, String username, String password, String address) throws Exception {
        var response = mvc.perform(post("/login")
                        .with(csrf())
                        .with(SignInThrottlingTests.from(address))
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/app");
        return response.getCookie("SESSION");
    }

    static int statusOf(MockMvc mvc, Cookie session) throws Exception {
        return mvc.perform(get("/app/profile").cookie(session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    String changePassword(Cookie session, String current, String next, String address) throws Exception {
        return mvc.perform(post("/app/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .with(SignInThrottlingTests.from(address))
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("confirmation", next))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    @DisplayName("Changing the password ends the account's other sessions and revokes its tokens; this session stays")
    void aPasswordChangeEndsTheOtherSessionsAndTokens() throws Exception {
        String name = tree.username("viewer");
        Cookie laptop = signIn(mvc, name, TestTree.PASSWORD, "198.51.100.21");
        Cookie phone = signIn(mvc, name, TestTree.PASSWORD, "198.51.100.22");
        String token = accounts.createToken(new CreateAccessToken("Báo cáo", 30, true), tree.scope("viewer"));
        assertThat(statusOf(mvc, phone)).isEqualTo(200);

        mvc.perform(post("/app/profile/password")
                        .cookie(laptop)
                        .with(csrf())
                        .param("currentPassword", TestTree.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(mvc, laptop)).isEqualTo(200);
        assertThat(statusOf(mvc, phone)).isEqualTo(302);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        signIn(mvc, name, NEW_PASSWORD, "198.51.100.21");
    }

    @Test
    @DisplayName("An administrator's reset ends every session of the account and revokes its tokens")
    void aResetEndsEverySessionAndToken() throws Exception {
        String name = tree.username("editor");
        Cookie session = signIn(mvc, name, TestTree.PASSWORD, "198.51.100.23");
        String token = accounts.createToken(new CreateAccessToken("Báo cáo", 30, false), tree.scope("editor"));
        long id = accounts.me(tree.scope("editor")).id();

        accounts.resetPassword(id, NEW_PASSWORD, tree.scope("admin"));

        assertThat(statusOf(mvc, session)).isEqualTo(302);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("Wrong current passwords count like failed sign-ins: after five, even the right one waits")
    void wrongCurrentPasswordsAreCountedAndThenRefused() throws Exception {
        String name = tree.username("wardsec");
        String address = "198.51.100.24";
        Cookie session = signIn(mvc, name, TestTree.PASSWORD, address);
        for (int i = 0; i < 5; i++) {
            assertThat(changePassword(session, "doan-mat-khau-" + i, NEW_PASSWORD, address))
                    .contains("Mật khẩu hiện tại không đúng.");
        }
        assertThat(changePassword(session, TestTree.PASSWORD, NEW_PASSWORD, address))
                .contains("Mật khẩu hiện tại đã bị nhập sai nhiều lần. Đề nghị đồng chí thử lại sau 1 phút.");
        assertThat(statusOf(mvc, signIn(mvc, name, TestTree.PASSWORD, "198.51.100.25")))
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "123456789012", "password1234", "qwertyuiop123", "Matkhau@123456"})
    @DisplayName("Common passwords, repeats and sequences are refused at the password field")
    void guessablePasswordsAreRefused(String password) {
        var error = assertThrows(
                BusinessRuleException.class,
                () -> accounts.createAccount(
                        new CreateAccount("doan." + tree.tag + password.length(), "Nguyễn Văn Đoán", null, password)));
        assertThat(error.field()).isEqualTo("password");
        assertThat(error.messageKey()).isEqualTo("account.error.passwordGuessable");
    }

    @Test
    @DisplayName("The demo's password is refused when the demo is off, with its own message")
    void theDemoPasswordIsRefusedOutsideTheDemo() {
        var error = assertThrows(
                BusinessRuleException.class,
                () -> accounts.createAccount(
                        new CreateAccount("mau." + tree.tag, "Trần Thị Mẫu", null, "LamTheoBac@2025")));
        assertThat(error.field()).isEqualTo("password");
        assertThat(error.messageKey()).isEqualTo("account.error.passwordDemo");
    }

    @Test
    @DisplayName(
            "A password longer than BCrypt reads (72 bytes) is refused at the field, and signing in with one is a plain failure")
    void aPasswordTooLongToHashIsRefusedNotAServerError() throws Exception {
        String long100 = "Dong-song-Hau-chay-qua-Can-Tho-".repeat(4).substring(0, 100);
        assertThat(long100.length()).isEqualTo(100);
        var error = assertThrows(
                BusinessRuleException.class,
                () -> accounts.createAccount(new CreateAccount("dai." + tree.tag, "Lê Văn Dài", null, long100)));
        assertThat(error.field()).isEqualTo("password");
        assertThat(error.messageKey()).isEqualTo("account.error.passwordTooLong");
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(SignInThrottlingTests.from("198.51.100.27"))
                        .param("username", tree.username("viewer"))
                        .param("password", long100))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/login?error"));
    }

    @Test
    @DisplayName("The profile form shows why a new password is refused, at its field, in Vietnamese")
    void theRefusalIsShownAtTheField() throws Exception {
        Cookie session = signIn(mvc, tree.username("officerb"), TestTree.PASSWORD, "198.51.100.26");
        String page = changePassword(session, TestTree.PASSWORD, "123456789012", "198.51.100.26");
        assertThat(page).contains("newPassword-error").contains("Mật khẩu này quá dễ đoán");
    }
}
