/**
 * The append-only audit trail: every create, update and delete, every sign-in success and failure, every access
 * denial and every read or export of sensitive personal data, with who, when, what, before and after (JSON) and the
 * client address. It only listens; nothing depends on its internals. A database trigger rejects UPDATE and DELETE.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package vn.lamtheobac.audit;
