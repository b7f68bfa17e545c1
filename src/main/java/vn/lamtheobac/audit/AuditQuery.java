package vn.lamtheobac.audit;

import java.time.LocalDate;
import vn.lamtheobac.shared.PageRequest;

/** A filter over the audit trail; every field is optional. */
public record AuditQuery(
        String actor,
        String action,
        String entityType,
        String entityId,
        LocalDate from,
        LocalDate to,
        PageRequest page) {

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        page = page == null ? new PageRequest(0, 50) : page;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
