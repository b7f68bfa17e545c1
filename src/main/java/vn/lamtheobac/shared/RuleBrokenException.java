package vn.lamtheobac.shared;

/**
 * A request refused because it would break a rule taken from a regulation: besides the message, it names the rule and
 * cites its source, which the API returns with the 422 answer.
 */
public class RuleBrokenException extends BusinessRuleException {

    private final String rule;
    private final String source;

    public RuleBrokenException(String rule, String source, String messageKey, Object... args) {
        super(messageKey, args);
        this.rule = rule;
        this.source = source;
    }

    public String rule() {
        return rule;
    }

    public String source() {
        return source;
    }
}
