package vn.lamtheobac.initiative.web;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.EvaluateInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.PhotoUpload;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.RecordConsent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.ReviseInitiative;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.shared.TextLimits;

/**
 * The forms of the initiative pages: they carry what was typed (trimmed, blank as null by {@code FormBinding}); the
 * field constraints live on the command records, checked by the service for the page and the API alike.
 */
final class InitiativeForms {

    /** Indicator rows always shown on the registration form; blank ones are ignored. */
    static final int INDICATOR_ROWS = 3;

    private InitiativeForms() {}

    /** Registration and revision: who carries it out, what, when, and its indicators. */
    static class InitiativeForm {
        private InitiativeKind kind = InitiativeKind.COLLECTIVE;
        private Long organizationId;
        private Long personId;
        private InitiativeField field;
        private Long themeId;
        private Integer year;

        @Size(max = TextLimits.NAME, message = "{validation.size}")
        private String title;

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String description;

        private LocalDate startsOn;
        private LocalDate endsOn;
        private List<IndicatorRow> indicators = new ArrayList<>();
        private int version;

        InitiativeForm() {
            padIndicators();
        }

        static InitiativeForm of(InitiativeDetail d) {
            var form = new InitiativeForm();
            form.kind = d.kind();
            form.organizationId = d.organizationId();
            form.personId = d.personId();
            form.field = d.field();
            form.themeId = d.themeId();
            form.year = d.year();
            form.title = d.title();
            form.description = d.description();
            form.startsOn = d.startsOn();
            form.endsOn = d.endsOn();
            form.indicators = new ArrayList<>();
            for (var indicator : d.indicators()) {
                var row = new IndicatorRow();
                row.setName(indicator.name());
                row.setTarget(indicator.target());
                row.setUnit(indicator.unit());
                form.indicators.add(row);
            }
            form.padIndicators();
            form.version = d.version();
            return form;
        }

        /** Keeps at least {@value InitiativeForms#INDICATOR_ROWS} rows, so there is room to add indicators. */
        void padIndicators() {
            if (indicators == null) {
                indicators = new ArrayList<>();
            }
            while (indicators.size() < INDICATOR_ROWS) {
                indicators.add(new IndicatorRow());
            }
        }

        InitiativeContent content() {
            var rows = indicators == null ? List.<IndicatorRow>of() : indicators;
            return new InitiativeContent(
                    field,
                    themeId,
                    year,
                    title,
                    description,
                    startsOn,
                    endsOn,
                    rows.stream()
                            .map(r -> r == null
                                    ? new IndicatorInput(null, null, null)
                                    : new IndicatorInput(r.getName(), r.getTarget(), r.getUnit()))
                            .toList());
        }

        RegisterInitiative toRegister() {
            return new RegisterInitiative(kind, organizationId, personId, content());
        }

        ReviseInitiative toRevise(long id) {
            return new ReviseInitiative(id, content(), version);
        }

        public InitiativeKind getKind() {
            return kind;
        }

        public void setKind(InitiativeKind kind) {
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

        public InitiativeField getField() {
            return field;
        }

        public void setField(InitiativeField field) {
            this.field = field;
        }

        public Long getThemeId() {
            return themeId;
        }

        public void setThemeId(Long themeId) {
            this.themeId = themeId;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
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

        public List<IndicatorRow> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<IndicatorRow> indicators) {
            this.indicators = indicators;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }
    }

    /** One indicator row: name, target value, unit. */
    static class IndicatorRow {
        @Size(max = TextLimits.NAME, message = "{validation.size}")
        private String name;

        private BigDecimal target;

        @Size(max = TextLimits.NAME, message = "{validation.size}")
        private String unit;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    /** A progress update: its date, one value row per indicator (in the page's order), what was done, photos. */
    static class ProgressForm {
        private LocalDate reportedOn;
        private List<ValueRow> values = new ArrayList<>();

        @Size(max = TextLimits.BODY, message = "{validation.size}")
        private String narrative;

        private MultipartFile[] photos = new MultipartFile[0];

        static ProgressForm of(InitiativeDetail d, LocalDate today) {
            var form = new ProgressForm();
            form.reportedOn = today;
            for (var indicator : d.indicators()) {
                var row = new ValueRow();
                row.setIndicatorId(indicator.id());
                form.values.add(row);
            }
            return form;
        }

        ReportProgress toCommand(long id) {
            var rows = values == null ? List.<ValueRow>of() : values;
            return new ReportProgress(
                    id,
                    reportedOn,
                    rows.stream()
                            .map(r -> r == null || r.getIndicatorId() == null
                                    ? new IndicatorValue(0, null)
                                    : new IndicatorValue(r.getIndicatorId(), r.getValue()))
                            .toList(),
                    narrative);
        }

        /** The chosen photos; the empty part a browser sends when none is chosen is left out. */
        List<PhotoUpload> uploads() throws IOException {
            var uploads = new ArrayList<PhotoUpload>();
            if (photos != null) {
                for (var photo : photos) {
                    if (photo != null && !photo.isEmpty()) {
                        uploads.add(new PhotoUpload(photo.getOriginalFilename(), photo.getBytes()));
                    }
                }
            }
            return uploads;
        }

        public LocalDate getReportedOn() {
            return reportedOn;
        }

        public void setReportedOn(LocalDate reportedOn) {
            this.reportedOn = reportedOn;
        }

        public List<ValueRow> getValues() {
            return values;
        }

        public void setValues(List<ValueRow> values) {
            this.values = values;
        }

        public String getNarrative() {
            return narrative;
        }

        public void setNarrative(String narrative) {
            this.narrative = narrative;
        }

        public MultipartFile[] getPhotos() {
            return photos;
        }

        public void setPhotos(MultipartFile[] photos) {
            this.photos = photos;
        }
    }

    /** The value one indicator has reached. */
    static class ValueRow {
        private Long indicatorId;
        private BigDecimal value;

        public Long getIndicatorId() {
            return indicatorId;
        }

        public void setIndicatorId(Long indicatorId) {
            this.indicatorId = indicatorId;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }
    }

    /** The small forms of the detail page: complete, evaluate, recognise, record consent. */
    static class LifecycleForm {
        private LocalDate completedOn;
        private Effectiveness result;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String remarks;

        private LocalDate recognisedOn;
        private LocalDate consentedOn;

        @Size(max = TextLimits.NOTE, message = "{validation.size}")
        private String consentNote;

        private int version;

        static LifecycleForm of(InitiativeDetail d, LocalDate today) {
            var form = new LifecycleForm();
            form.completedOn = today;
            form.recognisedOn = today;
            form.consentedOn = today;
            form.version = d.version();
            return form;
        }

        CompleteInitiative toComplete(long id) {
            return new CompleteInitiative(id, completedOn, version);
        }

        EvaluateInitiative toEvaluate(long id) {
            return new EvaluateInitiative(id, result, remarks, version);
        }

        RecogniseGoodModel toRecognise(long id) {
            return new RecogniseGoodModel(id, null, recognisedOn, version);
        }

        RecordConsent toConsent(long id) {
            return new RecordConsent(id, consentedOn, consentNote, version);
        }

        public LocalDate getCompletedOn() {
            return completedOn;
        }

        public void setCompletedOn(LocalDate completedOn) {
            this.completedOn = completedOn;
        }

        public Effectiveness getResult() {
            return result;
        }

        public void setResult(Effectiveness result) {
            this.result = result;
        }

        public String getRemarks() {
            return remarks;
        }

        public void setRemarks(String remarks) {
            this.remarks = remarks;
        }

        public LocalDate getRecognisedOn() {
            return recognisedOn;
        }

        public void setRecognisedOn(LocalDate recognisedOn) {
            this.recognisedOn = recognisedOn;
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
