package vn.lamtheobac.recognition;

import java.util.Locale;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;

/**
 * An award form (hình thức khen thưởng) as reference data: its code, Vietnamese and English names, whom it may be
 * given to, its family ({@link AwardCategory}, which bounds the level that may grant it and its minimum rating by
 * law), the level class of the committee entitled to grant it, the lowest annual rating a nominee may have with the
 * form's other conditions, and the source of both. An inactive form is kept for past commendations but offered to no
 * new nomination. {@code version} is needed to change it.
 */
public record AwardFormView(
        String code,
        String nameVi,
        String nameEn,
        AwardFormKind kind,
        AwardCategory category,
        LevelClass entitledLevel,
        Rating minimumRating,
        String conditions,
        String source,
        boolean active,
        int version) {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    /**
     * What a certificate prints in large letters: the Vietnamese name up to " của " ("Giấy khen của Ban Thường vụ…"
     * gives "Giấy khen"), or the whole name.
     */
    public String certificateTitle() {
        int of = nameVi.indexOf(" của ");
        return of > 0 ? nameVi.substring(0, of) : nameVi;
    }
}
