package vn.lamtheobac.commitment;

/** How an item, or a whole commitment, turned out: achieved, partly achieved, not achieved. */
public enum ItemResult {
    ACHIEVED,
    PARTLY_ACHIEVED,
    NOT_ACHIEVED
}
