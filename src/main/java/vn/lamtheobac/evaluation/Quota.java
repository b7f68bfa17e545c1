package vn.lamtheobac.evaluation;

/**
 * The cap on HTXSNV in one grassroots organisation of a round: decided HTTNV and HTXSNV so far, how many HTXSNV the
 * cap allows, and how many places remain.
 */
public record Quota(
        long grassrootsId, String grassrootsName, int good, int excellent, int excellentAllowed, boolean capApplies) {

    public int remaining() {
        return Math.max(0, excellentAllowed - excellent);
    }
}
