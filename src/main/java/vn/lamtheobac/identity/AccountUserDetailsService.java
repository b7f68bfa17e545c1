package vn.lamtheobac.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for form sign-in. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .map(AccountUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    static AccountPrincipal principal(Accounts.AccountRow a) {
        return new AccountPrincipal(a.id(), a.username(), a.displayName(), a.personId(), a.passwordHash(), a.enabled());
    }
}
