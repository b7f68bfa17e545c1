package vn.lamtheobac.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lamtheobac.LamTheoBacApplication;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.shared.db.HeldEmbeddedServer;

/**
 * Finding 10 and the failure suite's "restart with unprocessed events" (issue 11): application nodes share one
 * database, its event publication registry and its scheduled tasks, and an event reaches its listener exactly once
 * whether a second node starts while the event is being processed, or the node that published it dies before its
 * listener finished and the nodes come back. Each test starts whole application nodes (Spring contexts with a web
 * server) on the test JVM's embedded PostgreSQL, with a scheduler table of their own so that the other test classes'
 * context takes no part in their cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDeliveryAcrossNodesTests {

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private HeldEmbeddedServer server;
    private JdbcClient sql;

    @BeforeAll
    void holdTheDatabase() {
        server = HeldEmbeddedServer.hold();
        sql = server.jdbc;
    }

    @AfterAll
    void releaseTheDatabase() {
        server.close();
    }

    @AfterEach
    void stopNodes() {
        ProbeListener.failing = false;
        ProbeListener.hold.countDown();
        nodes.forEach(ConfigurableApplicationContext::close);
        nodes.clear();
    }

    ConfigurableApplicationContext startNode() {
        var node = new SpringApplicationBuilder(LamTheoBacApplication.class, TestClock.class, ProbeListener.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--db-scheduler.table-name=failure_probe.scheduled_tasks",
                        "--db-scheduler.polling-interval=1s",
                        "--db-scheduler.shutdown-max-wait=2s",
                        "--lamtheobac.events.resubmit-every=1s",
                        "--lamtheobac.events.resubmit-after=1m");
        nodes.add(node);
        if (nodes.size() == 1) {
            ProbeListener.createTable(sql);
        }
        return node;
    }

    /** db-scheduler's table (as in V1_5), for these nodes only; created before the first node's migrations run. */
    void prepareTables() {
        sql.sql("""
                        create schema if not exists failure_probe;
                        create table if not exists failure_probe.scheduled_tasks (
                            task_name text not null, task_instance text not null, task_data bytea,
                            execution_time timestamptz not null, picked boolean not null, picked_by text,
                            last_success timestamptz, last_failure timestamptz, consecutive_failures int,
                            last_heartbeat timestamptz, version bigint not null, priority smallint,
                            primary key (task_name, task_instance))
                        """).update();
    }

    static void publish(ConfigurableApplicationContext node, String key) {
        node.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> node.publishEvent(new ProbeListener.ProbeHappened(key)));
    }

    int incomplete(String key) {
        return sql.sql("""
                        select count(*) from public.event_publication
                        where completion_date is null and serialized_event like ?
                        """).param("%" + key + "%").query(Integer.class).single();
    }

    int failedAttempts(String key) {
        return sql.sql("""
                        select coalesce(sum(completion_attempts), 0) from public.event_publication
                        where serialized_event like ?
                        """).param("%" + key + "%").query(Integer.class).single();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline)
                    .as("waited a minute for " + what)
                    .isTrue();
            Thread.sleep(200);
        }
    }

    @Test
    void anEventStillBeingProcessedWhenASecondNodeStartsIsDeliveredOnce() throws Exception {
        prepareTables();
        var first = startNode();
        String key = "in-flight-" + System.nanoTime();
        ProbeListener.hold = new CountDownLatch(1);
        publish(first, key);

        // the first node is still delivering the event when the second node starts
        startNode();
        Thread.sleep(3_000); // the resubmission job runs several times meanwhile
        ProbeListener.hold.countDown();

        await("the delivery", () -> incomplete(key) == 0 && ProbeListener.deliveries(sql, key) > 0);
        Thread.sleep(3_000);
        assertThat(ProbeListener.deliveries(sql, key))
                .as("deliveries of the event")
                .isEqualTo(1);
    }

    @Test
    void anEventLeftUndeliveredByANodeThatDiedIsDeliveredOnceWhenTheNodesComeBack() throws Exception {
        prepareTables();
        var node = startNode();
        String key = "left-over-" + System.nanoTime();
        ProbeListener.failing = true;
        publish(node, key);
        await("the first, failed delivery", () -> failedAttempts(key) > 0 || incomplete(key) == 1);
        node.close();
        nodes.clear();
        assertThat(incomplete(key)).isEqualTo(1);
        assertThat(ProbeListener.deliveries(sql, key)).isZero();

        // the nodes come back, minutes later
        ProbeListener.failing = false;
        sql.sql("""
                        update public.event_publication set publication_date = publication_date - interval '2 minutes'
                        where completion_date is null and serialized_event like ?
                        """).param("%" + key + "%").update();
        startNode();
        startNode();

        await("the delivery after the restart", () -> ProbeListener.deliveries(sql, key) > 0 && incomplete(key) == 0);
        Thread.sleep(3_000); // more runs of the job on both nodes
        assertThat(ProbeListener.deliveries(sql, key))
                .as("deliveries of the event")
                .isEqualTo(1);
    }
}
