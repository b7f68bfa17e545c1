package vn.lamtheobac.evaluation;

/** Pending → self-assessed → proposed (by the cell) → decided (locked; changed only by an audited correction). */
public enum EvaluationStatus {
    PENDING,
    SELF_ASSESSED,
    PROPOSED,
    DECIDED
}
