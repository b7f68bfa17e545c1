package vn.lamtheobac.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for form sign-in. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountUserDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .map(a -> principal(a, clock))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    static AccountPrincipal principal(Accounts.AccountRow a, Clock clock) {
        return new AccountPrincipal(
                a.id(),
                a.username(),
                a.displayName(),
                a.personId(),
                a.passwordHash(),
                a.enabled(),
                !a.locked(clock.instant()));
    }
}
