package vn.lamtheobac.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster lives; empty means a temporary directory removed at exit (tests)
 * @param port TCP port on the loopback interface; 0 picks a free one
 * @param durable every commit reaches the disk before it is acknowledged ({@code fsync}, {@code full_page_writes} and
 *     {@code synchronous_commit} on), so a power cut loses nothing committed; false only for tests, where the server's
 *     data is thrown away anyway and speed matters
 */
@ConfigurationProperties("lamtheobac.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/pg") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("true") boolean durable) {}
