package vn.lamtheobac.shared;

/** A caller asked for something that exists but lies outside their scope or roles; audited, then answered 404/403. */
public record AccessDenied(String entityType, String entityId, String reason) {}
