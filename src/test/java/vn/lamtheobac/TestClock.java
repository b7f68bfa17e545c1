package vn.lamtheobac;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The clock every test runs on: pinned at 06:00 in Vietnam on {@link #TODAY}, which is still the previous day in UTC,
 * so a rule that takes "today" from the JVM's zone instead of the injected clock fails here whatever hour CI runs. A
 * test that needs time to pass (a throttle refilling, a session growing old) calls {@link #advance} and
 * {@link #reset} afterwards, so every other test still reads {@link #NOW}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    /** 2026-12-01 06:00 Asia/Ho_Chi_Minh = 2026-11-30 23:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-30T23:00:00Z");

    /** Today in Vietnam by the pinned clock. */
    public static final LocalDate TODAY = LocalDate.ofInstant(NOW, VietnamTime.ZONE);

    public static final Clock CLOCK = Clock.fixed(NOW, VietnamTime.ZONE);

    private static volatile Duration offset = Duration.ZERO;

    /** Moves the application's clock on by {@code duration}. */
    public static void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Back to {@link #NOW}. */
    public static void reset() {
        offset = Duration.ZERO;
    }

    @Bean
    @Primary
    Clock pinnedClock() {
        return new Movable();
    }

    /** {@link #NOW} plus whatever a test advanced it by. */
    private static final class Movable extends Clock {
        @Override
        public ZoneId getZone() {
            return VietnamTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return NOW.plus(offset);
        }
    }
}
