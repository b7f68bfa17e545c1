package vn.lamtheobac.directive;

/** Addressed to organisations chosen one by one, or to every organisation of a level class in the issuer's subtree. */
public enum TargetMode {
    CHOSEN,
    LEVEL
}
