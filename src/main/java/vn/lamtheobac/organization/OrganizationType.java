package vn.lamtheobac.organization;

import java.util.Locale;

/** Reference data: a kind of organisation (Thành ủy, Đảng bộ xã, Chi bộ…) with its level class. */
public record OrganizationType(String code, String nameVi, String nameEn, LevelClass levelClass) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
