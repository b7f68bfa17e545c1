package vn.lamtheobac.people;

import java.time.LocalDate;

/** What happened to people's records. */
public final class PersonEvents {

    private PersonEvents() {}

    public record PersonRegistered(long id, long organizationId, PersonCategory category) {}

    public record PersonTransferred(long id, long fromOrganizationId, long toOrganizationId, LocalDate on) {}

    /**
     * People written by an import, a chunk of up to a few thousand at a time (instead of one
     * {@link PersonRegistered} / {@link PersonTransferred} each).
     */
    public record PeopleImported(
            long jobId, java.util.List<PersonRegistered> registered, java.util.List<PersonTransferred> transferred) {}

    public record DisciplineRecorded(long personId, long organizationId, DisciplineForm form, LocalDate decidedOn) {}
}
