package vn.lamtheobac.identity;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.SecurityAlert;

/**
 * Throttles failed sign-ins with Bucket4j token buckets kept in {@code identity.sign_in_buckets}, so every node sees
 * the same counts: per user name and client address (refused once spent, with delays that grow), per client address
 * across user names, and per user name from every address (an alert in the audit trail, never a block, so nobody can
 * lock anyone out). A user name that has no account is throttled exactly like one that has. Time comes from the
 * injected {@link Clock}.
 */
@Component
class SignInThrottle {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final SecurityProperties.SignIn policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    SignInThrottle(
            DataSource dataSource,
            Clock clock,
            SecurityProperties properties,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.policy = properties.signIn();
        this.events = events;
        this.jdbc = jdbc;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("identity.sign_in_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .clientClock(new ClockTimeMeter(clock))
                .build();
    }

    /** How long {@code name} must wait before trying again from {@code address}, if it is throttled there. */
    Optional<Duration> waitBefore(String name, String address) {
        long nanos =
                Math.max(wait(byNameAndAddress(name, address)), wait(bucket(addressKey(address), policy.perAddress())));
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    /** A refused attempt: counts against every bucket; alerts when the user name's own allowance runs out. */
    void failed(String name, String address) {
        byNameAndAddress(name, address).tryConsume(1);
        bucket(addressKey(address), policy.perAddress()).tryConsume(1);
        var perName = bucket(nameKey(name), List.of(policy.perName())).tryConsumeAndReturnRemaining(1);
        if (perName.isConsumed() && perName.getRemainingTokens() == 0) {
            events.publishEvent(SecurityAlert.signInAlert(
                    SecurityAlert.NAME_LIMIT_REACHED,
                    name,
                    "limit=" + policy.perName().attempts() + " per="
                            + policy.perName().per()));
        }
    }

    /** A throttled attempt, refused without looking at the password: an alert line in the audit trail. */
    void refused(String name, Duration wait) {
        events.publishEvent(
                SecurityAlert.signInAlert(SecurityAlert.SIGN_IN_THROTTLED, name, "waitMinutes=" + minutes(wait)));
    }

    /** A right password: the user name's failures in a row start again from zero. */
    void succeeded(String name, String address) {
        buckets.removeProxy(nameAndAddressKey(name, address));
        buckets.removeProxy(nameKey(name));
    }

    /** Whether {@code name} has failures on record (any address). */
    boolean hasFailures(String name) {
        return jdbc.sql("select exists (select 1 from identity.sign_in_buckets where id = ? or id like ?)")
                .params(nameKey(name), "na:" + digest(name) + ":%")
                .query(Boolean.class)
                .single();
    }

    /** Forgets the failures of {@code name} from every address (an administrator's "clear the throttle"). */
    void clear(String name) {
        jdbc.sql("delete from identity.sign_in_buckets where id = ? or id like ?")
                .params(nameKey(name), "na:" + digest(name) + ":%")
                .update();
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private BucketProxy byNameAndAddress(String name, String address) {
        return bucket(nameAndAddressKey(name, address), policy.perNameAndAddress());
    }

    private static long wait(BucketProxy bucket) {
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private BucketProxy bucket(String key, List<SecurityProperties.Limit> limits) {
        return buckets.builder().build(key, () -> configuration(limits));
    }

    private static BucketConfiguration configuration(List<SecurityProperties.Limit> limits) {
        var builder = BucketConfiguration.builder();
        for (var limit : limits) {
            builder.addLimit(Bandwidth.builder()
                    .capacity(limit.attempts())
                    .refillGreedy(limit.attempts(), limit.per())
                    .build());
        }
        return builder.build();
    }

    // user names are digested: fixed-length keys whatever was typed, and no user name stored in clear
    private static String nameAndAddressKey(String name, String address) {
        return "na:" + digest(name) + ":" + address;
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String nameKey(String name) {
        return "n:" + digest(name);
    }

    private static String digest(String name) {
        return AccountManagement.hash(normalise(name));
    }

    /** Bucket4j's time from the application's clock, so tests can move it instead of sleeping. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Cleanup {

        /** Hourly, on one node: the buckets that are full again are deleted. */
        @Bean
        RecurringTask<Void> signInBucketCleanup(SignInThrottle throttle) {
            return Tasks.recurring("sign-in-bucket-cleanup", Schedules.fixedDelay(Duration.ofHours(1)))
                    .execute((instance, context) -> {
                        while (throttle.buckets.removeExpired(1000) == 1000) {
                            // next batch
                        }
                    });
        }
    }
}
