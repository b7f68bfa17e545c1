package vn.lamtheobac.organization;

/**
 * The header and signing capacity of a party document issued by an organisation (Hướng dẫn 36-HD/VPTW).
 *
 * @param superiorBody the directly superior party organisation ("tên cơ quan cấp trên trực tiếp"), e.g. "Đảng bộ
 *     thành phố Cần Thơ" over a ward committee; {@code null} for a committee directly under the Central Committee (a
 *     root of the tree), which has no upper line
 * @param issuingBody the issuing body, e.g. "Đảng ủy phường Ninh Kiều", "Chi bộ Ủy ban nhân dân phường Ninh Kiều"
 * @param abbreviation the abbreviation used in document symbols (e.g. "TU" in "05-KH/TU"); may be {@code null}
 * @param place the place name of the date line (the nearest one recorded up the tree); may be {@code null}
 * @param signingCapacity the capacity the secretary signs in: "T/M Ban Thường vụ", "T/M Đảng ủy", "T/M Chi ủy",
 *     "T/M Chi bộ"
 * @param office the office that keeps the committee's documents and sees a decision carried out, e.g. "Văn phòng Đảng
 *     ủy phường Ninh Kiều"; {@code null} for a cell, which has no office ("Văn phòng Chi bộ" does not exist)
 * @param grassrootsCell whether the issuer is a chi bộ cơ sở (a cell that is itself a grassroots organisation)
 */
public record Letterhead(
        String superiorBody,
        String issuingBody,
        String abbreviation,
        String place,
        String signingCapacity,
        String office,
        boolean grassrootsCell) {

    /** Whether the issuer is a cell (chi bộ), which signs for the cell or its cell committee and has no office. */
    public boolean cell() {
        return office == null;
    }

    /** The last line of "Nơi nhận": "Lưu Văn phòng Đảng ủy phường Ninh Kiều." for a committee, "Lưu Chi bộ." for a cell. */
    public String fileCopy() {
        return office == null ? "Lưu Chi bộ." : "Lưu " + office + ".";
    }

    /**
     * The capacity of HD 36 (mục "thẩm quyền ký"): a committee with a standing committee signs for it ("T/M Ban
     * Thường vụ"); a grassroots committee for the committee ("T/M Đảng ủy"); a chi bộ cơ sở for the cell ("T/M Chi
     * bộ"); any other cell for its cell committee ("T/M Chi ủy"), or for the cell when it elects no cell committee.
     */
    static String signingCapacity(LevelClass level, boolean grassrootsCell) {
        if (grassrootsCell) {
            return "T/M Chi bộ";
        }
        return switch (level) {
            case PROVINCIAL, UPPER_GRASSROOTS -> "T/M Ban Thường vụ";
            case GRASSROOTS -> "T/M Đảng ủy";
            case CELL -> "T/M Chi ủy";
        };
    }
}
