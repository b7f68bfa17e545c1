package vn.lamtheobac.directive;

import java.time.LocalDate;
import java.util.List;

/** What happened to directives; published in the changing transaction. */
public final class DirectiveEvents {

    private DirectiveEvents() {}

    public record DirectiveIssued(
            long id,
            long issuingOrganizationId,
            String symbol,
            String title,
            LocalDate issuedOn,
            LocalDate deadline,
            List<Long> targetIds) {}

    public record DisseminationRecorded(
            long directiveId, long organizationId, long sessionId, LocalDate heldOn, Attendance attendance) {}

    /** A target should be reminded: 3 days before the deadline, when overdue, or because someone asked. */
    public record DisseminationReminderDue(
            long directiveId,
            long organizationId,
            ReminderKind kind,
            String symbol,
            String title,
            LocalDate deadline) {}

    public enum ReminderKind {
        DUE_SOON,
        OVERDUE,
        MANUAL
    }
}
