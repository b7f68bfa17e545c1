package vn.lamtheobac.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in, password, token and session policy.
 *
 * @param minPasswordLength the shortest password accepted
 * @param maxTokenLifetime the longest a personal access token may be valid; no token lives for ever
 * @param sessionLifetime how long a signed-in session lasts at most, however active its user (the idle timeout is
 *     {@code spring.session.timeout})
 * @param signIn how failed sign-ins are throttled
 */
@ConfigurationProperties("lamtheobac.security")
public record SecurityProperties(
        @DefaultValue("12") int minPasswordLength,
        @DefaultValue("90d") Duration maxTokenLifetime,
        @DefaultValue("12h") Duration sessionLifetime,
        @DefaultValue SignIn signIn) {

    /**
     * Limits on failed sign-ins (and wrong current passwords on the profile form). Each limit lets {@code attempts}
     * failures through and then one more every {@code per / attempts}, so the delays grow as the failures go on.
     *
     * @param perNameAndAddress one user name from one client address: refused without checking the password once
     *     spent
     * @param perAddress one client address across every user name (guessing many names)
     * @param perName one user name from every address: never blocks (the right password from an address that is not
     *     throttled still signs in, NIST SP 800-63B §5.2.2) but writes an alert in the audit trail when spent
     */
    public record SignIn(List<Limit> perNameAndAddress, List<Limit> perAddress, Limit perName) {

        public SignIn {
            perNameAndAddress = perNameAndAddress == null || perNameAndAddress.isEmpty()
                    ? List.of(
                            new Limit(5, Duration.ofMinutes(1)),
                            new Limit(10, Duration.ofMinutes(15)),
                            new Limit(20, Duration.ofHours(6)))
                    : List.copyOf(perNameAndAddress);
            perAddress = perAddress == null || perAddress.isEmpty()
                    ? List.of(new Limit(30, Duration.ofMinutes(10)), new Limit(100, Duration.ofDays(1)))
                    : List.copyOf(perAddress);
            perName = perName == null ? new Limit(100, Duration.ofDays(1)) : perName;
        }
    }

    /** {@code attempts} failures per {@code per}. */
    public record Limit(int attempts, Duration per) {}
}
