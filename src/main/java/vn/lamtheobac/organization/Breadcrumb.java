package vn.lamtheobac.organization;

/**
 * One organisation on the path from the root down to a page's organisation: {@code readable} when the caller may open
 * it (a breadcrumb links only to those; an ancestor above the caller's scope is named, not linked).
 */
public record Breadcrumb(long id, String name, boolean readable) {}
