package vn.lamtheobac.identity;

import java.util.Objects;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in: throttled first (refused without checking the password), then Spring's password check, which hashes
 * the password for an unknown user name too, so the answer takes as long. A disabled account is told only after the
 * right password, and in the same words as a wrong one; every refusal counts against the throttle.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Accounts accounts;

    ThrottledSignIn(
            AccountUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, Accounts accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // Spring checks "disabled" before the password: that would tell a guesser which names exist and are disabled
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(ThrottledSignIn::checkEnabled);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = SignInThrottle.normalise(authentication.getName());
        String address = address(authentication);
        var wait = throttle.waitBefore(name, address);
        if (wait.isPresent()) {
            throttle.refused(authentication.getName(), wait.get());
            throw new SignInThrottledException(wait.get());
        }
        try {
            if (authentication.getCredentials() instanceof String password && PasswordPolicy.tooLong(password)) {
                // no password that long was ever accepted, and BCrypt would refuse to read it
                throw new BadCredentialsException("Password too long");
            }
            var result = passwords.authenticate(authentication);
            throttle.succeeded(name, address);
            accounts.recordSuccess(result.getName());
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static void checkEnabled(UserDetails user) {
        if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Objects.requireNonNullElse(details.getRemoteAddress(), "unknown")
                : "unknown";
    }
}
