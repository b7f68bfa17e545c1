package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.shared.PageRequest;

/** What an administrator does with accounts, and what a user does with their own sessions and grants. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountAdministrationTests {

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
    void anAdministratorCreatesAnAccountAndGrantsARoleOverASubtree() throws Exception {
        String username = "moi." + tree.tag;
        String location = mvc.perform(post("/app/admin/accounts")
                        .with(csrf())
                        .with(user(tree.user("admin")))
                        .param("username", username)
                        .param("displayName", "Cán bộ mới")
                        .param("password", "Mot-mat-khau-dai-2025"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/app/admin/accounts/{id}/grants", id)
                        .with(csrf())
                        .with(user(tree.user("admin")))
                        .param("role", "SECRETARY")
                        .param("organizationId", String.valueOf(tree.cellB1)))
                .andExpect(redirectedUrl("/app/admin/accounts/" + id));

        var principal = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(username);
        mvc.perform(get("/api/v1/me").with(user(principal)))
                .andExpect(jsonPath("$.grants[0].role").value("SECRETARY"))
                .andExpect(jsonPath("$.grants[0].organizationId").value(tree.cellB1));
        mvc.perform(get("/api/v1/people/{id}", tree.personB1).with(user(principal)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/{id}", tree.personA1).with(user(principal)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBadAccountFormSaysWhatIsWrongAtEachField() throws Exception {
        mvc.perform(post("/app/admin/accounts")
                        .with(csrf())
                        .with(user(tree.user("admin")))
                        .param("username", "Tên Có Dấu")
                        .param("displayName", "Cán bộ")
                        .param("password", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập gồm 3–64 ký tự")));
    }

    @Test
    void aRevokedGrantStopsWorkingAtOnce() throws Exception {
        var officer = tree.user("officerb");
        mvc.perform(get("/api/v1/organizations/{id}", tree.cellB1).with(user(officer)))
                .andExpect(status().isOk());
        var account = accounts.list(tree.username("officerb"), new PageRequest(0, 1), tree.scope("admin"))
                .content()
                .get(0);
        accounts.revoke(account.grants().get(0).id(), tree.scope("admin"));
        mvc.perform(get("/api/v1/organizations/{id}", tree.cellB1).with(user(officer)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theScopeSwitcherNarrowsTheSessionToOneGrant() throws Exception {
        var account = accounts.list(tree.username("viewer"), new PageRequest(0, 1), tree.scope("admin"))
                .content()
                .get(0);
        accounts.grant(
                new AccountCommands.GrantRole(account.id(), vn.lamtheobac.shared.Role.SECRETARY, tree.cellB1),
                tree.scope("admin"));
        Cookie session = signIn("viewer");
        mvc.perform(get("/api/v1/people/{id}", tree.personA1).cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/app/scope")
                        .param("grant", "SECRETARY:" + tree.cellB1)
                        .cookie(session)
                        .with(csrf()))
                .andExpect(redirectedUrl("/app"));
        mvc.perform(get("/api/v1/people/{id}", tree.personA1).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", tree.personB1).cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/app/scope").param("grant", "").cookie(session).with(csrf()));
        mvc.perform(get("/api/v1/people/{id}", tree.personA1).cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aUserSignsOutTheirOtherSessions() throws Exception {
        Cookie first = signIn("wardsec");
        Cookie second = signIn("wardsec");
        mvc.perform(get("/app").cookie(second)).andExpect(status().isOk());

        mvc.perform(post("/app/profile/sessions/sign-out-others").cookie(first).with(csrf()))
                .andExpect(redirectedUrl("/app/profile"));

        mvc.perform(get("/app").cookie(second)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/app").cookie(first)).andExpect(status().isOk());
    }

    @Test
    void missingPagesAnswerInVietnamese() throws Exception {
        mvc.perform(get("/app/organizations/{id}", Long.MAX_VALUE).with(user(tree.user("officer"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy")));
        mvc.perform(get("/api/v1/organizations/{id}", Long.MAX_VALUE).with(user(tree.user("officer"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Không tìm thấy"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/organizations/{id}", Long.MAX_VALUE)
                        .param("lang", "en")
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    Cookie signIn(String role) throws Exception {
        var result = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", tree.username(role))
                        .param("password", TestTree.PASSWORD))
                .andExpect(redirectedUrl("/app"))
                .andReturn();
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }
}
