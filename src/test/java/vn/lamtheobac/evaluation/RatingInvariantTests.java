package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.evaluation.EvaluationCommands.Correction;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;

/**
 * Invariants of the 20% cap (Quy định 132-QĐ/TW; 124-QĐ/TW Điều 12; 366-QĐ/TW with the cap on) over random
 * sequences of decisions and corrections sent to the real service, checked on what it stored, in every grassroots
 * organisation, after every step. Nothing here recomputes the service's arithmetic: the sequences are jqwik's, the
 * counts are the service's quota.
 */
@IntegrationTest
class RatingInvariantTests {

    record Step(int member, Rating rating) {}

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    PersonManagement people;

    @Test
    @DisplayName("For any sequence of decisions and corrections, HTXSNV ≤ ⌊20% × HTTNV⌋ in every grassroots"
            + " organisation, but for HTTNV lowered by a correction (QĐ 132, QĐ 124 Điều 12, QĐ 366 with the cap on)")
    void excellentNeverExceedsTwentyPercentOfGood_inEveryGrassroots() {
        var tree = TestTree.create(context);
        for (int i = 0; i < 9; i++) {
            people.register(
                    new RegisterPerson(
                            new PersonDetails(
                                    PersonCategory.PARTY_MEMBER_OFFICIAL,
                                    "Đảng Viên Bất Biến " + (char) ('A' + i),
                                    Gender.FEMALE,
                                    LocalDate.of(1990, 1, 1),
                                    TestTree.nationalId(),
                                    TestTree.cardNumber(),
                                    LocalDate.of(2012, 1, 1),
                                    "Đảng viên",
                                    null,
                                    null),
                            i % 2 == 0 ? tree.cellA1 : tree.cellB1,
                            LocalDate.of(2015, 1, 1)),
                    tree.system);
        }
        Scope decider = tree.scope("officer");
        var sequences = Combinators.combine(Arbitraries.integers().between(0, 999), Arbitraries.of(Rating.class))
                .as(Step::new)
                .list()
                .ofMinSize(15)
                .ofMaxSize(40);
        var sets = List.of(RuleSet.QD132_2018, RuleSet.QD124_2023);
        int[] run = {0};
        sequences.sampleStream().limit(6).forEach(steps -> {
            var set = sets.get(run[0]++ % sets.size());
            long round = evaluations.open(
                    new OpenRound(
                            tree.city,
                            set == RuleSet.QD132_2018 ? 2022 : 2024,
                            RoundKind.AD_HOC,
                            set,
                            null,
                            "Đợt kiểm tra bất biến " + run[0]),
                    tree.scope("officer"));
            var members = evaluations.members(round, tree.city, tree.system);
            Set<Long> grassroots = new HashSet<>();
            members.forEach(m -> grassroots.add(m.grassrootsId()));
            Set<Long> lowered = new HashSet<>();
            for (var step : steps) {
                var e = evaluations.get(
                        members.get(step.member() % members.size()).id(), tree.system);
                try {
                    if (e.status() == EvaluationStatus.DECIDED) {
                        evaluations.correct(
                                new Correction(e.id(), step.rating(), "Đính chính theo kết luận", e.version()),
                                decider);
                        if (e.decidedRating() == Rating.GOOD && step.rating().compareTo(Rating.GOOD) > 0) {
                            lowered.add(e.id());
                        } else if (step.rating().compareTo(Rating.GOOD) <= 0) {
                            lowered.remove(e.id());
                        }
                    } else {
                        evaluations.decide(new Decision(e.id(), step.rating(), null, e.version()), decider);
                    }
                } catch (BusinessRuleException refused) {
                    continue;
                }
                for (long g : grassroots) {
                    var quota = evaluations.quota(round, g, tree.system);
                    long loweredHere = lowered.stream()
                            .filter(id -> evaluations.get(id, tree.system).grassrootsId() == g)
                            .count();
                    assertThat(quota.excellent())
                            .as("%s, after %s in grassroots %d: %s", set, step, g, quota)
                            .isLessThanOrEqualTo((quota.good() + (int) loweredHere) * RatingRules.CAP_PERCENT / 100);
                    if (step.rating() == Rating.EXCELLENT && g == e.grassrootsId()) {
                        // a step that gives an HTXSNV leaves the cap holding on the HTTNV as they are now
                        assertThat(quota.excellent())
                                .as("%s, after %s in grassroots %d: %s", set, step, g, quota)
                                .isLessThanOrEqualTo(quota.excellentAllowed());
                    }
                }
            }
        });
    }
}
