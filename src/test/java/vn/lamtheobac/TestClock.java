package vn.lamtheobac;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The clock every test runs on: pinned at 06:00 in Vietnam on {@link #TODAY}, which is still the previous day in UTC,
 * so a rule that takes "today" from the JVM's zone instead of the injected clock fails here whatever hour CI runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** 2026-12-01 06:00 Asia/Ho_Chi_Minh = 2026-11-30 23:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-30T23:00:00Z");

    /** Today in Vietnam by the pinned clock. */
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, VietnamTime.ZONE);

    public static final Clock CLOCK = Clock.fixed(NOW, VietnamTime.ZONE);

    @Bean
    @Primary
    Clock pinnedClock() {
        return CLOCK;
    }
}
