package vn.lamtheobac.audit;

import java.time.ZonedDateTime;

/** One line of the audit trail. */
public record AuditEntry(
        long id,
        ZonedDateTime occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String detail,
        String clientIp) {}
