package vn.lamtheobac.shared.db;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the test JVM's embedded PostgreSQL running while a test stops and starts application nodes on it (the last
 * node to stop would otherwise stop the server and its temporary data with it), and talks to it directly, as an
 * operator's {@code psql} would.
 */
public final class HeldEmbeddedServer implements AutoCloseable {

    public final String jdbcUrl;
    public final JdbcClient jdbc;

    private HeldEmbeddedServer() {
        jdbcUrl = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties("", 0, false));
        jdbc = JdbcClient.create(dataSource(jdbcUrl));
    }

    public static HeldEmbeddedServer hold() {
        return new HeldEmbeddedServer();
    }

    public static PGSimpleDataSource dataSource(String url) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("postgres");
        dataSource.setPassword("postgres");
        return dataSource;
    }

    @Override
    public void close() {
        EmbeddedPostgresServer.release();
    }
}
