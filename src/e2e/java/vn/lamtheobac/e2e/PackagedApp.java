package vn.lamtheobac.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * The packaged application ({@code target/lamtheobac-*.jar}), started once per test JVM exactly as an operator starts
 * it, on a fresh embedded database that the demo generator fills, and stopped when the JVM ends. Its output goes to
 * {@code target/e2e/app.log}.
 *
 * <p>The clock starts at {@link #TODAY} (Vietnam time) so the journeys do not depend on the calendar, and the idle
 * timeout is {@link #SESSION_TIMEOUT} so the idle warning can be seen within a minute.
 */
final class PackagedApp {

    /** The date the application believes it is when the journeys start: December, when commitments are assessed. */
    static final String TODAY = "2026-12-10T09:00:00+07:00";

    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(60);

    private static PackagedApp running;

    final String baseUrl;
    final Path out;
    private final Process process;

    private PackagedApp(String externalUrl) {
        out = Path.of(System.getProperty("e2e.out", "target/e2e"));
        baseUrl = externalUrl;
        process = null;
    }

    private PackagedApp() {
        out = Path.of(System.getProperty("e2e.out", "target/e2e"));
        Path jar = Path.of(System.getProperty("e2e.jar", "target/lamtheobac-0.1.0-SNAPSHOT.jar"));
        try {
            Path data = out.resolve("pg");
            deleteRecursively(data);
            Files.createDirectories(out);
            int port = AppProcess.freePort();
            baseUrl = "http://127.0.0.1:" + port;
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx1g",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--server.port=" + port,
                            "--lamtheobac.embedded-db.data-dir=" + data.toAbsolutePath(),
                            "--lamtheobac.clock.start=" + TODAY,
                            "--spring.session.timeout=" + SESSION_TIMEOUT.toSeconds() + "s"))
                    .redirectErrorStream(true)
                    .redirectOutput(out.resolve("app.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        try {
            AppProcess.awaitHealthy(baseUrl, process, Duration.ofMinutes(4), "The application", out.resolve("app.log"));
        } catch (IllegalStateException e) {
            stop();
            throw e;
        }
    }

    static synchronized PackagedApp get() {
        if (running == null) {
            // -De2e.baseUrl=http://127.0.0.1:8080 drives an application already running (started with the same
            // options, see the README), to write a journey without waiting for a start each time
            String external = System.getProperty("e2e.baseUrl");
            running = external == null || external.isBlank() ? new PackagedApp() : new PackagedApp(external);
        }
        return running;
    }

    private void stop() {
        if (process != null && process.isAlive()) {
            process.destroy(); // SIGTERM: Spring closes the pool, then the embedded PostgreSQL
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
