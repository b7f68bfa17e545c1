package vn.lamtheobac.shared;

/** A role held over one organisation and its whole subtree. */
public record Grant(Role role, long organizationId) {}
