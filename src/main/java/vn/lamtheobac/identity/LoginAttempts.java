package vn.lamtheobac.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins: the fifth in a row locks the account for 15 minutes (both configurable). */
@Component
class LoginAttempts {

    private final Accounts accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(Accounts accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(
                event.getAuthentication().getName().trim().toLowerCase(),
                properties.maxFailedAttempts(),
                clock.instant().plus(properties.lockDuration()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSuccess(principal.getUsername());
        }
    }
}
