package vn.lamtheobac.initiative;

/** Mô hình của tập thể (an organisation's) or hành động của cá nhân (one person's). */
public enum InitiativeKind {
    COLLECTIVE,
    INDIVIDUAL
}
