package vn.lamtheobac.recognition;

import java.time.Instant;
import java.time.ZonedDateTime;
import vn.lamtheobac.shared.VietnamTime;

/** One step of a nomination's timeline: what was done, at which committee's level, by whom, why and when. */
public record ReviewView(
        long id,
        ReviewAction action,
        long organizationId,
        String organizationName,
        String reason,
        String actedBy,
        Instant actedAt) {

    /** When the step was taken, on a Vietnamese wall clock. */
    public ZonedDateTime actedAtLocal() {
        return VietnamTime.local(actedAt);
    }

    /** The same step, naming the committee at whose level it was taken. */
    public ReviewView withOrganizationName(String name) {
        return new ReviewView(id, action, organizationId, name, reason, actedBy, actedAt);
    }
}
