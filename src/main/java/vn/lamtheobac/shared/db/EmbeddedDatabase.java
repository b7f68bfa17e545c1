package vn.lamtheobac.shared.db;

/** Present as a bean when the application runs on its embedded PostgreSQL. */
public final class EmbeddedDatabase {}
