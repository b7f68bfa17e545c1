package vn.lamtheobac.people;

import java.time.LocalDate;

/** A person as a row of a list. */
public record PersonSummary(
        long id,
        String fullName,
        PersonCategory category,
        Gender gender,
        LocalDate dateOfBirth,
        String position,
        long organizationId,
        String organizationName) {}
