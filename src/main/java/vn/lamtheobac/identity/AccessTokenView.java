package vn.lamtheobac.identity;

import java.time.Instant;

/**
 * A personal access token as listed on the profile page; the secret itself is never shown again. {@code active}: not
 * revoked and not expired when it was read.
 */
public record AccessTokenView(
        long id,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean active) {}
