package vn.lamtheobac.programme;

/** Chuyên đề toàn khóa (for the whole committee term) or hằng năm (for one year). */
public enum ThemeKind {
    WHOLE_TERM,
    ANNUAL
}
