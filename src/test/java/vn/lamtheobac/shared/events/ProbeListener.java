package vn.lamtheobac.shared.events;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener whose effect can be counted: one row in {@code public.failure_probe_deliveries} per delivery of a
 * {@link ProbeHappened}. It can be told to fail (a crash before the effect) or to hold (an event still being processed
 * while another node starts). Shared by the nodes started in one test JVM, as its switches are static.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProbeListener {

    /** An event of the probe, published in the transaction of whatever the probe stands for. */
    record ProbeHappened(String key) {}

    static volatile boolean failing;
    static volatile CountDownLatch hold = new CountDownLatch(0);

    static void createTable(JdbcClient jdbc) {
        jdbc.sql(
                        "create table if not exists public.failure_probe_deliveries (key text not null, at timestamptz default now())")
                .update();
    }

    static int deliveries(JdbcClient jdbc, String key) {
        return jdbc.sql("select count(*) from public.failure_probe_deliveries where key = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    @Bean
    Deliveries probeDeliveries(JdbcClient jdbc) {
        return new Deliveries(jdbc);
    }

    static class Deliveries {

        private final JdbcClient jdbc;

        Deliveries(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @ApplicationModuleListener
        void on(ProbeHappened event) throws InterruptedException {
            if (failing) {
                throw new IllegalStateException("the probe's listener fails, as if the node were killed");
            }
            hold.await(30, TimeUnit.SECONDS);
            jdbc.sql("insert into public.failure_probe_deliveries (key) values (?)")
                    .param(event.key())
                    .update();
        }
    }
}
