package vn.lamtheobac.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Enters in the register a document drafted outside the system: it takes the next number of its type in the issuing
 * committee's sequence, like any other.
 *
 * @param organizationId the issuing committee
 * @param typeCode the document type, e.g. "TB"
 * @param issuedOn the date of issue
 * @param title the summary of the content (trích yếu)
 * @param signer the full name of the person who signs it
 * @param earlierDateConfirmed whether the officer, told that the date is before the last number of the sequence,
 *     confirmed it
 */
public record RecordManualEntry(
        long organizationId,
        @NotBlank String typeCode,
        @NotNull LocalDate issuedOn,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String signer,
        boolean earlierDateConfirmed) {}
