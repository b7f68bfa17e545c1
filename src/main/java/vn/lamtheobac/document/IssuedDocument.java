package vn.lamtheobac.document;

import java.time.LocalDate;

/**
 * A line of the register of issued documents. {@code symbol} is "05-KH/TU"; {@link #numberLine()} is what the
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
        String issuedBy) {

    public String numberLine() {
        return "Số " + symbol;
    }
}
