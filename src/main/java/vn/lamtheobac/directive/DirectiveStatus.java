package vn.lamtheobac.directive;

/** Dự thảo → đã ban hành → bị thay thế / bị thu hồi. */
public enum DirectiveStatus {
    DRAFT,
    ISSUED,
    SUPERSEDED,
    WITHDRAWN
}
