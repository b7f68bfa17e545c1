package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Finding 9 of issue 11: an officer who sends twenty actions at once from one browser session (twenty tabs, a double
 * click repeated) gets twenty ordinary answers. Each action leaves a message for the next page in the session, and
 * the session store must take the twenty writes of that attribute without a duplicate-key error (a 500 page for an
 * action that had in fact committed). Through the real server and its session store, not MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSessionRequestsTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int REQUESTS = 20;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    TestTree tree;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .executor(Executors.newFixedThreadPool(REQUESTS))
            .build();

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String csrf(String path) throws Exception {
        var page = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("%s carries a CSRF token", path).isTrue();
        return matcher.group(1);
    }

    static String form(String... pairs) {
        var body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    @Test
    void twentyActionsSentAtOnceFromOneSessionAllAnswerAndAllAreRecorded() throws Exception {
        var signIn = http.send(
                post(
                        "/login",
                        form(
                                "username", tree.username("officer"),
                                "password", TestTree.PASSWORD,
                                "_csrf", csrf("/login"))),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        String token = csrf("/app/directives/new");
        String deadline = DATE.format(VietnamTime.today(clock).plusDays(20));

        for (int round = 0; round < 3; round++) {
            var start = new CountDownLatch(1);
            var answers = new ArrayList<CompletableFuture<HttpResponse<String>>>();
            for (int i = 0; i < REQUESTS; i++) {
                var request = post(
                        "/app/directives",
                        form(
                                "issuingOrganizationId",
                                String.valueOf(tree.city),
                                "typeCode",
                                "KH",
                                "title",
                                "Kế hoạch đồng thời " + tree.tag + " " + round + "-" + i,
                                "deadline",
                                deadline,
                                "version",
                                "0",
                                "_csrf",
                                token));
                answers.add(CompletableFuture.supplyAsync(
                                () -> {
                                    try {
                                        start.await();
                                        return null;
                                    } catch (InterruptedException e) {
                                        throw new IllegalStateException(e);
                                    }
                                },
                                http.executor().orElseThrow())
                        .thenCompose(ignored -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())));
            }
            start.countDown();
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.statusCode())
                        .as("every action of the burst answers with the redirect to its directive, never an error page")
                        .isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElse("")).contains("/app/directives/");
            }
        }

        Integer drafted = jdbc.sql("select count(*) from directive.directives where title like ?")
                .param("Kế hoạch đồng thời " + tree.tag + " %")
                .query(Integer.class)
                .single();
        assertThat(drafted).isEqualTo(3 * REQUESTS);
        // and the session still works afterwards, with the message of one of the actions
        var after =
                http.send(HttpRequest.newBuilder(uri("/app/directives")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
    }
}
