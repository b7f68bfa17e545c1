package vn.lamtheobac.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Grant;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * Builds the {@link Scope} of a request from the signed-in account's grants, read afresh each time. An ADMIN grant
 * becomes an administrator grant over every root organisation. When the user has chosen one grant in the scope
 * switcher, only that grant is in force for the session.
 */
@Component
public class CurrentScope {

    static final String ACTIVE_GRANT = "lamtheobac.activeGrant";

    private final Accounts accounts;
    private final OrganizationManagement organizations;

    CurrentScope(Accounts accounts, OrganizationManagement organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    /** Every grant of the account, as stored (ADMIN grants keep the organisation they were recorded on). */
    public List<Grant> grantsOf(long accountId) {
        return accounts.grants(accountId);
    }

    public Scope of(Authentication authentication, HttpServletRequest request) {
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return null;
        }
        var grants = accounts.grants(principal.accountId());
        HttpSession session = request == null ? null : request.getSession(false);
        String active = session == null ? null : (String) session.getAttribute(ACTIVE_GRANT);
        if (active != null) {
            var chosen = grants.stream().filter(g -> key(g).equals(active)).toList();
            if (!chosen.isEmpty()) {
                grants = chosen;
            }
        }
        return new Scope(principal.accountId(), principal.getUsername(), principal.personId(), expand(grants));
    }

    static String key(Grant grant) {
        return grant.role() + ":" + grant.organizationId();
    }

    private List<Grant> expand(List<Grant> grants) {
        var expanded = new ArrayList<Grant>();
        for (var grant : grants) {
            if (grant.role() == Role.ADMIN) {
                organizations.rootIds().forEach(root -> expanded.add(new Grant(Role.ADMIN, root)));
            } else {
                expanded.add(grant);
            }
        }
        return expanded;
    }
}
