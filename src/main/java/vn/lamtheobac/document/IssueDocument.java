package vn.lamtheobac.document;

import java.time.LocalDate;

/**
 * Asks for the next number of a document type for an issuing organisation, in the committee term covering
 * {@code issuedOn}. {@code sourceType}/{@code sourceId} name the record that carries the number (e.g. a directive).
 */
public record IssueDocument(
        long organizationId, String typeCode, LocalDate issuedOn, String title, String sourceType, long sourceId) {}
