package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One test per rule, named after the regulation it comes from. */
class RatingRulesTests {

    static MemberFacts member(boolean disciplined, Integer tasks) {
        return new MemberFacts(disciplined, tasks, null, null, false, null);
    }

    static MemberFacts scored(int common, int task, boolean onTime, int exceeding) {
        return new MemberFacts(false, 100, common, task, onTime, exceeding);
    }

    static CollectiveFacts collective(boolean leadership, int units, int disciplinedUnits) {
        return new CollectiveFacts(leadership, units, disciplinedUnits, 100, null, null, true, 0, 0);
    }

    static CollectiveFacts scoredCollective(int common, int task, int late, int disciplinedUnits) {
        return new CollectiveFacts(false, 5, disciplinedUnits, 100, common, task, true, 40, late);
    }

    @Test
    void qd132_aMemberDisciplinedInTheYearIsNotCompleted() {
        assertThat(RatingRules.member(RuleSet.QD132_2018, member(true, 100), Rating.COMPLETED))
                .extracting(RuleBreach::rule)
                .containsExactly("member.disciplined");
        assertThat(RatingRules.member(RuleSet.QD132_2018, member(true, 100), Rating.NOT_COMPLETED))
                .isEmpty();
    }

    @Test
    void qd124_article12_aMemberDisciplinedInTheYearIsNotCompleted() {
        var breaches = RatingRules.member(RuleSet.QD124_2023, member(true, 100), Rating.GOOD);
        assertThat(breaches)
                .extracting(RuleBreach::source)
                .containsExactly("Quy định 124-QĐ/TW ngày 04/10/2023, Điều 12");
    }

    @Test
    void qd124_article12_underHalfOfTasksCompletedIsNotCompleted() {
        assertThat(RatingRules.member(RuleSet.QD124_2023, member(false, 49), Rating.COMPLETED))
                .extracting(RuleBreach::rule)
                .containsExactly("member.tasksBelowHalf");
        assertThat(RatingRules.member(RuleSet.QD124_2023, member(false, 50), Rating.COMPLETED))
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
    void qd366_excellentNeedsNinetyPointsAllTasksOnTimeAndThirtyPercentExceeding() {
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(28, 64, true, 30), Rating.EXCELLENT))
                .isEmpty();
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(28, 61, true, 30), Rating.EXCELLENT))
                .extracting(RuleBreach::rule)
                .containsExactly("score.excellent");
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(30, 70, false, 50), Rating.EXCELLENT))
                .extracting(RuleBreach::rule)
                .containsExactly("score.excellent");
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(30, 70, true, 29), Rating.EXCELLENT))
                .extracting(RuleBreach::rule)
                .containsExactly("score.excellent");
    }

    @Test
    void qd366_goodFromSeventyCompletedFromFiftyAndUnderFiftyNotCompleted() {
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(20, 50, false, 0), Rating.GOOD))
                .isEmpty();
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(20, 49, false, 0), Rating.GOOD))
                .extracting(RuleBreach::rule)
                .containsExactly("score.good");
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(20, 30, false, 0), Rating.COMPLETED))
                .isEmpty();
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(20, 29, false, 0), Rating.COMPLETED))
                .extracting(RuleBreach::rule)
                .containsExactly("score.completed");
        assertThat(RatingRules.member(RuleSet.QD366_2025, scored(20, 29, false, 0), Rating.NOT_COMPLETED))
                .isEmpty();
    }

    @Test
    void qd366_withoutAScoreNothingButNotCompletedCanBeDecided() {
        var noScore = new MemberFacts(false, 100, null, null, true, 50);
        assertThat(RatingRules.member(RuleSet.QD366_2025, noScore, Rating.COMPLETED))
                .extracting(RuleBreach::rule)
                .containsExactly("score.missing");
    }

    @Test
    void qd132_aCollectiveWithALeaderDisciplinedAtWarningOrAboveIsNotCompleted() {
        assertThat(RatingRules.collective(RuleSet.QD132_2018, collective(true, 4, 0), Rating.COMPLETED))
                .extracting(RuleBreach::rule)
                .containsExactly("collective.leadership");
    }

    @Test
    void qd124_article12_moreThanTwentyPercentOfSubordinateUnitsDisciplinedIsNotCompleted() {
        assertThat(RatingRules.collective(RuleSet.QD124_2023, collective(false, 10, 2), Rating.GOOD))
                .isEmpty();
        assertThat(RatingRules.collective(RuleSet.QD124_2023, collective(false, 10, 3), Rating.GOOD))
                .extracting(RuleBreach::rule)
                .containsExactly("collective.subordinates");
    }

    @Test
    void qd366_anExcellentCollectiveHasNoDisciplinedUnitAndACompletedOneAtMostTwentyPercentLate() {
        assertThat(RatingRules.collective(RuleSet.QD366_2025, scoredCollective(30, 65, 0, 1), Rating.EXCELLENT))
                .extracting(RuleBreach::rule)
                .containsExactly("collective.excellentNoDiscipline");
        assertThat(RatingRules.collective(RuleSet.QD366_2025, scoredCollective(20, 40, 21, 0), Rating.COMPLETED))
                .extracting(RuleBreach::rule)
                .containsExactly("collective.late");
        assertThat(RatingRules.collective(RuleSet.QD366_2025, scoredCollective(20, 40, 20, 0), Rating.COMPLETED))
                .isEmpty();
    }

    @Test
    void theRuleSetInForceFollowsTheYear() {
        assertThat(RuleSet.forYear(2022)).isEqualTo(RuleSet.QD132_2018);
        assertThat(RuleSet.forYear(2024)).isEqualTo(RuleSet.QD124_2023);
        assertThat(RuleSet.forYear(2025)).isEqualTo(RuleSet.QD366_2025);
    }
}
