package vn.lamtheobac.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rating rules of each rule set, as pure functions: given the facts and a proposed rating, every rule that would
 * be broken (never only the first). Every breach names its rule and cites its source.
 *
 * <ul>
 *   <li>A member disciplined in the year (one violation counts once) is KHTNV; so is one who completed under 50% of
 *       assigned tasks (132, 124 Điều 12, 366 Điều 11 khoản 4).
 *   <li>132 and 124: members rated HTXSNV are at most 20% of those rated HTTNV in each grassroots party organisation.
 *       366: the same cap while the round keeps it switched on (the default): the text is not confirmed.
 *   <li>366 Điều 11: 100 points = common criteria (≤ 30) + task results (≤ 70). Khoản 1, HTXSNV: 90 points or more,
 *       100% of assigned tasks completed, at least 30% of them beyond requirements; a collective besides has every
 *       task on time and no subordinate unit nor member of its leadership disciplined, in any form. Khoản 2, HTTNV:
 *       70 to under 90. Khoản 3, HTNV: 50 to under 70, a collective with at most 20% of its tasks late. Khoản 4,
 *       KHTNV: under 50. Whether a score above a band's top that misses the band above falls back into the band is
 *       not written: it is the round's setting {@link RatingPolicy#scoreFallsBack()}, on by default.
 *   <li>A collective with a leadership member disciplined at cảnh cáo or above, or more than 20% of its subordinate
 *       units disciplined, is KHTNV (132, 124 Điều 12).
 * </ul>
 */
public final class RatingRules {

    /** The cap on HTXSNV: at most this share of the HTTNV count. */
    public static final int CAP_PERCENT = 20;

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal EXCELLENT_FROM = BigDecimal.valueOf(90);
    static final BigDecimal GOOD_FROM = BigDecimal.valueOf(70);
    static final BigDecimal COMPLETED_FROM = BigDecimal.valueOf(50);
    static final BigDecimal EXCEEDING_FROM = BigDecimal.valueOf(30);
    static final BigDecimal LATE_AT_MOST = BigDecimal.valueOf(20);
    static final BigDecimal HALF = BigDecimal.valueOf(50);

    private RatingRules() {}

    /** What breaks if a member with these facts is rated {@code rating} under the rule set's defaults. */
    public static List<RuleBreach> member(RuleSet set, MemberFacts facts, Rating rating) {
        return member(RatingPolicy.of(set), facts, rating, false);
    }

    /**
     * What breaks if a member with these facts is rated {@code rating}; {@code excellentCapFull} tells that the cap
     * has no place left for one more HTXSNV (so a score of 90 or more may fall back to HTTNV where the round allows).
     */
    public static List<RuleBreach> member(
            RatingPolicy policy, MemberFacts facts, Rating rating, boolean excellentCapFull) {
        var set = policy.ruleSet();
        var breaches = new ArrayList<RuleBreach>();
        String source = notCompletedSource(set);
        if (rating != Rating.NOT_COMPLETED) {
            if (facts.disciplinedInYear()) {
                breaches.add(RuleBreach.of("member.disciplined", source, "rule.member.disciplined", source));
            }
            if (below(facts.tasksCompletedPercent(), HALF)) {
                breaches.add(RuleBreach.of(
                        "member.tasksBelowHalf",
                        source,
                        "rule.tasksBelowHalf",
                        text(facts.tasksCompletedPercent()),
                        source));
            }
        }
        if (!set.scored()) {
            return breaches;
        }
        BigDecimal score = facts.score();
        if (!scoreGiven(set, score, rating, breaches)) {
            return breaches;
        }
        if (rating == Rating.EXCELLENT) {
            excellentScore(score, facts.tasksCompletedPercent(), facts.tasksExceedingPercent(), breaches);
        }
        breaches.addAll(bands(
                policy,
                score,
                rating,
                higher -> member(policy, facts, higher, excellentCapFull).isEmpty()
                        && !(higher == Rating.EXCELLENT && excellentCapFull)));
        return breaches;
    }

    /** What breaks if a party organisation with these facts is rated {@code rating} under the rule set's defaults. */
    public static List<RuleBreach> collective(RuleSet set, CollectiveFacts facts, Rating rating) {
        return collective(RatingPolicy.of(set), facts, rating);
    }

    /** What breaks if a party organisation with these facts is rated {@code rating}. */
    public static List<RuleBreach> collective(RatingPolicy policy, CollectiveFacts facts, Rating rating) {
        var set = policy.ruleSet();
        var breaches = new ArrayList<RuleBreach>();
        String source = notCompletedSource(set);
        boolean subordinatesOverLimit = facts.subordinateUnits() > 0
                && facts.subordinateUnitsDisciplined() * 100 > CAP_PERCENT * facts.subordinateUnits();
        if (rating != Rating.NOT_COMPLETED) {
            if (facts.leadershipDisciplinedWarningOrAbove()) {
                breaches.add(RuleBreach.of("collective.leadership", source, "rule.collective.leadership", source));
            }
            if (subordinatesOverLimit) {
                breaches.add(RuleBreach.of(
                        "collective.subordinates",
                        source,
                        "rule.collective.subordinates",
                        facts.subordinateUnitsDisciplined(),
                        facts.subordinateUnits(),
                        source));
            }
            if (below(facts.tasksCompletedPercent(), HALF)) {
                breaches.add(RuleBreach.of(
                        "collective.tasksBelowHalf",
                        source,
                        "rule.tasksBelowHalf",
                        text(facts.tasksCompletedPercent()),
                        source));
            }
        }
        if (!set.scored()) {
            return breaches;
        }
        BigDecimal score = facts.score();
        if (!scoreGiven(set, score, rating, breaches)) {
            return breaches;
        }
        if (rating == Rating.EXCELLENT) {
            String excellent = qd366(1);
            excellentScore(score, facts.tasksCompletedPercent(), facts.tasksExceedingPercent(), breaches);
            if (facts.tasksLatePercent() == null || facts.tasksLatePercent().signum() > 0) {
                breaches.add(breach(
                        "excellent.onTime", excellent, "rule.366.excellent.onTime", text(facts.tasksLatePercent())));
            }
            if (facts.subordinateUnitsDisciplined() > 0 || facts.leadershipDisciplined()) {
                breaches.add(RuleBreach.of(
                        "collective.excellentNoDiscipline",
                        excellent,
                        "rule.collective.excellentNoDiscipline",
                        excellent));
            }
        }
        if (rating != Rating.NOT_COMPLETED
                && facts.tasksLatePercent() != null
                && facts.tasksLatePercent().compareTo(LATE_AT_MOST) > 0) {
            String completed = qd366(3);
            breaches.add(RuleBreach.of(
                    "collective.late", completed, "rule.collective.late", text(facts.tasksLatePercent()), completed));
        }
        breaches.addAll(bands(
                policy,
                score,
                rating,
                higher -> collective(policy, facts, higher).isEmpty()));
        return breaches;
    }

    /**
     * The score's band (366 Điều 11): HTXSNV from 90, HTTNV 70 to under 90, HTNV 50 to under 70, KHTNV under 50. A
     * score at or above the band's top is refused, unless the round lets it fall back and the band above is refused
     * ({@code reachable} tells whether it is).
     */
    private static List<RuleBreach> bands(
            RatingPolicy policy, BigDecimal score, Rating rating, java.util.function.Predicate<Rating> reachable) {
        var breaches = new ArrayList<RuleBreach>();
        BigDecimal from = switch (rating) {
            case EXCELLENT -> null; // its own conditions, above
            case GOOD -> GOOD_FROM;
            case COMPLETED -> COMPLETED_FROM;
            case NOT_COMPLETED -> null;
        };
        BigDecimal upTo = switch (rating) {
            case EXCELLENT -> null;
            case GOOD -> EXCELLENT_FROM;
            case COMPLETED -> GOOD_FROM;
            case NOT_COMPLETED -> COMPLETED_FROM;
        };
        String source = qd366(clause(rating));
        if (from != null && score.compareTo(from) < 0) {
            breaches.add(breach(
                    "band.below", source, "rule.366.band.below", rating.abbreviation(), text(from), text(score)));
        }
        if (upTo != null && score.compareTo(upTo) >= 0) {
            Rating higher = Rating.values()[rating.ordinal() - 1];
            if (!policy.scoreFallsBack()) {
                breaches.add(breach(
                        "band.above", source, "rule.366.band.above", rating.abbreviation(), text(upTo), text(score)));
            } else if (reachable.test(higher)) {
                breaches.add(breach(
                        "band.qualifiesHigher",
                        source,
                        "rule.366.band.qualifiesHigher",
                        text(score),
                        higher.abbreviation(),
                        rating.abbreviation()));
            }
        }
        return breaches;
    }

    /**
     * The cap on HTXSNV within one grassroots organisation, checked on the counts as they would be after a decision.
     * Empty when the cap holds or does not apply.
     */
    public static Optional<RuleBreach> cap(RuleSet set, boolean capOn, int good, int excellent) {
        if (!capApplies(set, capOn) || excellent <= excellentAllowed(good)) {
            return Optional.empty();
        }
        String source = capSource(set);
        return Optional.of(RuleBreach.of("member.cap", source, "rule.cap", good, excellentAllowed(good), source));
    }

    /**
     * Whether the cap stops a change of one member's decided rating from {@code from} to {@code to}, given the other
     * members' decided HTTNV and HTXSNV. A correction downward (to a lower rating) is never stopped: it takes a place
     * away from no one, and lowering a rating that should be lower is not refused for the numbers of others; where it
     * leaves too many HTXSNV, those are flagged for review instead.
     */
    public static Optional<RuleBreach> capOnChange(
            RuleSet set, boolean capOn, Rating from, Rating to, int othersGood, int othersExcellent) {
        if (from != null && to.compareTo(from) > 0) {
            return Optional.empty();
        }
        return cap(
                set,
                capOn,
                othersGood + (to == Rating.GOOD ? 1 : 0),
                othersExcellent + (to == Rating.EXCELLENT ? 1 : 0));
    }

    public static boolean capApplies(RuleSet set, boolean capOn) {
        return !set.capSwitchable() || capOn;
    }

    /** How many HTXSNV the cap allows beside {@code good} HTTNV: 20%, rounded down. */
    public static int excellentAllowed(int good) {
        return good * CAP_PERCENT / 100;
    }

    /** For each rating, what would break: the screen shows it beside the choices. */
    public static Map<Rating, List<RuleBreach>> memberChoices(RuleSet set, MemberFacts facts) {
        return memberChoices(RatingPolicy.of(set), facts, false);
    }

    public static Map<Rating, List<RuleBreach>> memberChoices(
            RatingPolicy policy, MemberFacts facts, boolean excellentCapFull) {
        var choices = new EnumMap<Rating, List<RuleBreach>>(Rating.class);
        for (var rating : Rating.values()) {
            choices.put(rating, member(policy, facts, rating, excellentCapFull));
        }
        return choices;
    }

    public static Map<Rating, List<RuleBreach>> collectiveChoices(RuleSet set, CollectiveFacts facts) {
        return collectiveChoices(RatingPolicy.of(set), facts);
    }

    public static Map<Rating, List<RuleBreach>> collectiveChoices(RatingPolicy policy, CollectiveFacts facts) {
        var choices = new EnumMap<Rating, List<RuleBreach>>(Rating.class);
        for (var rating : Rating.values()) {
            choices.put(rating, collective(policy, facts, rating));
        }
        return choices;
    }

    /** A figure as a person writes it: 89.5, 90, 100. */
    public static String text(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean below(BigDecimal value, BigDecimal bound) {
        return value != null && value.compareTo(bound) < 0;
    }

    private static RuleBreach breach(String rule, String source, String key, Object... args) {
        var all = new Object[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = source;
        return RuleBreach.of(rule, source, key, all);
    }

    private static int clause(Rating rating) {
        return rating.ordinal() + 1;
    }

    /** Quy định 366-QĐ/TW, Điều 11 (xếp loại chất lượng), the clause of one band, with its guidance. */
    static String qd366(int clause) {
        return "Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11 khoản " + clause + "; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025";
    }

    private static String notCompletedSource(RuleSet set) {
        return switch (set) {
            case QD132_2018 -> set.source();
            case QD124_2023 -> set.source() + ", Điều 12";
            case QD366_2025 -> qd366(4);
        };
    }

    private static String capSource(RuleSet set) {
        return set == RuleSet.QD124_2023 ? set.source() + ", Điều 12" : set.source();
    }

    /** A scored rule set rates by the score: without it only KHTNV may be given. Whether the score is there. */
    private static boolean scoreGiven(RuleSet set, BigDecimal score, Rating rating, List<RuleBreach> breaches) {
        if (score == null && rating != Rating.NOT_COMPLETED) {
            breaches.add(RuleBreach.of("score.missing", set.source(), "rule.score.missing", set.source()));
        }
        return score != null;
    }

    /**
     * Quy định 366-QĐ/TW Điều 11 khoản 1, the same for members and collectives: at least 90 points, the tasks-completed
     * figure at 100% and at least 30% of tasks done beyond what was required.
     */
    private static void excellentScore(
            BigDecimal score, BigDecimal tasksCompleted, BigDecimal exceeding, List<RuleBreach> breaches) {
        String excellent = qd366(1);
        if (score.compareTo(EXCELLENT_FROM) < 0) {
            breaches.add(breach("excellent.score", excellent, "rule.366.excellent.score", text(score)));
        }
        if (tasksCompleted == null || tasksCompleted.compareTo(HUNDRED) < 0) {
            breaches.add(breach("excellent.allTasks", excellent, "rule.366.excellent.allTasks", text(tasksCompleted)));
        }
        if (exceeding == null || below(exceeding, EXCEEDING_FROM)) {
            breaches.add(breach("excellent.exceeding", excellent, "rule.366.excellent.exceeding", text(exceeding)));
        }
    }
}
