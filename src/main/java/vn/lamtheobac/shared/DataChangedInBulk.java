package vn.lamtheobac.shared;

import java.util.List;

/**
 * Published instead of many {@link DataChanged} when a module changes records set-based (an import writes thousands
 * in one statement), in the same transaction: the audit trail records one line per record, in one statement. The
 * states are JSON made by the publisher, in the shape its {@link DataChanged} would have.
 */
public record DataChangedInBulk(String entityType, DataChanged.Kind kind, List<Change> changes) {

    /** One record's change: its id and its states before and after as JSON ({@code null} when there is none). */
    public record Change(String entityId, String beforeJson, String afterJson) {}
}
