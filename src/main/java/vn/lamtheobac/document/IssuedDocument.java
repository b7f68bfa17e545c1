package vn.lamtheobac.document;

import java.time.LocalDate;

/**
 * A line of the register of issued documents; {@code signer} is given for a document entered by hand (source type
 * {@link DocumentRegister#MANUAL}), which carries no record of this system. {@code symbol} is "05-KH/TU"; {@link #numberLine()} is what the
 * document prints: "Số 05-KH/TU" (no colon).
 */
public record IssuedDocument(
        long id,
        long organizationId,
        String organizationName,
        String typeCode,
        int number,
        String symbol,
        LocalDate issuedOn,
        String title,
        String sourceType,
        long sourceId,
        String issuedBy,
        String signer) {

    /** Whether the document was drafted elsewhere and entered by hand. */
    public boolean manual() {
        return DocumentRegister.MANUAL.equals(sourceType);
    }

    public String numberLine() {
        return "Số " + symbol;
    }
}
