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
        String organizationName) {
    /** The same row, naming its organisation. */
    public PersonSummary withOrganizationName(String name) {
        return new PersonSummary(id, fullName, category, gender, dateOfBirth, position, organizationId, name);
    }
}
