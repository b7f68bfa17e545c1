package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.identity.AccountCommands.CreateAccessToken;

/**
 * Failed sign-ins are throttled per user name and client address, per address and per user name (NIST SP 800-63B
 * §5.2.2), never locked: a stranger cannot lock anyone out, a name with no account gets the same answer, and an
 * administrator reads an alert in the audit trail. Every test signs in from addresses of its own (documentation
 * ranges), so the buckets of one test never touch another's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottlingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .with(csrf())
                        .with(from(address))
                        .param("username", username)
                        .param("password", password))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    void fail(String username, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            signIn(username, "sai-mat-khau-" + i, address);
        }
    }

    @Test
    @DisplayName(
            "Twenty bad guesses from a stranger's address lock nobody out: the right password from elsewhere signs in")
    void aStrangerCannotLockSomeoneOut() throws Exception {
        String admin = tree.username("admin");
        fail(admin, "203.0.113.1", 20);
        assertThat(signIn(admin, TestTree.PASSWORD, "198.51.100.1")).isEqualTo("/app");
    }

    @Test
    @DisplayName("While the user name is under attack, the account's API tokens keep working")
    void tokensKeepWorkingWhileTheNameIsUnderAttack() throws Exception {
        String token = accounts.createToken(new CreateAccessToken("Báo cáo", 30, true), tree.scope("officer"));
        fail(tree.username("officer"), "203.0.113.2", 12);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("An unknown name, a wrong password and a disabled account read the same answer, throttled alike")
    void unknownNamesWrongPasswordsAndDisabledAccountsReadTheSame() throws Exception {
        String wrong = signIn(tree.username("viewer"), "sai-mat-khau", "203.0.113.3");
        String unknown = signIn("khong-co-ai-" + tree.tag, "sai-mat-khau", "203.0.113.3");
        var editor = accounts.get(
                accounts.list(tree.username("editor"), new vn.lamtheobac.shared.PageRequest(0, 5), tree.scope("admin"))
                        .content()
                        .get(0)
                        .id(),
                tree.scope("admin"));
        accounts.setEnabled(editor.id(), false, editor.version(), tree.scope("admin"));
        String disabledRightPassword = signIn(tree.username("editor"), TestTree.PASSWORD, "203.0.113.3");
        assertThat(wrong).isEqualTo("/login?error");
        assertThat(unknown).isEqualTo(wrong);
        assertThat(disabledRightPassword).isEqualTo(wrong);

        fail(tree.username("viewer"), "203.0.113.4", 5);
        fail("khong-co-ai-" + tree.tag, "203.0.113.4", 5);
        String knownThrottled = signIn(tree.username("viewer"), TestTree.PASSWORD, "203.0.113.4");
        String unknownThrottled = signIn("khong-co-ai-" + tree.tag, "bat-ky", "203.0.113.4");
        assertThat(knownThrottled).startsWith("/login?error&retry=");
        assertThat(unknownThrottled).isEqualTo(knownThrottled);
        mvc.perform(get("/login").param("error", "").param("retry", "1"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("thử lại sau 1 phút")));
    }

    @Test
    @DisplayName("Five failures from one address hold even the right password back there; each wait grows, then ends")
    void delaysGrowFromOneAddressAndEndWithTime() throws Exception {
        String member = tree.username("member");
        String address = "203.0.113.5";
        fail(member, address, 5);
        assertThat(signIn(member, TestTree.PASSWORD, address)).isEqualTo("/login?error&retry=1");

        var waits = new java.util.ArrayList<Integer>();
        for (int i = 0; i < 40 && (waits.isEmpty() || waits.get(waits.size() - 1) < 15); i++) {
            String answer = signIn(member, "sai-mat-khau", address);
            if (answer.contains("retry=")) {
                int minutes = Integer.parseInt(answer.substring(answer.indexOf("retry=") + 6));
                waits.add(minutes);
                TestClock.advance(Duration.ofMinutes(minutes));
            }
        }
        assertThat(waits).first().isEqualTo(1);
        assertThat(waits.get(waits.size() - 1)).isGreaterThanOrEqualTo(15);
        assertThat(signIn(member, TestTree.PASSWORD, address)).isEqualTo("/app");
    }

    @Test
    @DisplayName("A throttled attempt writes an alert line an administrator reads on the audit page")
    void aThrottledAttemptWritesAnAlert() throws Exception {
        String name = tree.username("wardsec");
        fail(name, "203.0.113.6", 5);
        signIn(name, TestTree.PASSWORD, "203.0.113.6");
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'SECURITY_ALERT' and actor = ?"
                                + " and detail like 'kind=SIGN_IN_THROTTLED%' and client_ip = '203.0.113.6'")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String page = mvc.perform(
                        get("/app/admin/audit")
                                .param("action", "SECURITY_ALERT")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(tree.user("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Cảnh báo an ninh").contains("Đăng nhập bị tạm giới hạn do sai nhiều lần");
    }

    @Test
    @DisplayName("Many names guessed from one address: that address is held back, even for a right password")
    void oneAddressGuessingManyNamesIsHeldBack() throws Exception {
        String address = "203.0.113.7";
        for (int i = 0; i < 30; i++) {
            signIn("doan-ten-" + i + "-" + tree.tag, "sai-mat-khau", address);
        }
        assertThat(signIn(tree.username("cellsec"), TestTree.PASSWORD, address)).startsWith("/login?error&retry=");
        assertThat(signIn(tree.username("cellsec"), TestTree.PASSWORD, "198.51.100.7"))
                .isEqualTo("/app");
    }

    @Test
    @DisplayName(
            "A hundred failures in a row for one name from many addresses: an alert, and the right password still works")
    void aHundredFailuresForOneNameAlertWithoutBlocking() throws Exception {
        String name = tree.username("officerb");
        for (int i = 0; i < 100; i++) {
            signIn(name, "sai-mat-khau", "192.0.2." + (i + 1));
        }
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'SECURITY_ALERT' and actor = ?"
                                + " and detail like 'kind=SIGN_IN_NAME_LIMIT_REACHED%'")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(signIn(name, TestTree.PASSWORD, "198.51.100.8")).isEqualTo("/app");
    }
}
