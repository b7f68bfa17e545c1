package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.identity.AccountCommands.CreateAccessToken;

/**
 * Sessions as a browser lives them: a new session id at sign-in, sign-out ends it, the idle timeout and the absolute
 * lifetime end it, and no state-changing route of the browser application takes a request without its CSRF token —
 * neither from a signed-in session nor from a bearer token.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAndSignInTests {

    private static final Set<RequestMethod> CHANGES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    Cookie signIn(String role, String address) throws Exception {
        return PasswordChangeTests.signIn(mvc, tree.username(role), TestTree.PASSWORD, address);
    }

    static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()));
    }

    @Test
    @DisplayName("Signing in gives the session a new id: an id planted before sign-in is worth nothing after it")
    void signingInChangesTheSessionId() throws Exception {
        Cookie before = mvc.perform(get("/login").with(SignInThrottlingTests.from("198.51.100.31")))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(before)
                .as("the sign-in page opens a session for its CSRF token")
                .isNotNull();

        var response = mvc.perform(post("/login")
                        .cookie(before)
                        .with(csrf())
                        .with(SignInThrottlingTests.from("198.51.100.31"))
                        .param("username", tree.username("viewer"))
                        .param("password", TestTree.PASSWORD))
                .andExpect(redirectedUrl("/app"))
                .andReturn()
                .getResponse();
        Cookie after = response.getCookie("SESSION");

        assertThat(after).isNotNull();
        assertThat(sessionId(after)).isNotEqualTo(sessionId(before));
        assertThat(PasswordChangeTests.statusOf(mvc, after)).isEqualTo(200);
        assertThat(PasswordChangeTests.statusOf(mvc, before)).isEqualTo(302);
    }

    @Test
    @DisplayName("Signing out ends the session on the server: its cookie opens nothing afterwards")
    void signingOutEndsTheSession() throws Exception {
        Cookie session = signIn("officer", "198.51.100.32");
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(PasswordChangeTests.statusOf(mvc, session)).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(sessionId(session))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("A session idle for more than 30 minutes has ended")
    void anIdleSessionEnds() throws Exception {
        Cookie session = signIn("editor", "198.51.100.33");
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
                        .param(sessionId(session))
                        .query(Integer.class)
                        .single())
                .isEqualTo(30 * 60);
        jdbc.sql("update spring_session set last_access_time = last_access_time - ? where session_id = ?")
                .params(Duration.ofMinutes(31).toMillis(), sessionId(session))
                .update();
        assertThat(PasswordChangeTests.statusOf(mvc, session)).isEqualTo(302);
    }

    @Test
    @DisplayName("However active its user, a session ends 12 hours after signing in; pages, htmx and the API say so")
    void aSessionEndsAfterItsAbsoluteLifetime() throws Exception {
        Cookie session = signIn("wardsec", "198.51.100.34");
        TestClock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(PasswordChangeTests.statusOf(mvc, session)).isEqualTo(200);

        TestClock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/app").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/app").cookie(session)).andExpect(redirectedUrl("/login"));

        Cookie htmx = signIn("cellsec", "198.51.100.35");
        Cookie api = signIn("member", "198.51.100.36");
        TestClock.advance(Duration.ofHours(12));
        mvc.perform(get("/app/notifications").cookie(htmx).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login?expired"));
        mvc.perform(get("/api/v1/me").cookie(api)).andExpect(status().isUnauthorized());
    }

    /** Every state-changing route of the browser application, its path variables filled in. */
    List<String[]> stateChangingRoutes() {
        var routes = new ArrayList<String[]>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/app/") && !pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (var verb : methods.isEmpty() ? CHANGES : methods) {
                    if (CHANGES.contains(verb)) {
                        routes.add(new String[] {verb.name(), path});
                    }
                }
            }
        });
        return routes;
    }

    @Test
    @DisplayName("Every POST, PUT, PATCH and DELETE route refuses a signed-in request without its CSRF token")
    void everyStateChangingRouteNeedsTheCsrfToken() throws Exception {
        var routes = stateChangingRoutes();
        assertThat(routes).hasSizeGreaterThan(50);
        var admitted = new ArrayList<String>();
        for (String[] route : routes) {
            int status = mvc.perform(
                            request(HttpMethod.valueOf(route[0]), route[1]).with(user(tree.user("admin"))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                admitted.add(route[0] + " " + route[1] + " → " + status);
            }
        }
        assertThat(admitted).isEmpty();
    }

    @Test
    @DisplayName(
            "A bearer token changes nothing on the browser application: every state-changing /app route refuses it")
    void noBrowserRouteTakesABearerToken() throws Exception {
        String token = accounts.createToken(new CreateAccessToken("Quản trị", 1, false), tree.scope("admin"));
        var admitted = new ArrayList<String>();
        for (String[] route : stateChangingRoutes()) {
            if (!route[1].startsWith("/app/")) {
                continue;
            }
            int status = mvc.perform(
                            request(HttpMethod.valueOf(route[0]), route[1]).header("Authorization", "Bearer " + token))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                admitted.add(route[0] + " " + route[1] + " → " + status);
            }
        }
        assertThat(admitted).isEmpty();
    }
}
