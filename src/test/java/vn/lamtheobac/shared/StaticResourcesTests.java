package vn.lamtheobac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;

/**
 * Stylesheets and scripts are downloaded once: pages link them under a name carrying their content hash, the hashed
 * name is cached for a year, and text travels gzip-compressed. Through the real server, since compression is done by
 * Tomcat, not by the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticResourcesTests {

    private static final Pattern APP_CSS = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");
    private static final Pattern APP_JS = Pattern.compile("src=\"(/js/app-[0-9a-f]{32}\\.js)\"");
    private static final Pattern BOOTSTRAP =
            Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min[^\"]*\\.css)\"");
    private static final Pattern FAVICON = Pattern.compile("href=\"(/favicon-[0-9a-f]{32}\\.svg)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestTree tree;

    final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    HttpResponse<String> get(String path, boolean gzip) throws Exception {
        return get(http, path, gzip);
    }

    HttpResponse<String> get(HttpClient http, String path, boolean gzip) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    static String linked(Pattern pattern, String html) {
        var matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("the page links %s", pattern).isTrue();
        return matcher.group(1);
    }

    void assertCachedForAYearAndCompressed(String path) throws Exception {
        var response = get(path, true);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                .as(path)
                .contains("max-age=31536000")
                .doesNotContain("no-store")
                .doesNotContain("no-cache");
        assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
    }

    @Test
    void theLoginPageLinksItsStylesheetsByVersionAndTheyAreCachedForAYearAndCompressed() throws Exception {
        var anonymous = HttpClient.newHttpClient();
        var page = get(anonymous, "/login", true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = get(anonymous, "/login", false).body();
        String css = linked(APP_CSS, html);
        String bootstrap = linked(BOOTSTRAP, html);

        assertCachedForAYearAndCompressed(css);
        assertCachedForAYearAndCompressed(bootstrap);
        // the icon under its hashed name is public too: a browser that asks for it before signing in must not be
        // sent to the sign-in page and, once signed in, back to the icon instead of the application
        var icon = get(anonymous, linked(FAVICON, html), false);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        // same origin, which the Content-Security-Policy allows
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'")
                .contains("style-src 'self'")
                .contains("script-src 'self'");
    }

    @Test
    void theStaffPagesLinkTheirScriptAndStylesheetByContentHash() throws Exception {
        String token = linked(CSRF, get("/login", false).body());
        var signIn = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username="
                        + URLEncoder.encode(tree.username("viewer"), StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(TestTree.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build();
        assertThat(http.send(signIn, HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(302);

        var page = get("/app", false);
        assertThat(page.statusCode()).isEqualTo(200);
        assertCachedForAYearAndCompressed(linked(APP_CSS, page.body()));
        assertCachedForAYearAndCompressed(linked(APP_JS, page.body()));
        assertThat(get("/app", true).headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
