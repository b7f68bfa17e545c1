package vn.lamtheobac.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * A commendation decision (quyết định khen thưởng) of a committee under one movement: its party document number from
 * the register, its date, and the commendations it granted.
 */
public record DecisionView(
        long id,
        long organizationId,
        String organizationName,
        long movementId,
        String symbol,
        LocalDate decidedOn,
        List<Long> commendationIds) {

    public DecisionView {
        commendationIds = List.copyOf(commendationIds);
    }

    /** "Số 05-QĐ/TU", as the decision prints it (no colon). */
    public String numberLine() {
        return "Số " + symbol;
    }

    /** The same decision, naming the deciding committee. */
    public DecisionView withOrganizationName(String name) {
        return new DecisionView(id, organizationId, name, movementId, symbol, decidedOn, commendationIds);
    }
}
