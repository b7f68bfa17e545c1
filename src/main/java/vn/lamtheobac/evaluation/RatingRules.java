package vn.lamtheobac.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rating rules of each rule set, as pure functions: given the facts and a proposed rating, which rules would be
 * broken. Every breach names its rule and cites its source.
 *
 * <ul>
 *   <li>A member disciplined in the year (one violation counts once) is KHTNV; so is one who completed under 50% of
 *       assigned tasks (132, 124 Điều 12, 366).
 *   <li>132 and 124: members rated HTXSNV are at most 20% of those rated HTTNV in each grassroots party organisation.
 *       366: the same cap while the round keeps it switched on (the default).
 *   <li>366: 100 points = common criteria (≤ 30) + task results (≤ 70); HTXSNV ≥ 90 with every task done on time and at
 *       least 30% exceeding requirements; HTTNV ≥ 70; HTNV ≥ 50; below 50 KHTNV.
 *   <li>A collective with a leadership member disciplined at cảnh cáo or above, or more than 20% of its subordinate
 *       units disciplined, is KHTNV. 366: an HTXSNV collective has no disciplined subordinate unit or leadership
 *       member; an HTNV (or better) collective has at most 20% of its tasks late.
 * </ul>
 */
public final class RatingRules {

    /** The cap on HTXSNV: at most this share of the HTTNV count. */
    public static final int CAP_PERCENT = 20;

    private RatingRules() {}

    /** What breaks if a member with these facts is rated {@code rating}. */
    public static List<RuleBreach> member(RuleSet set, MemberFacts facts, Rating rating) {
        var breaches = new ArrayList<RuleBreach>();
        String source = source(set);
        if (rating != Rating.NOT_COMPLETED) {
            if (facts.disciplinedInYear()) {
                breaches.add(RuleBreach.of("member.disciplined", source, "rule.member.disciplined", source));
            }
            if (facts.tasksCompletedPercent() != null && facts.tasksCompletedPercent() < 50) {
                breaches.add(RuleBreach.of(
                        "member.tasksBelowHalf", source, "rule.tasksBelowHalf", facts.tasksCompletedPercent(), source));
            }
        }
        if (set.scored()) {
            breaches.addAll(
                    scoreBands(set, facts.score(), facts.allTasksOnTime(), facts.tasksExceedingPercent(), rating));
        }
        return breaches;
    }

    /** What breaks if a party organisation with these facts is rated {@code rating}. */
    public static List<RuleBreach> collective(RuleSet set, CollectiveFacts facts, Rating rating) {
        var breaches = new ArrayList<RuleBreach>();
        String source = source(set);
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
            if (facts.tasksCompletedPercent() != null && facts.tasksCompletedPercent() < 50) {
                breaches.add(RuleBreach.of(
                        "collective.tasksBelowHalf",
                        source,
                        "rule.tasksBelowHalf",
                        facts.tasksCompletedPercent(),
                        source));
            }
        }
        if (set.scored()) {
            breaches.addAll(
                    scoreBands(set, facts.score(), facts.allTasksOnTime(), facts.tasksExceedingPercent(), rating));
            if (rating == Rating.EXCELLENT
                    && (facts.subordinateUnitsDisciplined() > 0 || facts.leadershipDisciplinedWarningOrAbove())) {
                breaches.add(RuleBreach.of(
                        "collective.excellentNoDiscipline", source, "rule.collective.excellentNoDiscipline", source));
            }
            if (rating != Rating.NOT_COMPLETED && facts.tasksLatePercent() != null && facts.tasksLatePercent() > 20) {
                breaches.add(RuleBreach.of(
                        "collective.late", source, "rule.collective.late", facts.tasksLatePercent(), source));
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
        String source = source(set);
        return Optional.of(RuleBreach.of("member.cap", source, "rule.cap", good, excellentAllowed(good), source));
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
        var choices = new EnumMap<Rating, List<RuleBreach>>(Rating.class);
        for (var rating : Rating.values()) {
            choices.put(rating, member(set, facts, rating));
        }
        return choices;
    }

    public static Map<Rating, List<RuleBreach>> collectiveChoices(RuleSet set, CollectiveFacts facts) {
        var choices = new EnumMap<Rating, List<RuleBreach>>(Rating.class);
        for (var rating : Rating.values()) {
            choices.put(rating, collective(set, facts, rating));
        }
        return choices;
    }

    private static List<RuleBreach> scoreBands(
            RuleSet set, Integer score, boolean allOnTime, Integer exceeding, Rating rating) {
        String source = source(set);
        if (score == null) {
            return List.of(RuleBreach.of("score.missing", source, "rule.score.missing", source));
        }
        return switch (rating) {
            case EXCELLENT ->
                score >= 90 && allOnTime && exceeding != null && exceeding >= 30
                        ? List.of()
                        : List.of(RuleBreach.of("score.excellent", source, "rule.score.excellent", score, source));
            case GOOD ->
                score >= 70
                        ? List.of()
                        : List.of(RuleBreach.of("score.good", source, "rule.score.good", score, source));
            case COMPLETED ->
                score >= 50
                        ? List.of()
                        : List.of(RuleBreach.of("score.completed", source, "rule.score.completed", score, source));
            case NOT_COMPLETED -> List.of();
        };
    }

    private static String source(RuleSet set) {
        return set == RuleSet.QD124_2023 ? set.source() + ", Điều 12" : set.source();
    }
}
