package vn.lamtheobac.evaluation;

/**
 * The four levels of the annual rating: Hoàn thành xuất sắc nhiệm vụ (HTXSNV), Hoàn thành tốt nhiệm vụ (HTTNV), Hoàn
 * thành nhiệm vụ (HTNV), Không hoàn thành nhiệm vụ (KHTNV), best first.
 */
public enum Rating {
    EXCELLENT("HTXSNV"),
    GOOD("HTTNV"),
    COMPLETED("HTNV"),
    NOT_COMPLETED("KHTNV");

    private final String abbreviation;

    Rating(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The abbreviation every party document uses: HTXSNV, HTTNV, HTNV, KHTNV. */
    public String abbreviation() {
        return abbreviation;
    }
}
