package vn.lamtheobac.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server small committees run in production acknowledges a commit only once it is on disk: zonky's
 * test-friendly defaults (fsync off, asynchronous commit) are overridden unless the configuration says otherwise.
 */
class DurableServerTests {

    @Test
    void aDurableServerWritesEveryCommitToDiskBeforeAcknowledgingIt() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties("", 0, true))) {
            var jdbc = JdbcClient.create(HeldEmbeddedServer.dataSource(server.getJdbcUrl("postgres", "postgres")));
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show full_page_writes").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
        }
    }

    @Test
    void theDefaultIsDurable() {
        var bound = new org.springframework.boot.context.properties.bind.Binder(
                        new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                                java.util.Map.of()))
                .bindOrCreate("lamtheobac.embedded-db", EmbeddedDatabaseProperties.class);
        assertThat(bound.durable()).isTrue();
        assertThat(bound.dataDir()).isEqualTo("data/pg");
    }
}
