package vn.lamtheobac.initiative;

/**
 * Đã đăng ký → đang thực hiện (on the first progress update, or when its owner starts it) → đã hoàn thành (by its
 * owner) → đã đánh giá (by the superior committee). Being a good model and being published are flags beside it.
 */
public enum InitiativeStatus {
    REGISTERED,
    IN_PROGRESS,
    COMPLETED,
    EVALUATED
}
