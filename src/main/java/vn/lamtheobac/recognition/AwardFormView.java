package vn.lamtheobac.recognition;

import java.util.Locale;
import vn.lamtheobac.organization.LevelClass;

/**
 * An award form (hình thức khen thưởng) as reference data: its code, Vietnamese and English names, whom it may be
 * given to and the level class of the committee entitled to grant it (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80
 * gives the state's Giấy khen to the heads of bodies at each level; the Party's committees grant theirs the same way).
 * An inactive form is kept for past commendations but offered to no new nomination. {@code version} is needed to
 * change it.
 */
public record AwardFormView(
        String code,
        String nameVi,
        String nameEn,
        AwardFormKind kind,
        LevelClass entitledLevel,
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
