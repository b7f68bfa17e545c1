package vn.lamtheobac.people;

import java.time.LocalDate;

/** A person's full record, as shown on the profile page (a read of sensitive data). */
public record PersonView(
        long id,
        PersonCategory category,
        String fullName,
        Gender gender,
        LocalDate dateOfBirth,
        String nationalId,
        String partyCardNumber,
        LocalDate partyJoinedOn,
        String position,
        String phone,
        String email,
        long organizationId,
        String organizationName,
        int version) {
    /** The same record, naming its organisation. */
    public PersonView withOrganizationName(String name) {
        return new PersonView(
                id,
                category,
                fullName,
                gender,
                dateOfBirth,
                nationalId,
                partyCardNumber,
                partyJoinedOn,
                position,
                phone,
                email,
                organizationId,
                name,
                version);
    }
}
