package vn.lamtheobac.identity;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A sign-in refused without looking at its password: its user name and client address are throttled for
 * {@link #retryIn()}. It is a bad-credentials failure to every listener, so it is audited and answered like one.
 */
class SignInThrottledException extends BadCredentialsException {

    private final transient Duration retryIn;

    SignInThrottledException(Duration retryIn) {
        super("Sign-in throttled");
        this.retryIn = retryIn;
    }

    Duration retryIn() {
        return retryIn;
    }
}
