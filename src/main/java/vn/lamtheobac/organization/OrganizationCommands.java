package vn.lamtheobac.organization;

import java.time.LocalDate;

/** The changes that can be asked of the organisation tree. */
public final class OrganizationCommands {

    private OrganizationCommands() {}

    public record CreateOrganization(Long parentId, String typeCode, String name, String abbreviation) {}

    public record RenameOrganization(long id, String name, String abbreviation, int version) {}

    public record MoveOrganization(long id, long newParentId, int version) {}

    public record MergeOrganization(long id, long intoId, LocalDate on, int version) {}

    public record DissolveOrganization(long id, LocalDate on, int version) {}

    public record AddCommitteeTerm(long organizationId, String name, LocalDate startsOn, LocalDate endsOn) {}
}
