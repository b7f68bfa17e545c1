package vn.lamtheobac.organization;

/**
 * The header of a party document issued by an organisation (Hướng dẫn 36-HD/VPTW): the superior body (may be
 * {@code null} at the top of the tree), the issuing body, the abbreviation used in document symbols (e.g. "TU" in
 * "05-KH/TU"), the place name of the date line, and the capacity its secretary signs in ("T/M Ban Thường vụ").
 */
public record Letterhead(
        String superiorBody, String issuingBody, String abbreviation, String place, String signingCapacity) {

    /**
     * A committee with a standing committee signs for it ("T/M Ban Thường vụ"); a grassroots committee for the
     * committee ("T/M Đảng ủy"); a cell for its cell committee ("T/M Chi ủy").
     */
    static String signingCapacity(LevelClass level) {
        return switch (level) {
            case PROVINCIAL, UPPER_GRASSROOTS -> "T/M Ban Thường vụ";
            case GRASSROOTS -> "T/M Đảng ủy";
            case CELL -> "T/M Chi ủy";
        };
    }
}
