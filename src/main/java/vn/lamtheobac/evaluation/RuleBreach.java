package vn.lamtheobac.evaluation;

import java.util.List;

/**
 * A rating a rule forbids: which rule, the source it comes from, and the message that explains it in plain words.
 * {@code args} fill the message.
 */
public record RuleBreach(String rule, String source, String messageKey, List<String> args) {

    public static RuleBreach of(String rule, String source, String messageKey, Object... args) {
        return new RuleBreach(
                rule,
                source,
                messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
