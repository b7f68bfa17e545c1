package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.lamtheobac.TestClock;

/**
 * What only the real Tomcat shows: behind a TLS proxy the session cookie is Secure, HSTS is sent and the client's own
 * address is the one throttled and audited; and the errors Tomcat answers itself carry the security headers too. The
 * one test class with a server of its own (a second application context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class TomcatSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Sends {@code request} as raw bytes and returns the whole answer, headers and body. */
    String raw(String request) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            var answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
                // the server may close or reset after an error answer
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    @DisplayName("Behind a TLS proxy: the session cookie is Secure and HSTS is sent")
    void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        String answer = raw("GET /login HTTP/1.1\r\nHost: lamtheobac.example\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-For: 203.0.113.50\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(answer).containsPattern("(?i)Set-Cookie: SESSION=[^\\r\\n]*; Secure");
        assertThat(answer).containsPattern("(?i)Set-Cookie: SESSION=[^\\r\\n]*; HttpOnly; SameSite=Lax");
        assertThat(answer).contains("Strict-Transport-Security: max-age=31536000");
        String plain = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(plain)
                .doesNotContain("Strict-Transport-Security")
                .doesNotContainPattern("SESSION=[^\\r\\n]*; Secure");
    }

    @Test
    @DisplayName("Tomcat's own 400 answers carry the security headers and neither a report nor the server's version")
    void tomcatsOwnErrorsCarryTheHeaders() throws Exception {
        String[] malformed = {
            "GET /app/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /a|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n",
        };
        for (String request : malformed) {
            String answer = raw(request);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer)
                    .contains("Content-Security-Policy: default-src 'self'")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("X-Frame-Options: DENY")
                    .contains("Permissions-Policy: camera=()")
                    .doesNotContain("Apache Tomcat")
                    .doesNotContain("Exception Report")
                    .doesNotContain("Invalid character");
        }
    }
}
