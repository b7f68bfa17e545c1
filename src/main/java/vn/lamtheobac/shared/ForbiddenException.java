package vn.lamtheobac.shared;

/**
 * The caller can see the thing but its roles do not allow the action (e.g. a viewer trying to edit). Answers 403.
 * {@link #messageKey()} names the explanation in the message bundle.
 */
public class ForbiddenException extends RuntimeException {

    private final String messageKey;

    public ForbiddenException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
