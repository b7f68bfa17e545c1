package vn.lamtheobac.shared;

/**
 * Published by a module whenever it creates, updates or deletes a record, in the same transaction. The audit trail
 * records it with the caller and client address. {@code before} and {@code after} are serialised to JSON; either may be
 * {@code null}.
 */
public record DataChanged(String entityType, String entityId, Kind kind, Object before, Object after) {

    public enum Kind {
        CREATE,
        UPDATE,
        DELETE
    }

    public static DataChanged created(String entityType, Object id, Object after) {
        return new DataChanged(entityType, String.valueOf(id), Kind.CREATE, null, after);
    }

    public static DataChanged updated(String entityType, Object id, Object before, Object after) {
        return new DataChanged(entityType, String.valueOf(id), Kind.UPDATE, before, after);
    }

    public static DataChanged deleted(String entityType, Object id, Object before) {
        return new DataChanged(entityType, String.valueOf(id), Kind.DELETE, before, null);
    }
}
