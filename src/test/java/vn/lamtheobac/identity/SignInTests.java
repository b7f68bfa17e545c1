package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.identity.AccountCommands.CreateAccessToken;

/** Form sign-in, CSRF, security headers and personal access tokens, as a user or an API client meets them. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTests {

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

    @Test
    void theLoginPageIsInVietnamese() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ĐẢNG CỘNG SẢN VIỆT NAM")));
    }

    @Test
    void theStaffApplicationAsksToSignIn() throws Exception {
        mvc.perform(get("/app/people")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
    }

    @Test
    void aRightPasswordSignsIn() throws Exception {
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", tree.username("viewer"))
                        .param("password", TestTree.PASSWORD))
                .andExpect(redirectedUrl("/app"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/app/organizations/{id}/rename", tree.cellA1)
                        .param("name", "Không có mã CSRF")
                        .param("version", "0")
                        .with(user(tree.user("officer"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", tree.username("viewer")).param("password", TestTree.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aPersonalAccessTokenActsWithItsOwnersScopeUntilRevoked() throws Exception {
        var scope = tree.scope("cellsec");
        String token = accounts.createToken(new CreateAccessToken("Báo cáo tự động", 30, false), scope);
        assertThat(token).startsWith("ltb_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(tree.username("cellsec")))
                .andExpect(jsonPath("$.grants[0].role").value("SECRETARY"))
                .andExpect(jsonPath("$.grants[0].organizationId").value(tree.cellA1));
        mvc.perform(get("/api/v1/people/{id}", tree.personA2).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());

        long id = accounts.tokens(scope).get(0).id();
        accounts.revokeToken(id, scope);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("thu hồi")));
    }

    @Test
    void theApiIsDescribedWithoutTheResolvedScope() throws Exception {
        var description = mvc.perform(get("/v3/api-docs").with(user(tree.user("viewer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(description)
                .contains("/api/v1/people/{id}")
                .contains("bearer")
                .doesNotContain("\"name\":\"scope\"");
    }

    @Test
    void aWrongTokenIsRefusedEvenWithoutASession() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ltb_khong-hop-le"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void passwordsShorterThanTwelveCharactersAreRefused() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                vn.lamtheobac.shared.BusinessRuleException.class,
                () -> accounts.createAccount(
                        new AccountCommands.CreateAccount("ngan." + tree.tag, "Ngắn", null, "Ngan@2025")));
        assertThat(error.messageKey()).isEqualTo("account.error.passwordLength");
        assertThat(error.field()).isEqualTo("password");
    }
}
