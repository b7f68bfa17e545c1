package vn.lamtheobac.people;

import java.time.LocalDate;

/** The changes that can be asked of people's records. */
public final class PersonCommands {

    private PersonCommands() {}

    /** The fields of a person's record that a form or an import row supplies. */
    public record PersonDetails(
            PersonCategory category,
            String fullName,
            Gender gender,
            LocalDate dateOfBirth,
            String nationalId,
            String partyCardNumber,
            LocalDate partyJoinedOn,
            String position,
            String phone,
            String email) {}

    public record RegisterPerson(PersonDetails details, long organizationId, LocalDate joinedOrganizationOn) {}

    public record UpdatePerson(long id, PersonDetails details, int version) {}

    public record TransferPerson(long id, long toOrganizationId, LocalDate on, String note, int version) {}

    public record RecordDiscipline(
            long personId, DisciplineForm form, LocalDate decidedOn, String reason, String decidedBy) {}
}
