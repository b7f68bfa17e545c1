package vn.lamtheobac.recognition;

import java.time.LocalDate;
import vn.lamtheobac.evaluation.Rating;

/**
 * An emulation movement (phong trào thi đua): the organising committee, whose whole subtree takes part, the title, the
 * criteria, the period and the lowest annual rating a nominee may have. {@code nominations} counts those not
 * rejected. {@code version} is needed to change it.
 */
public record MovementView(
        long id,
        long organizationId,
        String organizationName,
        String title,
        String criteria,
        LocalDate startsOn,
        LocalDate endsOn,
        Rating minimumRating,
        int nominations,
        int version) {

    /** Whether achievements of {@code year} fall in the movement's period. */
    public boolean covers(int year) {
        return year >= startsOn.getYear() && year <= endsOn.getYear();
    }

    /** The same movement, naming its organiser. */
    public MovementView withOrganizationName(String name) {
        return new MovementView(
                id, organizationId, name, title, criteria, startsOn, endsOn, minimumRating, nominations, version);
    }
}
