package vn.lamtheobac.recognition;

/**
 * What the caller may do with one nomination now, so a page shows only the forms that will be accepted. The service
 * checks every action again when it is asked.
 */
public record NominationActions(
        boolean review,
        boolean approve,
        boolean decide,
        boolean resubmit,
        boolean recordExemplar,
        boolean withdrawExemplar,
        boolean certificate,
        boolean decisionDocument) {

    /** Whether any action form is to be shown. */
    public boolean any() {
        return review || decide || resubmit || recordExemplar || withdrawExemplar;
    }
}
