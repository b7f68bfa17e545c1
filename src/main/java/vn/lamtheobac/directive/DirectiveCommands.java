package vn.lamtheobac.directive;

import java.time.LocalDate;
import java.util.List;

/** The changes that can be asked of directives and their dissemination. */
public final class DirectiveCommands {

    private DirectiveCommands() {}

    /**
     * The editable content of a draft. {@code targetLevel} is used by {@link TargetMode#LEVEL} and
     * {@link TargetMode#LEVEL_UNDER}, {@code targetRootId} (the organisation the targets lie under) by the latter only.
     */
    public record DirectiveContent(
            String typeCode,
            String title,
            String summary,
            Long programmeId,
            Long themeId,
            LocalDate deadline,
            TargetMode targetMode,
            String targetLevel,
            Long targetRootId,
            List<Long> chosenTargetIds) {

        /** Content addressed by level under the issuer, or to chosen organisations. */
        public DirectiveContent(
                String typeCode,
                String title,
                String summary,
                Long programmeId,
                Long themeId,
                LocalDate deadline,
                TargetMode targetMode,
                String targetLevel,
                List<Long> chosenTargetIds) {
            this(
                    typeCode,
                    title,
                    summary,
                    programmeId,
                    themeId,
                    deadline,
                    targetMode,
                    targetLevel,
                    null,
                    chosenTargetIds);
        }
    }

    public record DraftDirective(long issuingOrganizationId, DirectiveContent content) {}

    public record ReviseDraft(long id, DirectiveContent content, int version) {}

    /** Issues a draft on {@code issuedOn} (today when null): the number is allocated and the targets fixed. */
    /**
     * Issue a draft on {@code issuedOn} (today if {@code null}). A date before the last number of the issuer's sequence
     * is refused unless {@code earlierDateConfirmed}: the register runs in the order of issue (Hướng dẫn 36-HD/VPTW).
     */
    public record IssueDirective(long id, LocalDate issuedOn, int version, boolean earlierDateConfirmed) {

        public IssueDirective(long id, LocalDate issuedOn, int version) {
            this(id, issuedOn, version, false);
        }
    }

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

    /**
     * The correction of a recorded session by its target: what it should have said, why, and the version read. The
     * evidence file is kept unless a new one comes with the correction.
     */
    public record CorrectDissemination(
            long directiveId,
            long organizationId,
            long sessionId,
            LocalDate heldOn,
            DisseminationForm form,
            Attendance attendance,
            String notes,
            String reason,
            int version) {

        RecordDissemination asRecord() {
            return new RecordDissemination(directiveId, organizationId, heldOn, form, attendance, notes);
        }
    }
}
