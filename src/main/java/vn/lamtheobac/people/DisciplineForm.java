package vn.lamtheobac.people;

/**
 * Forms of party discipline, mildest first (Điều lệ Đảng, Điều 35): khiển trách, cảnh cáo, cách chức, khai trừ.
 * Rating rules compare against {@link #WARNING} ("cảnh cáo trở lên").
 */
public enum DisciplineForm {
    REPRIMAND,
    WARNING,
    DISMISSAL,
    EXPULSION;

    public boolean atLeast(DisciplineForm other) {
        return compareTo(other) >= 0;
    }
}
