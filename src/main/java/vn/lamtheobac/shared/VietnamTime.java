package vn.lamtheobac.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Dates and times as they are in Vietnam (UTC+7), whatever the server's own time zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}

    /**
     * Today's date in Vietnam by the given clock (the injected {@code Clock} bean; tests pin it): what "not in the
     * future" and default dates mean, whatever zone the clock itself carries.
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** An instant as a Vietnamese wall-clock time, for display; {@code null} stays {@code null}. */
    public static ZonedDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE);
    }
}
