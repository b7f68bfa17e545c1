package vn.lamtheobac.commitment.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates of the commitment calendar as Vietnamese write them, dd/MM/yyyy. */
public final class CommitmentCalendarText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CommitmentCalendarText() {}

    public static String date(LocalDate date) {
        return DATE.format(date);
    }
}
