package vn.lamtheobac.identity;

import vn.lamtheobac.shared.Role;

/** The changes that can be asked of accounts. */
public final class AccountCommands {

    private AccountCommands() {}

    public record CreateAccount(String username, String displayName, Long personId, String password) {}

    public record GrantRole(long accountId, Role role, long organizationId) {}

    public record ChangePassword(String currentPassword, String newPassword, String confirmation) {}

    /** {@code readOnly}: the token may only read (GET and HEAD on the API). */
    public record CreateAccessToken(String name, Integer validDays, boolean readOnly) {}
}
