package vn.lamtheobac.directive.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.lamtheobac.directive.Attendance;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDirective;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDissemination;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.RecordDissemination;
import vn.lamtheobac.directive.DirectiveView;
import vn.lamtheobac.directive.DisseminationForm;
import vn.lamtheobac.directive.DisseminationSession;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.directive.internal.DirectiveRules;
import vn.lamtheobac.shared.PlainText;
import vn.lamtheobac.shared.TextLimits;

/** The forms of the directive pages. Validation lives in the service; these only carry what was typed. */
final class DirectiveForms {

    private DirectiveForms() {}

    static class DirectiveForm {
        private Long issuingOrganizationId;

        @Size(max = TextLimits.CODE, message = "{validation.size}")
        @PlainText
        private String typeCode = "KH";

        @Size(max = TextLimits.NAME, message = "{validation.size}")
        @PlainText
        private String title;

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String summary;

        private Long programmeId;
        private Long themeId;
        private LocalDate deadline;
        private TargetMode targetMode = TargetMode.LEVEL;

        @Size(max = TextLimits.CODE, message = "{validation.size}")
        @PlainText
        private String targetLevel = "CELL";
        /** The level of {@link TargetMode#LEVEL_UNDER}, a select of its own beside that of {@link TargetMode#LEVEL}. */
        @Size(max = TextLimits.CODE, message = "{validation.size}")
        @PlainText
        private String underLevel = "CELL";

        private Long targetRootId;
        private List<Long> chosenTargetIds = new ArrayList<>();
        private int version;

        static DirectiveForm of(DirectiveView d) {
            var form = new DirectiveForm();
            form.issuingOrganizationId = d.issuingOrganizationId();
            form.typeCode = d.typeCode();
            form.title = d.title();
            form.summary = d.summary();
            form.programmeId = d.programmeId();
            form.themeId = d.themeId();
            form.deadline = d.deadline();
            form.targetMode = d.targetMode();
            if (d.targetMode() == TargetMode.LEVEL_UNDER) {
                form.underLevel = d.targetLevel();
            } else if (d.targetLevel() != null) {
                form.targetLevel = d.targetLevel();
            }
            form.targetRootId = d.targetRootId();
            form.chosenTargetIds = new ArrayList<>(d.chosenTargetIds());
            form.version = d.version();
            return form;
        }

        DirectiveContent content() {
            return new DirectiveContent(
                    typeCode,
                    title,
                    summary,
                    programmeId,
                    themeId,
                    deadline,
                    targetMode,
                    targetMode == TargetMode.LEVEL_UNDER ? underLevel : targetLevel,
                    targetMode == TargetMode.LEVEL_UNDER ? targetRootId : null,
                    chosenTargetIds == null ? List.of() : List.copyOf(chosenTargetIds));
        }

        public Long getIssuingOrganizationId() {
            return issuingOrganizationId;
        }

        public void setIssuingOrganizationId(Long issuingOrganizationId) {
            this.issuingOrganizationId = issuingOrganizationId;
        }

        public String getTypeCode() {
            return typeCode;
        }

        public void setTypeCode(String typeCode) {
            this.typeCode = typeCode;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public Long getProgrammeId() {
            return programmeId;
        }

        public void setProgrammeId(Long programmeId) {
            this.programmeId = programmeId;
        }

        public Long getThemeId() {
            return themeId;
        }

        public void setThemeId(Long themeId) {
            this.themeId = themeId;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public TargetMode getTargetMode() {
            return targetMode;
        }

        public void setTargetMode(TargetMode targetMode) {
            this.targetMode = targetMode;
        }

        public String getTargetLevel() {
            return targetLevel;
        }

        public void setTargetLevel(String targetLevel) {
            this.targetLevel = targetLevel;
        }

        public String getUnderLevel() {
            return underLevel;
        }

        public void setUnderLevel(String underLevel) {
            this.underLevel = underLevel;
        }

        public Long getTargetRootId() {
            return targetRootId;
        }

        public void setTargetRootId(Long targetRootId) {
            this.targetRootId = targetRootId;
        }

        public List<Long> getChosenTargetIds() {
            return chosenTargetIds;
        }

        public void setChosenTargetIds(List<Long> chosenTargetIds) {
            this.chosenTargetIds = chosenTargetIds;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    static class LifecycleForm {
        /** The steps that need a reason: correcting, superseding, withdrawing. */
        interface Reasoned {}

        /** The correction, which keeps the draft's title rules. */
        interface Correcting {}

        /** Superseding, which names the replacing directive. */
        interface Superseding {}

        private LocalDate issuedOn;

        private boolean earlierDateConfirmed;

        @NotBlank(groups = Correcting.class, message = "{directive.error.title}")
        @Size(max = DirectiveRules.TITLE_MAX, groups = Correcting.class, message = "{directive.error.titleTooLong}")
        @Size(max = TextLimits.NAME, message = "{validation.size}")
        @PlainText
        private String title;

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String summary;

        private LocalDate deadline;

        @NotNull(groups = Superseding.class, message = "{directive.error.replacement}")
        private Long supersededById;

        @NotBlank(groups = Reasoned.class, message = "{directive.error.reasonRequired}")
        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String reason;

        private int version;

        static LifecycleForm of(DirectiveView d) {
            var form = new LifecycleForm();
            form.title = d.title();
            form.summary = d.summary();
            form.deadline = d.deadline();
            form.version = d.version();
            return form;
        }

        CorrectDirective toCorrection(long id) {
            return new CorrectDirective(id, title, summary, deadline, reason, version);
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public boolean isEarlierDateConfirmed() {
            return earlierDateConfirmed;
        }

        public void setEarlierDateConfirmed(boolean earlierDateConfirmed) {
            this.earlierDateConfirmed = earlierDateConfirmed;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public Long getSupersededById() {
            return supersededById;
        }

        public void setSupersededById(Long supersededById) {
            this.supersededById = supersededById;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /**
     * A dissemination session: date, form, invited and attended counts in attendee-category order, notes, evidence;
     * when it corrects a recorded session, the reason and the version read.
     */
    static class SessionForm {
        private LocalDate heldOn;
        private DisseminationForm form = DisseminationForm.CONFERENCE;
        private int[] invited = new int[Attendance.CATEGORIES];
        private int[] attended = new int[Attendance.CATEGORIES];

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String notes;

        private MultipartFile evidence;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String reason;

        private int version;

        static SessionForm of(DisseminationSession s) {
            var form = new SessionForm();
            form.heldOn = s.heldOn();
            form.form = s.form();
            form.invited = s.attendance().invited().clone();
            form.attended = s.attendance().attended().clone();
            form.notes = s.notes();
            form.version = s.version();
            return form;
        }

        RecordDissemination toCommand(long directiveId, long organizationId) {
            return new RecordDissemination(
                    directiveId, organizationId, heldOn, form, new Attendance(invited, attended), notes);
        }

        CorrectDissemination toCorrection(long directiveId, long organizationId, long sessionId) {
            return new CorrectDissemination(
                    directiveId,
                    organizationId,
                    sessionId,
                    heldOn,
                    form,
                    new Attendance(invited, attended),
                    notes,
                    reason,
                    version);
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public DisseminationForm getForm() {
            return form;
        }

        public void setForm(DisseminationForm form) {
            this.form = form;
        }

        public int[] getInvited() {
            return invited;
        }

        public void setInvited(int[] invited) {
            this.invited = invited;
        }

        public int[] getAttended() {
            return attended;
        }

        public void setAttended(int[] attended) {
            this.attended = attended;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public MultipartFile getEvidence() {
            return evidence;
        }

        public void setEvidence(MultipartFile evidence) {
            this.evidence = evidence;
        }
    }
}
