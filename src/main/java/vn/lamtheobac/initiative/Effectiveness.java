package vn.lamtheobac.initiative;

/** The superior committee's verdict on a completed initiative: hiệu quả or chưa hiệu quả. */
public enum Effectiveness {
    EFFECTIVE,
    NOT_EFFECTIVE
}
