package vn.lamtheobac.document;

import java.util.Locale;

/** A kind of party document: NQ (Nghị quyết), CT (Chỉ thị), KH (Kế hoạch)…; the code is its symbol. */
public record DocumentType(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
