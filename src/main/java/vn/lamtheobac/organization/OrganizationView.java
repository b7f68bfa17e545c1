package vn.lamtheobac.organization;

import java.time.LocalDate;

/** One organisation as the caller may see it. {@code version} is needed to change it (optimistic locking). */
public record OrganizationView(
        long id,
        Long parentId,
        String name,
        String abbreviation,
        String committeeName,
        String place,
        OrganizationType type,
        OrganizationStatus status,
        Long mergedIntoId,
        LocalDate dissolvedOn,
        int depth,
        int childCount,
        int version) {

    public boolean active() {
        return status == OrganizationStatus.ACTIVE;
    }
}
