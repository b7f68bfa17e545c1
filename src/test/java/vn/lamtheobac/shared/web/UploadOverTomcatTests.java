package vn.lamtheobac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
 * A records officer's large upload on the real Tomcat (MockMvc bypasses Tomcat's own limits and its error pages): a
 * file over the import's limit, and a request over the whole request's limit, are answered in Vietnamese, never with
 * Tomcat's English 413 page. Shares {@code TomcatSecurityTests}'s server (the same configuration, one context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadOverTomcatTests {

    static final int MB = 1024 * 1024;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpClient officer;

    @BeforeAll
    void signIn() throws Exception {
        var tree = TestTree.create(context);
        officer = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var signedIn = officer.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(tree.username("officer"))
                                + "&password=" + enc(TestTree.PASSWORD) + "&_csrf=" + enc(csrf("/login"))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String csrf(String page) throws Exception {
        var matcher = CSRF.matcher(
                officer.send(HttpRequest.newBuilder(uri(page)).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(matcher.find()).as("%s has a CSRF token", page).isTrue();
        return matcher.group(1);
    }

    /** The import page's form, as a browser sends it: the CSRF token, then the file; HTML accepted. */
    HttpResponse<String> importFile(int size) throws Exception {
        return importFile(size, "");
    }

    HttpResponse<String> importFile(int size, String query) throws Exception {
        String boundary = "----ranh-gioi-" + System.nanoTime();
        var body = new ByteArrayOutputStream(size + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + csrf("/app/people/import") + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nhan-su.xlsx\""
                                + "\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[size], 0, size);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return officer.send(
                HttpRequest.newBuilder(uri("/app/people/import" + query))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String message(String key, Object... args) {
        return context.getMessage(key, args, Locale.forLanguageTag("vi"));
    }

    @Test
    void aFileOverTheImportsLimitIsToldOnTheImportPage() throws Exception {
        var answer = importFile(26 * MB);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains(message("import.error.tooLarge", 20))
                .contains("id=\"file\"")
                .doesNotContain("Apache Tomcat")
                .doesNotContain("HTTP Status");
    }

    @Test
    void aRequestOverTheUploadLimitIs413InVietnamese() throws Exception {
        var answer = importFile(40 * MB);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body())
                .contains(message("error.413.title"))
                .contains(message("error.413.detail", 30))
                .doesNotContain("Apache Tomcat")
                .doesNotContain("HTTP Status")
                .doesNotContain("Payload Too Large");
        var english = importFile(40 * MB, "?lang=en");
        assertThat(english.statusCode()).isEqualTo(413);
        assertThat(english.body())
                .contains(context.getMessage("error.413.detail", new Object[] {30}, Locale.ENGLISH))
                .doesNotContain("Apache Tomcat");
    }
}
