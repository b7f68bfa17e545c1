package vn.lamtheobac.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in policy.
 *
 * @param maxFailedAttempts failed sign-ins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted
 */
@ConfigurationProperties("lamtheobac.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("12") int minPasswordLength) {}
