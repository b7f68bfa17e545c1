package vn.lamtheobac.initiative;

/**
 * What the caller may do with one initiative now, so a page shows only the forms that will be accepted. The service
 * checks every action again when it is asked.
 */
public record InitiativeActions(
        boolean edit,
        boolean report,
        boolean start,
        boolean complete,
        boolean evaluate,
        boolean recognise,
        boolean adopt,
        boolean recordConsent,
        boolean withdrawConsent,
        boolean publish,
        boolean unpublish) {

    /** Whether any action form is to be shown. */
    public boolean any() {
        return edit
                || report
                || start
                || complete
                || evaluate
                || recognise
                || adopt
                || recordConsent
                || withdrawConsent
                || publish
                || unpublish;
    }
}
