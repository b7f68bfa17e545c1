package vn.lamtheobac.people;

/** What happens to membership transfers (chuyển sinh hoạt đảng), for notifications and the audit trail. */
public final class TransferEvents {

    private TransferEvents() {}

    /**
     * An organisation recorded a person already on record in an organisation outside its scope: the nearest common
     * committee ({@code committeeId}) is asked to decide the transfer.
     */
    public record TransferRequested(
            long transferId, long committeeId, long personId, long fromOrganizationId, long toOrganizationId) {}

    /**
     * The committee decided: {@code requestedBy} (the account that recorded the person) learns it; {@code personId} is
     * the record the person now has (after an approval, in the requesting organisation).
     */
    public record TransferDecided(
            long transferId,
            TransferStatus status,
            long requestedBy,
            long personId,
            String provisionalName,
            long toOrganizationId,
            String reason) {}
}
