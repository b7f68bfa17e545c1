package vn.lamtheobac.evaluation;

/** Annual (hằng năm), mid-term (giữa nhiệm kỳ) or ad hoc (đột xuất). */
public enum RoundKind {
    ANNUAL,
    MID_TERM,
    AD_HOC
}
