package vn.lamtheobac.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.initiative.internal.InitiativeTransitions.Action;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/** The rules of models and actions as pure functions, each at its boundary, and the one transition table. */
class InitiativeRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate STARTS = LocalDate.of(2026, 3, 1);

    static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::messageKey).toList();
    }

    static IndicatorInput indicator() {
        return new IndicatorInput("Hồ sơ đúng hẹn", new BigDecimal("100"), "%");
    }

    @Test
    @DisplayName("The registered year lies within the period (Kết luận 01-KL/TW, models of the year)")
    void yearWithinPeriod_KL01() {
        var ends = LocalDate.of(2027, 6, 30);
        assertThat(InitiativeRules.registration(2026, STARTS, ends, List.of(indicator())))
                .isEmpty();
        assertThat(InitiativeRules.registration(2027, STARTS, ends, List.of(indicator())))
                .isEmpty();
        assertThat(keys(InitiativeRules.registration(2028, STARTS, ends, List.of(indicator()))))
                .containsExactly("initiative.error.yearOutsidePeriod");
        assertThat(keys(InitiativeRules.registration(2026, STARTS, STARTS.minusDays(1), List.of(indicator()))))
                .containsExactly("initiative.error.endsBeforeStart");
    }

    @Test
    @DisplayName("At least one and at most 20 indicators, each filled row complete (Hướng dẫn: measurable goals)")
    void indicatorsBetweenOneAndTwenty_HuongDan() {
        var blank = new IndicatorInput(null, null, null);
        assertThat(keys(InitiativeRules.registration(2026, STARTS, TODAY, List.of(blank))))
                .containsExactly("initiative.error.noIndicators");
        var twenty = java.util.Collections.nCopies(20, indicator());
        var twentyOne = java.util.Collections.nCopies(21, indicator());
        assertThat(InitiativeRules.registration(2026, STARTS, TODAY, twenty)).isEmpty();
        assertThat(keys(InitiativeRules.registration(2026, STARTS, TODAY, twentyOne)))
                .containsExactly("initiative.error.tooManyIndicators");
        assertThat(InitiativeRules.indicators(List.of(blank, new IndicatorInput("Cây xanh", null, "cây"))))
                .extracting(Violation::field)
                .containsExactly("indicators[1].target");
    }

    @Test
    @DisplayName("A progress update is dated between the start and today (Hướng dẫn)")
    void progressBetweenStartAndToday_HuongDan() {
        assertThat(InitiativeRules.progress(STARTS, TODAY, STARTS, 0)).isEmpty();
        assertThat(InitiativeRules.progress(TODAY, TODAY, STARTS, 10)).isEmpty();
        assertThat(keys(InitiativeRules.progress(STARTS.minusDays(1), TODAY, STARTS, 0)))
                .containsExactly("initiative.error.reportedBeforeStart");
        assertThat(keys(InitiativeRules.progress(TODAY.plusDays(1), TODAY, STARTS, 11)))
                .containsExactly("initiative.error.dateInFuture", "initiative.error.tooManyPhotos");
    }

    @Test
    @DisplayName("A completion needs reported results and is not before the last of them (Kết luận 01-KL/TW)")
    void completionClosesWhatWasReported_KL01() {
        var last = LocalDate.of(2026, 11, 20);
        assertThat(keys(InitiativeRules.completion(TODAY, TODAY, STARTS, null)))
                .containsExactly("initiative.error.completedWithoutResults");
        assertThat(keys(InitiativeRules.completion(last.minusDays(1), TODAY, STARTS, last)))
                .containsExactly("initiative.error.completedBeforeLastReport");
        assertThat(InitiativeRules.completion(last, TODAY, STARTS, last)).isEmpty();
        assertThat(keys(InitiativeRules.completion(TODAY.plusDays(1), TODAY, STARTS, last)))
                .containsExactly("initiative.error.dateInFuture");
    }

    @Test
    @DisplayName(
            "The superior committee evaluates: the nearest of the caller's committees above the owner (Kết luận 01-KL/TW)")
    void superiorCommitteeIsAboveTheOwner_KL01() {
        var path = List.of(1L, 2L, 3L, 4L); // city, ward, grassroots, cell (the owner)
        assertThat(InitiativeRules.superiorCommittee(path, Set.of(1L, 2L))).contains(2L);
        assertThat(InitiativeRules.superiorCommittee(path, Set.of(1L))).contains(1L);
        assertThat(InitiativeRules.superiorCommittee(path, Set.of(4L)))
                .as("the owner's own officers")
                .isEmpty();
        assertThat(InitiativeRules.mayRecogniseFor(2L, path, Set.of(1L))).isTrue();
        assertThat(InitiativeRules.mayRecogniseFor(4L, path, Set.of(1L))).isFalse();
        assertThat(InitiativeRules.mayRecogniseFor(1L, path, Set.of(2L))).isFalse();
    }

    @Test
    @DisplayName(
            "Only an effective model is recognised, once; replicated only once recognised, by another, once (Kết luận 01-KL/TW)")
    void recognitionAndReplication_KL01() {
        assertThat(InitiativeRules.recognisable(false, false)).contains("initiative.error.notEffective");
        assertThat(InitiativeRules.recognisable(true, true)).contains("initiative.error.alreadyRecognised");
        assertThat(InitiativeRules.recognisable(true, false)).isEmpty();
        assertThat(InitiativeRules.adoption(false, 1, 2, false))
                .map(Violation::messageKey)
                .contains("initiative.error.notGoodModel");
        assertThat(InitiativeRules.adoption(true, 1, 1, false))
                .map(Violation::messageKey)
                .contains("initiative.error.adoptOwn");
        assertThat(InitiativeRules.adoption(true, 1, 2, true))
                .map(Violation::messageKey)
                .contains("initiative.error.alreadyAdopted");
        assertThat(InitiativeRules.adoption(true, 1, 2, false)).isEmpty();
    }

    @Test
    @DisplayName("The portal shows only an effective model, an individual's with consent (Nghị định 13/2023/NĐ-CP)")
    void publicationNeedsEffectiveAndConsent_ND13() {
        assertThat(InitiativeRules.publishable(false, false, false, false))
                .contains("initiative.error.publishNotEffective");
        assertThat(InitiativeRules.publishable(true, true, false, false)).contains("initiative.error.consentRequired");
        assertThat(InitiativeRules.publishable(true, true, true, false)).isEmpty();
        assertThat(InitiativeRules.publishable(true, false, false, true)).contains("initiative.error.alreadyPublished");
    }

    @Test
    void theTransitionTableAllowsEachStepOnlyFromItsStatus() {
        assertThat(InitiativeTransitions.next(InitiativeStatus.REGISTERED, Action.REPORT))
                .isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(InitiativeTransitions.next(InitiativeStatus.IN_PROGRESS, Action.COMPLETE))
                .isEqualTo(InitiativeStatus.COMPLETED);
        assertThat(InitiativeTransitions.next(InitiativeStatus.COMPLETED, Action.EVALUATE))
                .isEqualTo(InitiativeStatus.EVALUATED);
        for (var action : List.of(Action.RECOGNISE, Action.ADOPT, Action.PUBLISH)) {
            for (var status :
                    List.of(InitiativeStatus.REGISTERED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.COMPLETED)) {
                assertThat(InitiativeTransitions.allows(status, action))
                        .as(status + " " + action)
                        .isFalse();
            }
        }
        assertThatThrownBy(() -> InitiativeTransitions.next(InitiativeStatus.REGISTERED, Action.COMPLETE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("initiative.error.notStarted");
        assertThatThrownBy(() -> InitiativeTransitions.next(InitiativeStatus.EVALUATED, Action.EVALUATE))
                .extracting("messageKey")
                .isEqualTo("initiative.error.alreadyEvaluated");
    }
}
