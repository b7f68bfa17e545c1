package vn.lamtheobac.recognition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.DisciplineRecord;
import vn.lamtheobac.recognition.AwardCategory;
import vn.lamtheobac.recognition.AwardFormKind;
import vn.lamtheobac.recognition.AwardFormView;
import vn.lamtheobac.recognition.NominationStatus;
import vn.lamtheobac.recognition.NomineeKind;
import vn.lamtheobac.recognition.ReviewAction;
import vn.lamtheobac.recognition.internal.CommendationRules.Candidate;
import vn.lamtheobac.recognition.internal.CommendationRules.Earlier;
import vn.lamtheobac.recognition.internal.CommendationRules.Facts;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.RuleBrokenException;

/** The commendation rules and the nomination's transition table as pure functions, at their boundaries. */
class CommendationRulesTest {

    static final AwardFormView BANG_KHEN = form(AwardCategory.BANG_KHEN, LevelClass.PROVINCIAL, Rating.EXCELLENT);
    static final AwardFormView GIAY_KHEN = form(AwardCategory.GIAY_KHEN, LevelClass.UPPER_GRASSROOTS, Rating.GOOD);

    static AwardFormView form(AwardCategory category, LevelClass level, Rating minimum) {
        return new AwardFormView(
                category.name(),
                category.name(),
                category.name(),
                AwardFormKind.BOTH,
                category,
                level,
                minimum,
                null,
                category.source(),
                true,
                0);
    }

    static Candidate candidate(long movement, String achievements, List<Long> initiatives) {
        return new Candidate(0, movement, NomineeKind.INDIVIDUAL, 2025, achievements, initiatives);
    }

    static String rule(java.util.Optional<RuleBrokenException> breach) {
        return breach.map(RuleBrokenException::rule).orElse(null);
    }

    @Test
    @DisplayName("A movement tightens a form's minimum but never loosens it: Bằng khen needs HTXSNV even under a KHTNV"
            + " movement (Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW)")
    void aMovementTightensButNeverLoosens() {
        assertThat(CommendationRules.effectiveMinimum(BANG_KHEN, Rating.NOT_COMPLETED))
                .isEqualTo(Rating.EXCELLENT);
        assertThat(CommendationRules.effectiveMinimum(GIAY_KHEN, Rating.NOT_COMPLETED))
                .isEqualTo(Rating.GOOD);
        assertThat(CommendationRules.effectiveMinimum(GIAY_KHEN, Rating.EXCELLENT))
                .isEqualTo(Rating.EXCELLENT);
        // a form whose reference data went below the law's bound is held to the law's
        var loosened = form(AwardCategory.BANG_KHEN, LevelClass.PROVINCIAL, Rating.COMPLETED);
        assertThat(CommendationRules.formMinimum(loosened)).isEqualTo(Rating.EXCELLENT);

        assertThat(rule(CommendationRules.rating(2025, Rating.GOOD, BANG_KHEN, Rating.NOT_COMPLETED)))
                .isEqualTo("nominee.minimumRating");
        assertThat(rule(CommendationRules.rating(2025, Rating.EXCELLENT, BANG_KHEN, Rating.NOT_COMPLETED)))
                .isNull();
        assertThat(rule(CommendationRules.rating(2025, null, GIAY_KHEN, null))).isEqualTo("nominee.noRating");
    }

    @Test
    @DisplayName("The law's list bounds who grants a form: Bằng khen at the provincial level, Giấy khen at the"
            + " grassroots and upper-grassroots levels (Luật 06/2022/QH15, Điều 80)")
    void theLawsListBoundsTheGrantingLevel() {
        assertThat(rule(CommendationRules.withinLaw(AwardCategory.BANG_KHEN, LevelClass.UPPER_GRASSROOTS, null)))
                .isEqualTo("award.grantingLevel");
        assertThat(rule(CommendationRules.withinLaw(AwardCategory.GIAY_KHEN, LevelClass.CELL, null)))
                .isEqualTo("award.grantingLevel");
        assertThat(rule(CommendationRules.withinLaw(AwardCategory.BANG_KHEN, LevelClass.PROVINCIAL, Rating.GOOD)))
                .isEqualTo("award.minimumBelowLaw");
        assertThat(CommendationRules.withinLaw(AwardCategory.GIAY_KHEN, LevelClass.GRASSROOTS, Rating.EXCELLENT))
                .isEmpty();
        // a stale row that says a ward grants Bằng khen is still refused at the decision
        var stale = form(AwardCategory.BANG_KHEN, LevelClass.UPPER_GRASSROOTS, Rating.EXCELLENT);
        assertThat(rule(CommendationRules.grantableBy(stale, LevelClass.UPPER_GRASSROOTS)))
                .isEqualTo("award.grantingLevel");
        assertThat(rule(CommendationRules.grantableBy(BANG_KHEN, LevelClass.PROVINCIAL)))
                .isNull();
    }

    @Test
    @DisplayName("One achievement once (Luật 06/2022/QH15, Điều 6): the same movement and year, the same words or a"
            + " shared initiative; the refusal names the earlier decision")
    void oneAchievementOnce() {
        var decided = new Earlier(
                7,
                1,
                "Dân vận khéo",
                "Vận động  45 hộ dân HIẾN ĐẤT",
                List.of(3L),
                "02-QĐ/TU",
                LocalDate.of(2025, 12, 20));
        var breach = CommendationRules.achievementOnce(
                candidate(2, "vận động 45 hộ dân hiến đất ", List.of()), List.of(decided));
        assertThat(rule(breach)).isEqualTo("achievement.once");
        assertThat(breach.get().args()).contains("02-QĐ/TU", "20/12/2025");
        assertThat(rule(CommendationRules.achievementOnce(candidate(2, "Khác", List.of(3L)), List.of(decided))))
                .isEqualTo("achievement.once");
        assertThat(rule(CommendationRules.achievementOnce(candidate(1, "Khác", List.of()), List.of(decided))))
                .isEqualTo("achievement.once");
        assertThat(CommendationRules.achievementOnce(candidate(2, "Khác", List.of(4L)), List.of(decided)))
                .isEmpty();
    }

    @Test
    @DisplayName("A discipline from the start of the year on stops the commendation (Luật 06/2022/QH15)")
    void disciplineSinceTheYearBegan() {
        var before = new DisciplineRecord(1, 9, DisciplineForm.WARNING, LocalDate.of(2024, 12, 31), "x", "y");
        var after = new DisciplineRecord(2, 9, DisciplineForm.WARNING, LocalDate.of(2026, 2, 1), "x", "y");
        var c = candidate(1, "a", List.of());
        assertThat(CommendationRules.disciplined(c, new Facts(Rating.GOOD, List.of(before))))
                .isEmpty();
        assertThat(rule(CommendationRules.disciplined(c, new Facts(Rating.GOOD, List.of(after)))))
                .isEqualTo("nominee.disciplined");
    }

    @Test
    @DisplayName("One transition table: a nomination awaits the decision where it reaches the entitled committee;"
            + " a decided one takes no step")
    void theTransitionTable() {
        assertThat(NominationTransitions.next(NominationStatus.PROPOSED, ReviewAction.APPROVE_UPWARD, false))
                .isEqualTo(NominationStatus.UNDER_REVIEW);
        assertThat(NominationTransitions.next(NominationStatus.UNDER_REVIEW, ReviewAction.APPROVE_UPWARD, true))
                .isEqualTo(NominationStatus.AWAITING_DECISION);
        assertThat(NominationTransitions.next(NominationStatus.RETURNED, ReviewAction.RESUBMIT, false))
                .isEqualTo(NominationStatus.PROPOSED);
        assertThat(NominationTransitions.next(NominationStatus.AWAITING_DECISION, ReviewAction.DECIDE, false))
                .isEqualTo(NominationStatus.DECIDED);
        for (var action : ReviewAction.values()) {
            assertThat(NominationTransitions.allows(NominationStatus.DECIDED, action))
                    .isFalse();
            assertThat(NominationTransitions.allows(NominationStatus.REJECTED, action))
                    .isFalse();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> NominationTransitions.next(NominationStatus.PROPOSED, ReviewAction.DECIDE, false))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("recognition.error.notAwaitingDecision");
    }
}
