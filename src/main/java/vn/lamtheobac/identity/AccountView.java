package vn.lamtheobac.identity;

import java.time.Instant;
import java.util.List;
import vn.lamtheobac.shared.Grant;
import vn.lamtheobac.shared.VietnamTime;

/**
 * An account as administrators see it. {@code signInFailures}: failed sign-ins of its user name are on record (from
 * any address), which an administrator may clear.
 */
public record AccountView(
        long id,
        String username,
        String displayName,
        Long personId,
        boolean enabled,
        boolean signInFailures,
        Instant lastLoginAt,
        List<GrantView> grants,
        int version) {

    /** The last sign-in in Vietnam's time, for display. */
    public java.time.ZonedDateTime lastLoginLocal() {
        return VietnamTime.local(lastLoginAt);
    }

    /** A grant with the name of its organisation. */
    public record GrantView(long id, Grant grant, String organizationName) {}
}
