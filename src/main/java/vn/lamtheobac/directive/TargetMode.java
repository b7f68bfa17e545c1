package vn.lamtheobac.directive;

/**
 * Addressed to organisations chosen one by one, to every organisation of a level class in the issuer's subtree, or to
 * every organisation of a level class under one chosen organisation of that subtree ("mọi chi bộ trực thuộc …").
 */
public enum TargetMode {
    CHOSEN,
    LEVEL,
    LEVEL_UNDER
}
