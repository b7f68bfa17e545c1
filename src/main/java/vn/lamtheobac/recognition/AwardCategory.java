package vn.lamtheobac.recognition;

import java.util.Set;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;

/**
 * The family an award form belongs to, and what the law says of it whatever the editable reference data says: which
 * level classes may grant it and the lowest annual rating a nominee may have. An award form's own level and minimum
 * are kept within these bounds (an administrator cannot let a ward grant a city's Bằng khen, nor lower a minimum below
 * the law's), and every decision checks them again.
 *
 * <ul>
 *   <li>{@link #BANG_KHEN}: Bằng khen, granted at the provincial level only (Luật Thi đua, khen thưởng 06/2022/QH15:
 *       Bằng khen at the city level is given by its chairman; the Party's Bằng khen by the standing committee of the
 *       provincial or city committee). HTXSNV at least: only members and organisations rated HTXSNV are considered
 *       for commendation of the year (Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW). The exact article for the Party's
 *       Bằng khen was not confirmed against the official text; the source says so.
 *   <li>{@link #GIAY_KHEN}: Giấy khen, granted by a committee of the grassroots or upper-grassroots level (Luật Thi
 *       đua, khen thưởng 06/2022/QH15, Điều 80: the chairman of the commune people's committee and heads of units give
 *       Giấy khen); HTTNV at least (the rating Lao động tiên tiến asks; not confirmed against the official text).
 * </ul>
 */
public enum AwardCategory {
    BANG_KHEN(
            Set.of(LevelClass.PROVINCIAL),
            Rating.EXCELLENT,
            "Luật Thi đua, khen thưởng 06/2022/QH15 (Bằng khen cấp tỉnh; điều khoản chưa đối chiếu văn bản chính thức);"
                    + " Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW: chỉ xem xét khen thưởng đối với trường hợp xếp loại"
                    + " HTXSNV"),
    GIAY_KHEN(
            Set.of(LevelClass.UPPER_GRASSROOTS, LevelClass.GRASSROOTS),
            Rating.GOOD,
            "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 (thẩm quyền tặng Giấy khen); mức HTTNV trở lên chưa đối"
                    + " chiếu văn bản chính thức");

    private final Set<LevelClass> grantedBy;
    private final Rating minimumRating;
    private final String source;

    AwardCategory(Set<LevelClass> grantedBy, Rating minimumRating, String source) {
        this.grantedBy = grantedBy;
        this.minimumRating = minimumRating;
        this.source = source;
    }

    /** The level classes the law lets grant a form of this family. */
    public Set<LevelClass> grantedBy() {
        return grantedBy;
    }

    /** Whether a committee of {@code level} may grant a form of this family. */
    public boolean grantable(LevelClass level) {
        return grantedBy.contains(level);
    }

    /** The lowest rating of the year the law accepts for a form of this family. */
    public Rating minimumRating() {
        return minimumRating;
    }

    /** Where the bounds come from, as the user is shown it. */
    public String source() {
        return source;
    }
}
