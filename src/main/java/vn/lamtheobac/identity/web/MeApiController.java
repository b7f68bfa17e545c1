package vn.lamtheobac.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/** Who the caller is and what they hold. */
@Tag(name = "Identity")
@RestController
class MeApiController {

    private final AccountManagement accounts;

    MeApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record Me(String username, String displayName, Long personId, List<GrantItem> grants) {}

    record GrantItem(Role role, long organizationId, String organizationName) {}

    @Operation(summary = "The signed-in account, its person and its grants")
    @GetMapping("/api/v1/me")
    Me me(Scope scope) {
        var account = accounts.me(scope);
        return new Me(
                account.username(),
                account.displayName(),
                account.personId(),
                account.grants().stream()
                        .map(g -> new GrantItem(g.grant().role(), g.grant().organizationId(), g.organizationName()))
                        .toList());
    }
}
