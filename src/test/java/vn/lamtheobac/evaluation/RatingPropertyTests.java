package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever sequence of decisions and corrections a committee tries, the ones the rules accept never leave the cap
 * broken nor a disciplined member above KHTNV. The acceptance is the one the service applies: the member rules on the
 * rating, then the cap on the counts as they would be after the change.
 */
class RatingPropertyTests {

    record Attempt(int member, Rating rating) {}

    static final int MEMBERS = 12;

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        var attempt = Combinators.combine(Arbitraries.integers().between(0, MEMBERS - 1), Arbitraries.of(Rating.class))
                .as(Attempt::new);
        return attempt.list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return Arbitraries.of(RuleSet.QD132_2018, RuleSet.QD124_2023);
    }

    @Property(tries = 300)
    void acceptedDecisionsNeverBreakTheCapOrTheDisciplineRule(
            @ForAll("attempts") List<Attempt> attempts, @ForAll("ruleSets") RuleSet set, @ForAll long disciplinedMask) {
        Map<Integer, Rating> decided = new HashMap<>();
        for (var attempt : attempts) {
            boolean disciplined = (disciplinedMask >>> attempt.member() & 1) == 1;
            var facts = new MemberFacts(disciplined, 80, null, null, false, null);
            if (!RatingRules.member(set, facts, attempt.rating()).isEmpty()) {
                continue;
            }
            int good = 0;
            int excellent = 0;
            for (var entry : decided.entrySet()) {
                if (entry.getKey() != attempt.member()) {
                    good += entry.getValue() == Rating.GOOD ? 1 : 0;
                    excellent += entry.getValue() == Rating.EXCELLENT ? 1 : 0;
                }
            }
            good += attempt.rating() == Rating.GOOD ? 1 : 0;
            excellent += attempt.rating() == Rating.EXCELLENT ? 1 : 0;
            if (RatingRules.cap(set, true, good, excellent).isPresent()) {
                continue;
            }
            decided.put(attempt.member(), attempt.rating());

            long goodNow =
                    decided.values().stream().filter(r -> r == Rating.GOOD).count();
            long excellentNow =
                    decided.values().stream().filter(r -> r == Rating.EXCELLENT).count();
            assertThat(excellentNow * 100).isLessThanOrEqualTo(goodNow * RatingRules.CAP_PERCENT);
            decided.forEach((member, rating) -> {
                if ((disciplinedMask >>> member & 1) == 1) {
                    assertThat(rating).isEqualTo(Rating.NOT_COMPLETED);
                }
            });
        }
    }
}
