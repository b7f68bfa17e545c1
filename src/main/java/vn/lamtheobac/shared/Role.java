package vn.lamtheobac.shared;

/**
 * A role a user holds through a grant. Every grant except {@link #ADMIN} is scoped to one organisation and its subtree.
 * {@code MEMBER} is implicit for everyone with an account and is never granted. What a grant lets its holder do at
 * their committee is a {@link Capability}.
 */
public enum Role {
    ADMIN,
    OFFICER,
    SECRETARY,
    VIEWER,
    EDITOR;

    /** Roles that may read the people and records of their subtree. */
    public static final Role[] READERS = {ADMIN, OFFICER, SECRETARY, VIEWER};

    /** Roles that may change people's records in their subtree. */
    public static final Role[] RECORD_KEEPERS = {ADMIN, OFFICER, SECRETARY};
}
