package vn.lamtheobac.people;

import java.time.LocalDate;

/** What happened to people's records. */
public final class PersonEvents {

    private PersonEvents() {}

    public record PersonRegistered(long id, long organizationId, PersonCategory category) {}

    public record PersonTransferred(long id, long fromOrganizationId, long toOrganizationId, LocalDate on) {}

    public record DisciplineRecorded(long personId, long organizationId, DisciplineForm form, LocalDate decidedOn) {}
}
