package vn.lamtheobac.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster lives; empty means a temporary directory removed at exit (tests)
 * @param port TCP port on the loopback interface; 0 picks a free one
 */
@ConfigurationProperties("lamtheobac.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/pg") String dataDir,
        @DefaultValue("0") int port) {}
