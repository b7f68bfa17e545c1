package vn.lamtheobac.recognition.web;

import jakarta.validation.constraints.Size;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.recognition.AwardCategory;
import vn.lamtheobac.recognition.AwardFormKind;
import vn.lamtheobac.recognition.AwardFormView;
import vn.lamtheobac.recognition.RecognitionCommands.AddAwardForm;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateAwardForm;
import vn.lamtheobac.shared.PlainText;
import vn.lamtheobac.shared.TextLimits;

/** An award form of the reference data. */
class AwardFormForm {
    @Size(max = TextLimits.CODE, message = "{validation.size}")
    @PlainText
    private String code;

    @Size(max = TextLimits.NAME, message = "{validation.size}")
    @PlainText
    private String nameVi;

    @Size(max = TextLimits.NAME, message = "{validation.size}")
    @PlainText
    private String nameEn;

    private AwardFormKind kind = AwardFormKind.BOTH;
    private AwardCategory category = AwardCategory.GIAY_KHEN;
    private LevelClass entitledLevel;
    private Rating minimumRating = Rating.GOOD;

    @Size(max = TextLimits.BODY, message = "{validation.size}")
    private String conditions;

    @Size(max = TextLimits.NOTE, message = "{validation.size}")
    private String source;

    private boolean active = true;
    private int version;

    static AwardFormForm of(AwardFormView f) {
        var form = new AwardFormForm();
        form.code = f.code();
        form.nameVi = f.nameVi();
        form.nameEn = f.nameEn();
        form.kind = f.kind();
        form.category = f.category();
        form.entitledLevel = f.entitledLevel();
        form.minimumRating = f.minimumRating();
        form.conditions = f.conditions();
        form.source = f.source();
        form.active = f.active();
        form.version = f.version();
        return form;
    }

    AddAwardForm toAdd() {
        return new AddAwardForm(code, nameVi, nameEn, kind, category, entitledLevel, minimumRating, conditions, source);
    }

    UpdateAwardForm toUpdate(String code) {
        return new UpdateAwardForm(
                code,
                nameVi,
                nameEn,
                kind,
                category,
                entitledLevel,
                minimumRating,
                conditions,
                source,
                active,
                version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public AwardFormKind getKind() {
        return kind;
    }

    public void setKind(AwardFormKind kind) {
        this.kind = kind;
    }

    public LevelClass getEntitledLevel() {
        return entitledLevel;
    }

    public void setEntitledLevel(LevelClass entitledLevel) {
        this.entitledLevel = entitledLevel;
    }

    public AwardCategory getCategory() {
        return category;
    }

    public void setCategory(AwardCategory category) {
        this.category = category;
    }

    public Rating getMinimumRating() {
        return minimumRating;
    }

    public void setMinimumRating(Rating minimumRating) {
        this.minimumRating = minimumRating;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
