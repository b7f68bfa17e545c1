package vn.lamtheobac.e2e.failure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import vn.lamtheobac.e2e.AppProcess;

/**
 * The packaged application as an operator runs it, for the failure suite: its own embedded database in a directory
 * and on a port of its own (so {@code psql}, {@code pg_dump} and this class reach it), started, stopped, or killed with
 * SIGKILL (its database server left running, orphaned), and started again on the same data and port, the orphan
 * stopped by the start itself. Also a small HTTP client that signs in as a demo account.
 */
final class OperatedApp {

    static final String PASSWORD = "LamTheoBac@2025";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final Path out;
    final Path data;
    final int dbPort;
    final int port;
    final String baseUrl;
    private final List<String> extraArgs;
    private final String name;
    private Process process;
    /** The database server a {@link #kill()} left running, until the next start stops it. */
    private ProcessHandle orphan;

    OperatedApp(String name, List<String> extraArgs) {
        this.name = name;
        this.out = Path.of(System.getProperty("e2e.out", "target/e2e")).resolve(name);
        this.data = out.resolve("pg");
        this.extraArgs = extraArgs;
        try {
            deleteRecursively(data);
            Files.createDirectories(out);
            this.dbPort = AppProcess.freePort();
            this.port = AppProcess.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + dbPort + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    OperatedApp start() {
        Path jar = Path.of(System.getProperty("e2e.jar", "target/lamtheobac-0.1.0-SNAPSHOT.jar"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-Xmx1g",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--lamtheobac.embedded-db.data-dir=" + data.toAbsolutePath(),
                "--lamtheobac.embedded-db.port=" + dbPort));
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            out.resolve("app.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            AppProcess.awaitHealthy(baseUrl, process, Duration.ofMinutes(5), name, out.resolve("app.log"));
        } catch (IllegalStateException e) {
            stop();
            throw e;
        }
        if (orphan != null && orphan.isAlive()) {
            stop();
            throw new IllegalStateException("the database server (PID " + orphan.pid()
                    + ") left running by the killed application is still running after the restart");
        }
        orphan = null;
        return this;
    }

    /**
     * SIGKILL to the application, as a crash or the kernel's OOM killer delivers it: nothing in it is given a chance to
     * finish. The embedded database server it started is not its child (pg_ctl detaches it) and keeps running with
     * nobody to stop it; nothing here stops it by hand: the next {@link #start()} must find it and stop it itself.
     */
    void kill() throws IOException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.onExit().join();
        orphan = ProcessHandle.of(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid"))
                        .get(0)
                        .trim()))
                .filter(ProcessHandle::isAlive)
                .orElseThrow(
                        () -> new IllegalStateException("the killed application's database server is not running"));
    }

    /** SIGTERM: Spring closes the pool, then the embedded PostgreSQL (and a server a failed restart left behind). */
    void stop() {
        if (orphan != null && orphan.isAlive()) {
            orphan.destroy();
        }
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A signed-in browser-less client of the application. */
    Session signIn(String username) throws IOException, InterruptedException {
        var session = new Session();
        String token = session.csrf("/login");
        var response = session.http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("could not sign in as " + username);
        }
        return session;
    }

    final class Session {

        final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String csrf(String path) throws IOException, InterruptedException {
            var matcher = CSRF.matcher(get(path).body());
            if (!matcher.find()) {
                throw new IllegalStateException(path + " has no CSRF token");
            }
            return matcher.group(1);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        /** A form post with the CSRF token of the page {@code csrfFrom} and the given name-value pairs. */
        HttpResponse<String> post(String path, String csrfFrom, String... pairs)
                throws IOException, InterruptedException {
            var body = new StringBuilder("_csrf=" + enc(csrf(csrfFrom)));
            for (int i = 0; i < pairs.length; i += 2) {
                body.append('&').append(pairs[i]).append('=').append(enc(pairs[i + 1]));
            }
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** A multipart upload of one file in field {@code file}, as the import page's form sends it. */
        HttpResponse<String> upload(String path, String csrfFrom, String fileName, String type, byte[] content)
                throws IOException, InterruptedException {
            String boundary = "----lamtheobac" + System.nanoTime();
            var body = new java.io.ByteArrayOutputStream();
            String token = csrf(csrfFrom);
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
