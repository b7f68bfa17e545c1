package vn.lamtheobac.shared;

/**
 * A request that breaks a rule of the domain (an illegal transition, a move under one's own descendant, a duplicate
 * card number). Answers 422 in the API and a message at the form on pages. The message is looked up in the bundle by
 * {@link #messageKey()} with {@link #args()}; {@link #field()} names the form field at fault, if any.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    private BusinessRuleException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** A rule broken by the value of one form field. */
    public static BusinessRuleException atField(String field, String messageKey, Object... args) {
        return new BusinessRuleException(field, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
