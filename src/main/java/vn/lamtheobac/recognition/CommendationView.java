package vn.lamtheobac.recognition;

import java.time.LocalDate;

/**
 * A commendation (khen thưởng): what a decision granted to one nominee for one movement and year, with the decision's
 * number, date and committee, and whether it is an exemplar (gương điển hình tiêu biểu) with the individual's consent.
 * {@code version} is needed to change the exemplar flag.
 */
public record CommendationView(
        long id,
        long decisionId,
        long nominationId,
        long movementId,
        String movementTitle,
        String formCode,
        String formName,
        NomineeKind kind,
        long organizationId,
        String organizationName,
        Long personId,
        String personName,
        int year,
        String achievements,
        String symbol,
        LocalDate decidedOn,
        long decidingOrganizationId,
        String decidingOrganizationName,
        boolean exemplar,
        LocalDate consentRecordedOn,
        String consentNote,
        int version) {

    /** The person for an individual, else the organisation. */
    public String nomineeName() {
        return personName != null ? personName : organizationName;
    }

    public boolean individual() {
        return kind == NomineeKind.INDIVIDUAL;
    }

    public boolean hasConsent() {
        return consentRecordedOn != null;
    }

    /** "Số 05-QĐ/TU", as the decision prints it (no colon). */
    public String numberLine() {
        return "Số " + symbol;
    }

    /** The same commendation, naming the nominee's organisation, the person and the deciding committee. */
    public CommendationView withNames(String organization, String person, String decidingOrganization) {
        return new CommendationView(
                id,
                decisionId,
                nominationId,
                movementId,
                movementTitle,
                formCode,
                formName,
                kind,
                organizationId,
                organization,
                personId,
                person,
                year,
                achievements,
                symbol,
                decidedOn,
                decidingOrganizationId,
                decidingOrganization,
                exemplar,
                consentRecordedOn,
                consentNote,
                version);
    }
}
