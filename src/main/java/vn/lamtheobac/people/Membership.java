package vn.lamtheobac.people;

import java.time.LocalDate;

/** A period during which a person belonged to an organisation; the current one has no end. */
public record Membership(
        long organizationId, String organizationName, LocalDate startsOn, LocalDate endsOn, String note) {}
