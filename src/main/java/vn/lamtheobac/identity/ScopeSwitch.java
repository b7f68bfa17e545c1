package vn.lamtheobac.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;

/** The scope switcher: a user with several grants may work under one of them for the rest of the session. */
@Component
public class ScopeSwitch {

    private final Accounts accounts;

    ScopeSwitch(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Chooses the grant with the given key ({@code ROLE:organizationId}), or all grants when blank. */
    public void choose(String grantKey, Scope scope, HttpSession session) {
        if (grantKey == null || grantKey.isBlank()) {
            session.removeAttribute(CurrentScope.ACTIVE_GRANT);
            return;
        }
        boolean held = accounts.grants(scope.accountId()).stream()
                .anyMatch(g -> CurrentScope.key(g).equals(grantKey));
        if (!held) {
            throw new BusinessRuleException("scope.error.notHeld");
        }
        session.setAttribute(CurrentScope.ACTIVE_GRANT, grantKey);
    }
}
