package vn.lamtheobac.identity;

import java.time.Instant;

/**
 * A personal access token as listed on the profile page; the secret itself is never shown again. {@code readOnly}: it
 * may only read (GET and HEAD); {@code active}: not revoked and not expired when it was read.
 */
public record AccessTokenView(
        long id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean readOnly,
        boolean active) {

    /** When it expires, in Vietnam's time, for display. */
    public java.time.ZonedDateTime expiresLocal() {
        return vn.lamtheobac.shared.VietnamTime.local(expiresAt);
    }
}
