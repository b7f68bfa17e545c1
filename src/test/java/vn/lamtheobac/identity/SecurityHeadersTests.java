package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;

/** The headers every page carries, and what the health endpoint tells whom. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    @Test
    @DisplayName("Pages turn off browser features no page uses (Permissions-Policy)")
    void pagesCarryAPermissionsPolicy() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")))
                .andExpect(
                        header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("geolocation=()")));
    }

    @Test
    @DisplayName("HSTS is sent over HTTPS only")
    void strictTransportSecurityOverHttpsOnly() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string(
                                "Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    @DisplayName("Health details (data path, free disk) are for administrators; a member reads only UP")
    void healthDetailsAreForAdministrators() throws Exception {
        String member = mvc.perform(get("/actuator/health").with(user(tree.user("member"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String admin = mvc.perform(get("/actuator/health").with(user(tree.user("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String anonymous =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        assertThat(member)
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("diskSpace");
        assertThat(anonymous).doesNotContain("components");
        assertThat(admin).contains("diskSpace");
    }
}
