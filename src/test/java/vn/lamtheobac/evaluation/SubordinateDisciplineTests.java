package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.organization.OrganizationDiscipline;
import vn.lamtheobac.organization.OrganizationDiscipline.RecordDiscipline;
import vn.lamtheobac.organization.OrganizationDisciplineForm;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;

/**
 * Subordinate units and their discipline are counted from the tree and the organisations' discipline records (Điều lệ
 * Đảng Điều 38), never typed by the unit being rated; a discipline recorded later flags the decision for review.
 */
@IntegrationTest
class SubordinateDisciplineTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    OrganizationDiscipline discipline;

    EvaluationView school(TestTree tree, long round) {
        return evaluations.collectives(round, tree.city, tree.system).stream()
                .filter(c -> c.organizationId() == tree.schoolA)
                .findFirst()
                .orElseThrow();
    }

    void selfAssessBest(TestTree tree, EvaluationView e) {
        Scope ward = tree.scope("wardsec");
        evaluations.selfAssess(
                new SelfAssessment(
                        e.id(),
                        new BigDecimal("100"),
                        new BigDecimal("30"),
                        new BigDecimal("65"),
                        new BigDecimal("40"),
                        BigDecimal.ZERO,
                        null,
                        null,
                        evaluations.get(e.id(), ward).version()),
                ward);
    }

    @Test
    @DisplayName("A disciplined subordinate unit, counted from records, blocks HTXSNV; over 20% makes KHTNV"
            + " (QĐ 366 Điều 11 khoản 1; QĐ 124 Điều 12)")
    void subordinateUnitsAreCountedFromTheTreeAndTheRecords_QD366_Article11Clause1() {
        var tree = TestTree.create(context);
        long round = evaluations.open(
                new OpenRound(tree.city, 2026, RoundKind.ANNUAL, RuleSet.QD366_2025, null, null),
                tree.scope("officer"));
        var school = school(tree, round);
        selfAssessBest(tree, school);
        assertThat(evaluations.collectiveFacts(school.id(), tree.system).subordinateUnits())
                .isEqualTo(2);
        assertThat(evaluations.choices(school.id(), tree.system).get(Rating.EXCELLENT))
                .isEmpty();

        discipline.record(
                new RecordDiscipline(
                        tree.cellA1, OrganizationDisciplineForm.REPRIMAND, LocalDate.of(2026, 3, 1), "Buông lỏng"),
                tree.scope("wardsec"));

        var facts = evaluations.collectiveFacts(school.id(), tree.system);
        assertThat(facts.subordinateUnitsDisciplined()).isEqualTo(1);
        Scope ward = tree.scope("wardsec");
        assertThatThrownBy(() -> evaluations.decide(
                        new Decision(
                                school.id(),
                                Rating.EXCELLENT,
                                null,
                                evaluations.get(school.id(), ward).version()),
                        ward))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .asString()
                .contains("collective.excellentNoDiscipline", "collective.subordinates");
        // one unit of two is over 20%: KHTNV is the only rating left
        assertThat(evaluations.choices(school.id(), tree.system).get(Rating.NOT_COMPLETED))
                .isEmpty();
        assertThat(evaluations.choices(school.id(), tree.system).get(Rating.COMPLETED))
                .extracting(RuleBreach::rule)
                .contains("collective.subordinates");
    }

    @Test
    @DisplayName("A unit's discipline recorded after the superior's decision flags that decision for review")
    void aDisciplineOfASubordinateUnitAfterTheDecisionFlagsItForReview() throws Exception {
        var tree = TestTree.create(context);
        long round = evaluations.open(
                new OpenRound(tree.city, 2026, RoundKind.ANNUAL, RuleSet.QD366_2025, null, null),
                tree.scope("officer"));
        var school = school(tree, round);
        selfAssessBest(tree, school);
        Scope ward = tree.scope("wardsec");
        evaluations.decide(
                new Decision(
                        school.id(),
                        Rating.EXCELLENT,
                        null,
                        evaluations.get(school.id(), ward).version()),
                ward);
        assertThat(evaluations.get(school.id(), ward).reviewReason()).isNull();
        discipline.record(
                new RecordDiscipline(
                        tree.cellA2, OrganizationDisciplineForm.WARNING, LocalDate.of(2026, 11, 20), "Mất đoàn kết"),
                ward);
        assertThat(evaluations.get(school.id(), ward).reviewReason())
                .isEqualTo("evaluation.review.subordinateDiscipline");
        mvc.perform(get("/app/evaluations/{id}", round)
                        .param("organization", String.valueOf(tree.wardA))
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("review-flag-" + school.id())));
    }

    @Test
    @DisplayName("An officer keeping the organisation's records records its discipline on its page; a viewer cannot")
    void theDisciplineOfAnOrganisationIsRecordedOnItsPage() throws Exception {
        var tree = TestTree.create(context);
        mvc.perform(get("/app/organizations/{id}", tree.cellA1).with(user(tree.user("wardsec"))))
                .andExpect(content().string(containsString("/app/organizations/" + tree.cellA1 + "/discipline")));
        mvc.perform(get("/app/organizations/{id}/discipline", tree.cellA1).with(user(tree.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("organization-discipline-submit"))));
        mvc.perform(post("/app/organizations/{id}/discipline", tree.cellA1)
                        .param("form", "WARNING")
                        .param("decidedOn", "04/05/2026")
                        .param("reason", "Vi phạm nguyên tắc tập trung dân chủ")
                        .with(csrf())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/app/organizations/{id}/discipline", tree.cellA1).with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi phạm nguyên tắc tập trung dân chủ")))
                .andExpect(content().string(containsString("organization-discipline-submit")));
        assertThat(discipline.disciplinedIn(java.util.List.of(tree.cellA1, tree.cellA2), 2026))
                .containsExactly(tree.cellA1);
        assertThatThrownBy(() -> discipline.record(
                        new RecordDiscipline(
                                tree.cellA1, OrganizationDisciplineForm.WARNING, LocalDate.of(2026, 5, 4), "x"),
                        tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> discipline.record(
                        new RecordDiscipline(tree.cellA1, null, LocalDate.of(2026, 5, 4), " "), tree.scope("wardsec")))
                .isInstanceOf(InvalidInputException.class);
    }
}
