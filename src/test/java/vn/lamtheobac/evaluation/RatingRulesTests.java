package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per rule at its boundary, named after the rule and the regulation it comes from. */
class RatingRulesTests {

    static final RatingPolicy QD366 = RatingPolicy.of(RuleSet.QD366_2025);
    static final RatingPolicy QD366_STRICT = new RatingPolicy(RuleSet.QD366_2025, true, false);

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static MemberFacts member(boolean disciplined, String tasks) {
        return new MemberFacts(disciplined, d(tasks), null, null, null);
    }

    /** A scored member: common criteria, task results, tasks completed (%), tasks exceeding (%). */
    static MemberFacts scored(String common, String task, String tasks, String exceeding) {
        return new MemberFacts(false, d(tasks), d(common), d(task), d(exceeding));
    }

    static CollectiveFacts collective(boolean leadershipWarning, int units, int disciplinedUnits) {
        return new CollectiveFacts(
                leadershipWarning, leadershipWarning, units, disciplinedUnits, d("100"), null, null, d("0"), d("0"));
    }

    /** A scored collective with every task done, 40% exceeding: common, task, late (%), disciplined units of 5. */
    static CollectiveFacts scoredCollective(String common, String task, String late, int disciplinedUnits) {
        return new CollectiveFacts(false, false, 5, disciplinedUnits, d("100"), d(common), d(task), d("40"), d(late));
    }

    static List<String> rules(List<RuleBreach> breaches) {
        return breaches.stream().map(RuleBreach::rule).toList();
    }

    static List<String> member366(MemberFacts facts, Rating rating) {
        return rules(RatingRules.member(QD366, facts, rating, false));
    }

    @Test
    void qd132_aMemberDisciplinedInTheYearIsNotCompleted() {
        assertThat(rules(RatingRules.member(RuleSet.QD132_2018, member(true, "100"), Rating.COMPLETED)))
                .containsExactly("member.disciplined");
        assertThat(RatingRules.member(RuleSet.QD132_2018, member(true, "100"), Rating.NOT_COMPLETED))
                .isEmpty();
    }

    @Test
    void qd124_article12_aMemberDisciplinedInTheYearIsNotCompleted() {
        var breaches = RatingRules.member(RuleSet.QD124_2023, member(true, "100"), Rating.GOOD);
        assertThat(breaches)
                .extracting(RuleBreach::source)
                .containsExactly("Quy định 124-QĐ/TW ngày 04/10/2023, Điều 12");
    }

    @Test
    void qd124_article12_underHalfOfTasksCompletedIsNotCompleted() {
        assertThat(rules(RatingRules.member(RuleSet.QD124_2023, member(false, "49.9"), Rating.COMPLETED)))
                .containsExactly("member.tasksBelowHalf");
        assertThat(RatingRules.member(RuleSet.QD124_2023, member(false, "50"), Rating.COMPLETED))
                .isEmpty();
    }

    @Test
    void qd132_excellentMembersAreAtMostTwentyPercentOfGoodOnes() {
        assertThat(RatingRules.cap(RuleSet.QD132_2018, false, 10, 2)).isEmpty();
        assertThat(RatingRules.cap(RuleSet.QD132_2018, false, 10, 3))
                .map(RuleBreach::rule)
                .contains("member.cap");
        assertThat(RatingRules.cap(RuleSet.QD124_2023, false, 4, 1)).isPresent();
        assertThat(RatingRules.excellentAllowed(14)).isEqualTo(2);
    }

    @Test
    void qd366_theCapIsASwitchOfTheRoundOnByDefault() {
        assertThat(RatingRules.cap(RuleSet.QD366_2025, true, 5, 2)).isPresent();
        assertThat(RatingRules.cap(RuleSet.QD366_2025, false, 5, 2)).isEmpty();
        assertThat(RuleSet.QD366_2025.capSwitchable()).isTrue();
        assertThat(RuleSet.QD124_2023.capSwitchable()).isFalse();
    }

    @Test
    @DisplayName("A correction downward is never stopped by the cap; upward it is (QĐ 132, 124 Điều 12)")
    void theCapNeverStopsACorrectionDownward_QD132_QD124Article12() {
        // 4 other HTTNV and 1 HTXSNV: lowering an HTTNV to HTNV would leave 1 > ⌊20% × 4⌋, and still goes through
        assertThat(RatingRules.capOnChange(RuleSet.QD132_2018, true, Rating.GOOD, Rating.COMPLETED, 4, 1))
                .isEmpty();
        assertThat(RatingRules.capOnChange(RuleSet.QD132_2018, true, Rating.GOOD, Rating.EXCELLENT, 4, 1))
                .isPresent();
        assertThat(RatingRules.capOnChange(RuleSet.QD132_2018, true, null, Rating.EXCELLENT, 5, 0))
                .isEmpty();
    }

    @Test
    @DisplayName("HTXSNV needs 90 points or more (QĐ 366 Điều 11 khoản 1)")
    void excellentNeedsNinetyPoints_QD366_Article11Clause1() {
        assertThat(member366(scored("30", "59.9", "100", "30"), Rating.EXCELLENT))
                .containsExactly("excellent.score");
        assertThat(member366(scored("30", "60", "100", "30"), Rating.EXCELLENT)).isEmpty();
        assertThat(RatingRules.member(QD366, scored("30", "59.9", "100", "30"), Rating.EXCELLENT, false))
                .extracting(RuleBreach::source)
                .allMatch(source -> source.contains("366-QĐ/TW") && source.contains("Điều 11 khoản 1"));
    }

    @Test
    @DisplayName("HTXSNV needs the tasks-completed figure at 100% (QĐ 366 Điều 11 khoản 1)")
    void excellentNeedsAllTasksCompleted_QD366_Article11Clause1() {
        assertThat(member366(scored("30", "65", "99.9", "30"), Rating.EXCELLENT))
                .containsExactly("excellent.allTasks");
        assertThat(member366(scored("30", "65", "100", "30"), Rating.EXCELLENT)).isEmpty();
        assertThat(member366(scored("30", "65", null, "30"), Rating.EXCELLENT)).containsExactly("excellent.allTasks");
    }

    @Test
    @DisplayName("HTXSNV needs at least 30% of tasks beyond requirements (QĐ 366 Điều 11 khoản 1)")
    void excellentNeedsThirtyPercentExceeding_QD366_Article11Clause1() {
        assertThat(member366(scored("30", "65", "100", "29.9"), Rating.EXCELLENT))
                .containsExactly("excellent.exceeding");
        assertThat(member366(scored("30", "65", "100", "30"), Rating.EXCELLENT)).isEmpty();
    }

    @Test
    @DisplayName("A refusal names every failing condition (QĐ 366 Điều 11 khoản 1)")
    void aRefusalNamesEveryFailingCondition_QD366_Article11Clause1() {
        assertThat(member366(scored("30", "62", "100", "25"), Rating.EXCELLENT)).containsExactly("excellent.exceeding");
        assertThat(member366(scored("25", "60", "95", "25"), Rating.EXCELLENT))
                .containsExactlyInAnyOrder("excellent.score", "excellent.allTasks", "excellent.exceeding");
        var refusal = new RatingRefusedException(
                RatingRules.member(QD366, scored("25", "60", "95", "25"), Rating.EXCELLENT, false));
        assertThat(refusal.breaches()).hasSize(3);
        assertThat(refusal.rule()).contains("excellent.score", "excellent.allTasks", "excellent.exceeding");
    }

    @Test
    @DisplayName("HTTNV is 70 to under 90 points (QĐ 366 Điều 11 khoản 2)")
    void goodIsSeventyToUnderNinety_QD366_Article11Clause2() {
        assertThat(member366(scored("20", "49.9", "100", "0"), Rating.GOOD)).containsExactly("band.below");
        assertThat(member366(scored("20", "50", "100", "0"), Rating.GOOD)).isEmpty();
        assertThat(member366(scored("29.9", "60", "100", "0"), Rating.GOOD)).isEmpty();
        // 90 and every HTXSNV condition met: HTXSNV, not HTTNV
        assertThat(member366(scored("30", "60", "100", "30"), Rating.GOOD)).containsExactly("band.qualifiesHigher");
        // 90 without 30% exceeding: the round's setting lets it take HTTNV; strict bounds refuse it
        assertThat(member366(scored("30", "60", "100", "29"), Rating.GOOD)).isEmpty();
        assertThat(rules(RatingRules.member(QD366_STRICT, scored("30", "60", "100", "29"), Rating.GOOD, false)))
                .containsExactly("band.above");
    }

    @Test
    @DisplayName("A full cap lets a score of 90 or more take HTTNV (QĐ 366 Điều 11 khoản 2)")
    void aFullCapLetsAnExcellentScoreTakeGood_QD366_Article11Clause2() {
        var best = scored("30", "65", "100", "40");
        assertThat(rules(RatingRules.member(QD366, best, Rating.GOOD, false))).containsExactly("band.qualifiesHigher");
        assertThat(RatingRules.member(QD366, best, Rating.GOOD, true)).isEmpty();
    }

    @Test
    @DisplayName("HTNV is 50 to under 70 points (QĐ 366 Điều 11 khoản 3)")
    void completedIsFiftyToUnderSeventy_QD366_Article11Clause3() {
        assertThat(member366(scored("20", "29.9", "100", "0"), Rating.COMPLETED))
                .containsExactly("band.below");
        assertThat(member366(scored("20", "30", "100", "0"), Rating.COMPLETED)).isEmpty();
        assertThat(member366(scored("20", "49.9", "100", "0"), Rating.COMPLETED))
                .isEmpty();
        assertThat(member366(scored("20", "50", "100", "0"), Rating.COMPLETED)).containsExactly("band.qualifiesHigher");
    }

    @Test
    @DisplayName("KHTNV is under 50 points, or a ground of KHTNV (QĐ 366 Điều 11 khoản 4)")
    void notCompletedIsUnderFifty_QD366_Article11Clause4() {
        assertThat(member366(scored("20", "29.9", "100", "0"), Rating.NOT_COMPLETED))
                .isEmpty();
        assertThat(member366(scored("20", "30", "100", "0"), Rating.NOT_COMPLETED))
                .containsExactly("band.qualifiesHigher");
        var disciplined = new MemberFacts(true, d("100"), d("25"), d("60"), d("40"));
        assertThat(member366(disciplined, Rating.NOT_COMPLETED)).isEmpty();
        assertThat(member366(disciplined, Rating.GOOD)).containsExactly("member.disciplined");
    }

    @Test
    void qd366_withoutAScoreNothingButNotCompletedCanBeDecided() {
        var noScore = new MemberFacts(false, d("100"), null, null, d("50"));
        assertThat(member366(noScore, Rating.COMPLETED)).containsExactly("score.missing");
        assertThat(member366(noScore, Rating.NOT_COMPLETED)).isEmpty();
    }

    @Test
    void qd132_aCollectiveWithALeaderDisciplinedAtWarningOrAboveIsNotCompleted() {
        assertThat(rules(RatingRules.collective(RuleSet.QD132_2018, collective(true, 4, 0), Rating.COMPLETED)))
                .containsExactly("collective.leadership");
    }

    @Test
    void qd124_article12_moreThanTwentyPercentOfSubordinateUnitsDisciplinedIsNotCompleted() {
        assertThat(RatingRules.collective(RuleSet.QD124_2023, collective(false, 10, 2), Rating.GOOD))
                .isEmpty();
        assertThat(rules(RatingRules.collective(RuleSet.QD124_2023, collective(false, 10, 3), Rating.GOOD)))
                .containsExactly("collective.subordinates");
    }

    @Test
    @DisplayName(
            "A discipline in any form of a leadership member blocks HTXSNV of the collective (QĐ 366 Điều 11 khoản 1)")
    void anyDisciplineOfALeaderBlocksAnExcellentCollective_QD366_Article11Clause1() {
        var reprimanded = new CollectiveFacts(true, false, 5, 0, d("100"), d("30"), d("65"), d("40"), d("0"));
        assertThat(rules(RatingRules.collective(QD366, reprimanded, Rating.EXCELLENT)))
                .containsExactly("collective.excellentNoDiscipline");
        assertThat(RatingRules.collective(QD366, reprimanded, Rating.GOOD)).isEmpty();
    }

    @Test
    @DisplayName("One disciplined subordinate unit blocks HTXSNV of the collective (QĐ 366 Điều 11 khoản 1)")
    void aDisciplinedSubordinateUnitBlocksAnExcellentCollective_QD366_Article11Clause1() {
        assertThat(rules(RatingRules.collective(QD366, scoredCollective("30", "65", "0", 1), Rating.EXCELLENT)))
                .containsExactly("collective.excellentNoDiscipline");
        assertThat(RatingRules.collective(QD366, scoredCollective("30", "65", "0", 0), Rating.EXCELLENT))
                .isEmpty();
        assertThat(RatingRules.collective(QD366, scoredCollective("30", "65", "0", 1), Rating.GOOD))
                .isEmpty();
    }

    @Test
    @DisplayName("An HTXSNV collective has every task on time (QĐ 366 Điều 11 khoản 1)")
    void anExcellentCollectiveHasEveryTaskOnTime_QD366_Article11Clause1() {
        assertThat(rules(RatingRules.collective(QD366, scoredCollective("30", "65", "0.1", 0), Rating.EXCELLENT)))
                .containsExactly("excellent.onTime");
    }

    @Test
    @DisplayName("An HTNV collective has at most 20% of its tasks late (QĐ 366 Điều 11 khoản 3)")
    void aCompletedCollectiveHasAtMostTwentyPercentLate_QD366_Article11Clause3() {
        assertThat(rules(RatingRules.collective(QD366, scoredCollective("20", "40", "20.1", 0), Rating.COMPLETED)))
                .containsExactly("collective.late");
        assertThat(RatingRules.collective(QD366, scoredCollective("20", "40", "20", 0), Rating.COMPLETED))
                .isEmpty();
        // with more than 20% late, a collective of 60 points is KHTNV
        assertThat(RatingRules.collective(QD366, scoredCollective("20", "40", "20.1", 0), Rating.NOT_COMPLETED))
                .isEmpty();
    }

    @Test
    void theRuleSetInForceFollowsTheYear() {
        assertThat(RuleSet.forYear(2022)).isEqualTo(RuleSet.QD132_2018);
        assertThat(RuleSet.forYear(2024)).isEqualTo(RuleSet.QD124_2023);
        assertThat(RuleSet.forYear(2025)).isEqualTo(RuleSet.QD366_2025);
    }
}
