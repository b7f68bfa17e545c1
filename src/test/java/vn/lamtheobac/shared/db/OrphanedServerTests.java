package vn.lamtheobac.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server of an application killed with SIGKILL keeps running with nobody to stop it. The next start on
 * the same data directory stops it cleanly and starts on the same data, without a hand on the keyboard; while the
 * application that owns the directory is alive, a second one refuses to start on it.
 */
class OrphanedServerTests {

    @TempDir
    Path temp;

    Process application;
    Optional<ProcessHandle> orphan = Optional.empty();

    @AfterEach
    void cleanUp() throws Exception {
        if (application != null) {
            application.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        orphan.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** A child JVM that starts the server on {@code dir}, writes a row and waits; returned once the row is written. */
    Process startApplication(Path dir) throws Exception {
        Path log = temp.resolve("application.log");
        var process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledApplication.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        org.awaitility.Awaitility.await("the application started within 60 s")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    assertThat(process.isAlive())
                            .as("the application is running; its output:%n%s", Files.readString(log))
                            .isTrue();
                    return Files.readString(log).contains("READY");
                });
        return process;
    }

    ProcessHandle serverOf(Path dir) throws Exception {
        List<String> pidFile = Files.readAllLines(dir.resolve("postmaster.pid"));
        return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim())).orElseThrow();
    }

    @Test
    void theServerOfAKilledApplicationIsStoppedAndTheNextStartFindsItsData() throws Exception {
        Path dir = temp.resolve("pg");
        application = startApplication(dir);
        var server = serverOf(dir);
        orphan = Optional.of(server);

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(dir.toString(), 0, true))
                        .close())
                .as("a second instance on a directory a live application uses")
                .hasMessageContaining("in use by another running instance of the application")
                .hasMessageContaining(dir.toString());
        assertThat(application.isAlive()).isTrue();

        application.destroyForcibly(); // SIGKILL: the application has no chance to stop its server
        assertThat(application.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(server.isAlive())
                .as("the killed application's server, left running")
                .isTrue();

        try (EmbeddedPostgres restarted =
                EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(dir.toString(), 0, true))) {
            var jdbc = JdbcClient.create(HeldEmbeddedServer.dataSource(restarted.getJdbcUrl("postgres", "postgres")));
            assertThat(jdbc.sql("select note from before_the_kill where id = 1")
                            .query(String.class)
                            .single())
                    .isEqualTo("Ghi trước khi bị dừng đột ngột");
            assertThat(server.isAlive()).as("the left-over server").isFalse();
            assertThat(serverOf(dir).pid()).isNotEqualTo(server.pid());
        }
        assertThat(Files.exists(dir.resolve("PG_VERSION")))
                .as("the data directory is kept")
                .isTrue();
    }
}
