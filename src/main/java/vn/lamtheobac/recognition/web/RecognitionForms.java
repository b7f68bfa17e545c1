package vn.lamtheobac.recognition.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.recognition.MovementView;
import vn.lamtheobac.recognition.NominationDetail;
import vn.lamtheobac.recognition.NomineeKind;
import vn.lamtheobac.recognition.RecognitionCommands.CreateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.Decide;
import vn.lamtheobac.recognition.RecognitionCommands.MarkExemplar;
import vn.lamtheobac.recognition.RecognitionCommands.Nominate;
import vn.lamtheobac.recognition.RecognitionCommands.Resubmit;
import vn.lamtheobac.recognition.RecognitionCommands.Review;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateMovement;
import vn.lamtheobac.recognition.ReviewAction;
import vn.lamtheobac.shared.PlainText;
import vn.lamtheobac.shared.TextLimits;

/** The forms of the emulation and commendation pages. Validation lives in the service; these carry what was typed. */
final class RecognitionForms {

    private RecognitionForms() {}

    /** Launching or changing a movement. */
    static class MovementForm {
        private Long organizationId;

        @Size(max = TextLimits.NAME, message = "{validation.size}")
        @PlainText
        private String title;

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String criteria;

        private LocalDate startsOn;
        private LocalDate endsOn;
        private Rating minimumRating = Rating.GOOD;
        private int version;

        static MovementForm defaults(LocalDate today) {
            var form = new MovementForm();
            int year = today.getYear();
            form.startsOn = LocalDate.of(year, 1, 1);
            form.endsOn = LocalDate.of(year, 12, 31);
            return form;
        }

        static MovementForm of(MovementView m) {
            var form = new MovementForm();
            form.organizationId = m.organizationId();
            form.title = m.title();
            form.criteria = m.criteria();
            form.startsOn = m.startsOn();
            form.endsOn = m.endsOn();
            form.minimumRating = m.minimumRating();
            form.version = m.version();
            return form;
        }

        CreateMovement toCreate() {
            return new CreateMovement(organizationId, title, criteria, startsOn, endsOn, minimumRating);
        }

        UpdateMovement toUpdate(long id) {
            return new UpdateMovement(id, title, criteria, startsOn, endsOn, minimumRating, version);
        }

        public Long getOrganizationId() {
            return organizationId;
        }

        public void setOrganizationId(Long organizationId) {
            this.organizationId = organizationId;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getCriteria() {
            return criteria;
        }

        public void setCriteria(String criteria) {
            this.criteria = criteria;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public Rating getMinimumRating() {
            return minimumRating;
        }

        public void setMinimumRating(Rating minimumRating) {
            this.minimumRating = minimumRating;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** A proposal, or the revision of a returned one: the nominee, the year, the achievements, evidence, the form. */
    static class NominationForm {
        private Long movementId;
        private NomineeKind kind = NomineeKind.INDIVIDUAL;
        private Long organizationId;
        private Long personId;
        private Integer year;

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String achievements;

        private List<Long> initiativeIds = new ArrayList<>();

        @Size(max = TextLimits.CODE, message = "{validation.size}")
        @PlainText
        private String proposedFormCode;

        private int version;

        static NominationForm of(NominationDetail d) {
            var form = new NominationForm();
            form.movementId = d.movementId();
            form.kind = d.kind();
            form.organizationId = d.organizationId();
            form.personId = d.personId();
            form.year = d.year();
            form.achievements = d.achievements();
            form.initiativeIds = new ArrayList<>(d.initiativeIds());
            form.proposedFormCode = d.proposedFormCode();
            form.version = d.version();
            return form;
        }

        Nominate toNominate() {
            return new Nominate(
                    movementId, kind, organizationId, personId, year, achievements, ids(), proposedFormCode);
        }

        Resubmit toResubmit(long id) {
            return new Resubmit(id, achievements, ids(), proposedFormCode, version);
        }

        private List<Long> ids() {
            return initiativeIds == null ? List.of() : initiativeIds;
        }

        public Long getMovementId() {
            return movementId;
        }

        public void setMovementId(Long movementId) {
            this.movementId = movementId;
        }

        public NomineeKind getKind() {
            return kind;
        }

        public void setKind(NomineeKind kind) {
            this.kind = kind;
        }

        public Long getOrganizationId() {
            return organizationId;
        }

        public void setOrganizationId(Long organizationId) {
            this.organizationId = organizationId;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getAchievements() {
            return achievements;
        }

        public void setAchievements(String achievements) {
            this.achievements = achievements;
        }

        public List<Long> getInitiativeIds() {
            return initiativeIds;
        }

        public void setInitiativeIds(List<Long> initiativeIds) {
            this.initiativeIds = initiativeIds;
        }

        public String getProposedFormCode() {
            return proposedFormCode;
        }

        public void setProposedFormCode(String proposedFormCode) {
            this.proposedFormCode = proposedFormCode;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** A reviewing committee's step. */
    static class ReviewForm {
        private ReviewAction action;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String reason;

        private int version;

        static ReviewForm of(NominationDetail d) {
            var form = new ReviewForm();
            form.version = d.version();
            return form;
        }

        Review toCommand(long id) {
            return new Review(id, action, reason, version);
        }

        public ReviewAction getAction() {
            return action;
        }

        public void setAction(ReviewAction action) {
            this.action = action;
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

    /** A decision: the nominations it commends (one from a nomination's page), the form if changed, the date. */
    static class DecisionForm {
        private List<Long> nominationIds = new ArrayList<>();

        @Size(max = TextLimits.CODE, message = "{validation.size}")
        @PlainText
        private String formCode;

        private LocalDate decidedOn;
        private boolean earlierDateConfirmed;

        static DecisionForm on(LocalDate today) {
            var form = new DecisionForm();
            form.decidedOn = today;
            return form;
        }

        Decide toCommand() {
            return new Decide(
                    nominationIds == null ? List.of() : nominationIds, formCode, decidedOn, earlierDateConfirmed);
        }

        public boolean isEarlierDateConfirmed() {
            return earlierDateConfirmed;
        }

        public void setEarlierDateConfirmed(boolean earlierDateConfirmed) {
            this.earlierDateConfirmed = earlierDateConfirmed;
        }

        public List<Long> getNominationIds() {
            return nominationIds;
        }

        public void setNominationIds(List<Long> nominationIds) {
            this.nominationIds = nominationIds;
        }

        public String getFormCode() {
            return formCode;
        }

        public void setFormCode(String formCode) {
            this.formCode = formCode;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }

        public void setDecidedOn(LocalDate decidedOn) {
            this.decidedOn = decidedOn;
        }
    }

    /** Marking a commendation as an exemplar, with the individual's consent. */
    static class ExemplarForm {
        private LocalDate consentedOn;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String consentNote;

        private int version;

        static ExemplarForm of(int version, LocalDate today) {
            var form = new ExemplarForm();
            form.consentedOn = today;
            form.version = version;
            return form;
        }

        MarkExemplar toCommand(long commendationId) {
            return new MarkExemplar(commendationId, consentedOn, consentNote, version);
        }

        public LocalDate getConsentedOn() {
            return consentedOn;
        }

        public void setConsentedOn(LocalDate consentedOn) {
            this.consentedOn = consentedOn;
        }

        public String getConsentNote() {
            return consentNote;
        }

        public void setConsentNote(String consentNote) {
            this.consentNote = consentNote;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }
}
