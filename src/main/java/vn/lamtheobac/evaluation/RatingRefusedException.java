package vn.lamtheobac.evaluation;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.lamtheobac.shared.RuleBrokenException;

/**
 * A rating refused by the rules: it names every rule that fails, not only the first (a 92-point HTXSNV with 25%
 * exceeding cites the exceeding share, and anything else missing). {@link #rule()} lists the rules, comma-separated;
 * the message joins each breach's own message, each citing its source.
 */
public class RatingRefusedException extends RuleBrokenException {

    private final transient List<RuleBreach> breaches;

    public RatingRefusedException(List<RuleBreach> breaches) {
        super(
                breaches.stream().map(RuleBreach::rule).collect(Collectors.joining(", ")),
                breaches.stream().map(RuleBreach::source).distinct().collect(Collectors.joining("; ")),
                breaches.size() == 1 ? breaches.get(0).messageKey() : "evaluation.error.rules",
                breaches.size() == 1 ? breaches.get(0).args().toArray() : chain(breaches, 0));
        this.breaches = List.copyOf(breaches);
    }

    /** Every breach, in the order the rules found them. */
    public List<RuleBreach> breaches() {
        return breaches;
    }

    /** "{0} {1}": the first breach's message, then the rest, so any number of breaches reads as one text. */
    private static Object[] chain(List<RuleBreach> breaches, int from) {
        var first = resolvable(breaches.get(from));
        if (from == breaches.size() - 2) {
            return new Object[] {first, resolvable(breaches.get(from + 1))};
        }
        return new Object[] {
            first,
            new DefaultMessageSourceResolvable(new String[] {"evaluation.error.rules"}, chain(breaches, from + 1))
        };
    }

    private static MessageSourceResolvable resolvable(RuleBreach breach) {
        return new DefaultMessageSourceResolvable(
                new String[] {breach.messageKey()}, breach.args().toArray(), breach.messageKey());
    }
}
