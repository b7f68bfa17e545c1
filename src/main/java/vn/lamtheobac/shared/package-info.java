/**
 * The only open module: the caller's {@link vn.lamtheobac.shared.Scope}, role names, the events every module may
 * publish for the audit trail, the errors that map to HTTP statuses, and the web and database infrastructure the
 * whole application shares (embedded PostgreSQL, i18n, error pages). Keep it small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.lamtheobac.shared;
