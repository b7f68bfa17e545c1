package vn.lamtheobac.shared.db;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main class of a child JVM that plays an application about to be killed: it starts the embedded server on the
 * data directory it is given, as the application does, writes one row, says {@code READY} and waits to be killed.
 */
public final class KilledApplication {

    private KilledApplication() {}

    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(args[0], 0, true));
        var jdbc = JdbcClient.create(HeldEmbeddedServer.dataSource(server.getJdbcUrl("postgres", "postgres")));
        jdbc.sql("create table before_the_kill (id int primary key, note text)").update();
        jdbc.sql("insert into before_the_kill values (1, 'Ghi trước khi bị dừng đột ngột')")
                .update();
        System.out.println("READY " + Path.of(args[0]).toAbsolutePath());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
