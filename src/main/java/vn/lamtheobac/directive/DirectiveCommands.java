package vn.lamtheobac.directive;

import java.time.LocalDate;
import java.util.List;

/** The changes that can be asked of directives and their dissemination. */
public final class DirectiveCommands {

    private DirectiveCommands() {}

    /** The editable content of a draft. */
    public record DirectiveContent(
            String typeCode,
            String title,
            String summary,
            Long programmeId,
            Long themeId,
            LocalDate deadline,
            TargetMode targetMode,
            String targetLevel,
            List<Long> chosenTargetIds) {}

    public record DraftDirective(long issuingOrganizationId, DirectiveContent content) {}

    public record ReviseDraft(long id, DirectiveContent content, int version) {}

    /** Issues a draft on {@code issuedOn} (today when null): the number is allocated and the targets fixed. */
    public record IssueDirective(long id, LocalDate issuedOn, int version) {}

    /** The audited correction of an issued directive; the reason is kept in the audit trail. */
    public record CorrectDirective(
            long id, String title, String summary, LocalDate deadline, String reason, int version) {}

    public record SupersedeDirective(long id, long supersededById, String reason, int version) {}

    public record WithdrawDirective(long id, String reason, int version) {}

    public record RecordDissemination(
            long directiveId,
            long organizationId,
            LocalDate heldOn,
            DisseminationForm form,
            Attendance attendance,
            String notes) {}
}
