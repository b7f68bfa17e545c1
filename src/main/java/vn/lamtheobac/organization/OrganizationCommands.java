package vn.lamtheobac.organization;

import java.time.LocalDate;

/** The changes that can be asked of the organisation tree. */
public final class OrganizationCommands {

    private OrganizationCommands() {}

    public record CreateOrganization(Long parentId, String typeCode, String name, String abbreviation) {}

    /**
     * Changes what an organisation is called: its name, the abbreviation used in document symbols, its committee's
     * name (tên cấp ủy) and the place name printed on its documents.
     */
    public record UpdateOrganization(
            long id, String name, String abbreviation, String committeeName, String place, int version) {}

    public record MoveOrganization(long id, long newParentId, int version) {}

    public record MergeOrganization(long id, long intoId, LocalDate on, int version) {}

    public record DissolveOrganization(long id, LocalDate on, int version) {}

    public record AddCommitteeTerm(long organizationId, String name, LocalDate startsOn, LocalDate endsOn) {}
}
