package vn.lamtheobac.document;

import java.time.LocalDate;

/**
 * Asks for the next number of a document type for an issuing organisation, in the committee term covering
 * {@code issuedOn}. {@code sourceType}/{@code sourceId} name the record that carries the number (e.g. a directive).
 *
 * <p>The register runs in the order of issue: a document dated before the last number of its sequence is refused
 * unless {@code earlierDateConfirmed} says the user was asked and confirmed it.
 */
public record IssueDocument(
        long organizationId,
        String typeCode,
        LocalDate issuedOn,
        String title,
        String sourceType,
        long sourceId,
        boolean earlierDateConfirmed) {

    /**
     * An issue from a module whose form does not ask yet about a date before the last number: it is taken as
     * confirmed, as before the register checked the order (the directive's and the decision's forms are to ask).
     */
    public IssueDocument(
            long organizationId, String typeCode, LocalDate issuedOn, String title, String sourceType, long sourceId) {
        this(organizationId, typeCode, issuedOn, title, sourceType, sourceId, true);
    }
}
