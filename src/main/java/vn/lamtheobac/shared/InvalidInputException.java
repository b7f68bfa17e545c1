package vn.lamtheobac.shared;

import java.util.List;

/**
 * Input that breaks one or more field rules; nothing was written. Forms show each violation at its field, the API
 * answers 422 with them all.
 */
public class InvalidInputException extends RuntimeException {

    /** One broken rule: the field at fault (or {@code null}), a message key and its arguments. */
    public record Violation(String field, String messageKey, Object... args) {}

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
