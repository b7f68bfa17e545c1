package vn.lamtheobac.recognition;

/**
 * A nomination as a row of a list: the nominee (an organisation, or a person with their organisation), the year, the
 * proposed form, where it stands and at which committee it waits.
 */
public record NominationView(
        long id,
        long movementId,
        NomineeKind kind,
        long organizationId,
        String organizationName,
        Long personId,
        String personName,
        int year,
        String proposedFormCode,
        String proposedFormName,
        NominationStatus status,
        long currentLevelOrganizationId,
        String currentLevelOrganizationName) {

    /** The person for an individual, else the organisation. */
    public String nomineeName() {
        return personName != null ? personName : organizationName;
    }

    /** The same row, naming the nominee's organisation, the person and the committee where it waits. */
    public NominationView withNames(String organization, String person, String currentLevelOrganization) {
        return new NominationView(
                id,
                movementId,
                kind,
                organizationId,
                organization,
                personId,
                person,
                year,
                proposedFormCode,
                proposedFormName,
                status,
                currentLevelOrganizationId,
                currentLevelOrganization);
    }
}
