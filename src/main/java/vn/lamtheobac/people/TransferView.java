package vn.lamtheobac.people;

import java.time.LocalDateTime;

/**
 * A membership transfer as its deciding committee sees it: the person on record and where they are, the organisation
 * that recorded them again (and under which name), the decision.
 */
public record TransferView(
        long id,
        long personId,
        String personName,
        Long provisionalId,
        String provisionalName,
        long fromOrganizationId,
        String fromOrganizationName,
        long toOrganizationId,
        String toOrganizationName,
        long committeeId,
        String committeeName,
        TransferStatus status,
        LocalDateTime requestedAt,
        LocalDateTime decidedAt,
        String reason,
        int version) {

    public boolean pending() {
        return status == TransferStatus.PENDING;
    }
}
