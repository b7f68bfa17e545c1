package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.identity.AccountCommands.CreateAccessToken;
import vn.lamtheobac.shared.BusinessRuleException;

/**
 * Personal access tokens are for the API only: on the browser application a bearer header signs nobody in and skips
 * no CSRF check, so a token can neither mint a longer-lived one nor act as an administrator there. A token expires
 * within the configured maximum, and a read-only one only reads.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTokenTests {

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

    @Test
    @DisplayName("The attack of issue 11: a 1-day token cannot mint a 365-day token through the profile form")
    void aOneDayTokenCannotMintALongerOne() throws Exception {
        var scope = tree.scope("cellsec");
        String token = accounts.createToken(new CreateAccessToken("Một ngày", 1, false), scope);
        int before = accounts.tokens(scope).size();

        int status = mvc.perform(post("/app/profile/tokens")
                        .header("Authorization", "Bearer " + token)
                        .param("name", "Một năm")
                        .param("validDays", "365"))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(accounts.tokens(scope)).hasSize(before);
    }

    @Test
    @DisplayName("The attack of issue 11: an administrator's token cannot create an account through the admin pages")
    void anAdministratorsTokenCannotCreateAnAccount() throws Exception {
        String token = accounts.createToken(new CreateAccessToken("Quản trị", 1, false), tree.scope("admin"));
        String username = "ke-gian." + tree.tag;

        int status = mvc.perform(post("/app/admin/accounts")
                        .header("Authorization", "Bearer " + token)
                        .param("username", username)
                        .param("displayName", "Kẻ gian")
                        .param("password", "Mot-cau-rat-dai-khong-doan-duoc-2026"))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from identity.accounts where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("On the browser application a bearer header signs nobody in")
    void aBearerHeaderSignsNobodyInOnTheBrowserApplication() throws Exception {
        String token = accounts.createToken(new CreateAccessToken("Trình duyệt", 1, false), tree.scope("officer"));
        mvc.perform(get("/app/people").header("Authorization", "Bearer " + token))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName(
            "No token lives for ever: at most the configured maximum (90 days), and it stops working when it expires")
    void aTokenHasAMaximumLifetime() throws Exception {
        var scope = tree.scope("viewer");
        var tooLong = assertThrows(
                BusinessRuleException.class,
                () -> accounts.createToken(new CreateAccessToken("Một năm", 365, true), scope));
        assertThat(tooLong.field()).isEqualTo("validDays");
        var forEver = assertThrows(
                BusinessRuleException.class,
                () -> accounts.createToken(new CreateAccessToken("Mãi mãi", null, true), scope));
        assertThat(forEver.field()).isEqualTo("validDays");

        String token = accounts.createToken(new CreateAccessToken("Ba tháng", 90, true), scope);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        TestClock.advance(Duration.ofDays(90));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("A read-only token reads, and any change through it answers 403 with a problem detail")
    void aReadOnlyTokenOnlyReads() throws Exception {
        var scope = tree.scope("cellsec");
        String readOnly = accounts.createToken(new CreateAccessToken("Chỉ đọc", 7, true), scope);
        String full = accounts.createToken(new CreateAccessToken("Đầy đủ", 7, false), scope);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + readOnly))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/commitments/{id}/submit", Long.MAX_VALUE)
                        .header("Authorization", "Bearer " + readOnly)
                        .contentType("application/json")
                        .content("{\"version\":0}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chỉ được đọc")));
        mvc.perform(post("/api/v1/commitments/{id}/submit", Long.MAX_VALUE)
                        .header("Authorization", "Bearer " + full)
                        .contentType("application/json")
                        .content("{\"version\":0}"))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("A revoked token answers 401 at once")
    void aRevokedTokenStopsAtOnce() throws Exception {
        var scope = tree.scope("wardsec");
        String token = accounts.createToken(new CreateAccessToken("Thu hồi", 7, true), scope);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        accounts.revokeToken(accounts.tokens(scope).get(0).id(), scope);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }
}
