package vn.lamtheobac.people;

/** Where a membership transfer (chuyển sinh hoạt đảng) stands; every status but {@link #PENDING} is final. */
public enum TransferStatus {
    /** Waiting for the nearest common committee to decide. */
    PENDING,
    /** The existing record moved to the requesting organisation; the provisional record was merged into it. */
    APPROVED,
    /** Not accepted, with a reason told to the requesting office; the provisional record was closed. */
    REFUSED,
    /** The provisional record no longer claims the number (corrected by its office): nothing left to decide. */
    WITHDRAWN
}
