package vn.lamtheobac.identity;

import java.time.Instant;

/** A personal access token as listed on the profile page; the secret itself is never shown again. */
public record AccessTokenView(
        long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
