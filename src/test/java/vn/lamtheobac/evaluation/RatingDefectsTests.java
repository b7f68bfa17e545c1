package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.evaluation.EvaluationCommands.Correction;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.CommitteePosition;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.DecidedRatings;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;

/**
 * The defects of issue 10 §2, each as a user notices it, through the published API and the pages: every one of these
 * failed before the rules were reworked.
 */
@IntegrationTest
class RatingDefectsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    PersonManagement people;

    @Autowired
    DecidedRatings decidedRatings;

    TestTree tree;

    long open(int year, RoundKind kind, RuleSet set) {
        if (tree == null) {
            tree = TestTree.create(context);
            for (int i = 0; i < 7; i++) {
                people.register(
                        new RegisterPerson(
                                new PersonDetails(
                                        PersonCategory.PARTY_MEMBER_OFFICIAL,
                                        "Đảng Viên Thứ " + (char) ('A' + i),
                                        Gender.MALE,
                                        LocalDate.of(1985, 1, 1),
                                        TestTree.nationalId(),
                                        TestTree.cardNumber(),
                                        LocalDate.of(2010, 1, 1),
                                        "Đảng viên",
                                        null,
                                        null),
                                tree.cellA1,
                                LocalDate.of(2015, 1, 1)),
                        tree.system);
            }
        }
        return evaluations.open(new OpenRound(tree.city, year, kind, set, null, null), tree.scope("officer"));
    }

    EvaluationView member(long round, int index) {
        return evaluations.members(round, tree.schoolA, tree.system).get(index);
    }

    void decide(long evaluation, Rating rating) {
        Scope scope = tree.scope("wardsec");
        evaluations.decide(
                new Decision(
                        evaluation,
                        rating,
                        null,
                        evaluations.get(evaluation, scope).version()),
                scope);
    }

    void correct(long evaluation, Rating rating, String reason) {
        Scope scope = tree.scope("wardsec");
        evaluations.correct(
                new Correction(
                        evaluation,
                        rating,
                        reason,
                        evaluations.get(evaluation, scope).version()),
                scope);
    }

    org.springframework.test.web.servlet.ResultActions selfAssess(long evaluation, String json) throws Exception {
        return mvc.perform(put("/api/v1/evaluations/{id}/self-assessment", evaluation)
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        "If-Match",
                        evaluations.get(evaluation, tree.scope("wardsec")).version())
                .content(json)
                .with(csrf())
                .with(user(tree.user("wardsec"))));
    }

    @Test
    @DisplayName(
            "Scores keep their decimal: 29.5 stays 29.5, a second decimal is refused with a message (QĐ 366 Điều 11)")
    void scoresKeepTheirDecimal_QD366_Article11() throws Exception {
        long round = open(2026, RoundKind.ANNUAL, RuleSet.QD366_2025);
        var e = member(round, 0);
        selfAssess(e.id(), """
                        {"tasksCompletedPercent": 100, "commonScore": 29.5, "taskScore": 60, "tasksExceedingPercent": 30}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commonScore").value(29.5));
        assertThat(String.valueOf(evaluations.get(e.id(), tree.system).score())).isEqualTo("89.5");
        selfAssess(e.id(), """
                        {"tasksCompletedPercent": 100, "commonScore": 29.55, "taskScore": 60, "tasksExceedingPercent": 30}
                        """)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.commonScore").exists());
        assertThat(String.valueOf(evaluations.get(e.id(), tree.system).commonScore()))
                .isEqualTo("29.5");
    }

    @Test
    @DisplayName("A refusal names every failing condition, not only the score (QĐ 366 Điều 11 khoản 1)")
    void aRefusalNamesEveryFailingCondition_QD366_Article11Clause1() throws Exception {
        long round = open(2026, RoundKind.ANNUAL, RuleSet.QD366_2025);
        var e = member(round, 0);
        selfAssess(e.id(), """
                        {"tasksCompletedPercent": 95, "commonScore": 30, "taskScore": 62, "tasksExceedingPercent": 25}
                        """).andExpect(status().isOk());
        mvc.perform(put("/api/v1/evaluations/{id}/decision", e.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                "If-Match",
                                evaluations.get(e.id(), tree.scope("wardsec")).version())
                        .content("{\"rating\": \"EXCELLENT\"}")
                        .with(csrf())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(allOf(containsString("25%"), containsString("95%"))))
                .andExpect(jsonPath("$.rule").value(containsString("excellent.exceeding")))
                .andExpect(jsonPath("$.rule").value(containsString("excellent.allTasks")))
                .andExpect(jsonPath("$.source").value(containsString("Điều 11 khoản 1")));
    }

    @Test
    @DisplayName("Only the annual round's rating is the year's rating: an ad-hoc round never overwrites it")
    void onlyTheAnnualRoundRatesTheYear() {
        long annual = open(2022, RoundKind.ANNUAL, RuleSet.QD132_2018);
        long adHoc = open(2022, RoundKind.AD_HOC, RuleSet.QD132_2018);
        var inAnnual = member(annual, 0);
        var inAdHoc = evaluations.members(adHoc, tree.schoolA, tree.system).stream()
                .filter(e -> e.personId().equals(inAnnual.personId()))
                .findFirst()
                .orElseThrow();
        decide(inAnnual.id(), Rating.GOOD);
        decide(inAdHoc.id(), Rating.COMPLETED);
        assertThat(decidedRatings.ofMember(inAnnual.personId(), 2022)).contains(Rating.GOOD);
    }

    @Test
    @DisplayName("A correction downward is never blocked by the 20% cap (QĐ 132; QĐ 124 Điều 12)")
    void aCorrectionDownwardIsNeverBlockedByTheCap_QD132() {
        long round = open(2022, RoundKind.ANNUAL, RuleSet.QD132_2018);
        for (int i = 0; i < 5; i++) {
            decide(member(round, i).id(), Rating.GOOD);
        }
        decide(member(round, 5).id(), Rating.EXCELLENT);
        // 5 HTTNV allow 1 HTXSNV: lowering one HTTNV leaves 4, yet the correction is not refused for the cap
        correct(member(round, 0).id(), Rating.COMPLETED, "Phát hiện chưa hoàn thành nhiệm vụ được giao");
        assertThat(evaluations.get(member(round, 0).id(), tree.system).decidedRating())
                .isEqualTo(Rating.COMPLETED);
        // a correction upward still is
        assertThatThrownBy(() -> correct(member(round, 1).id(), Rating.EXCELLENT, "Bổ sung thành tích"))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .isEqualTo("member.cap");
    }

    @Test
    @DisplayName("A discipline recorded after a decision flags it for review on the round page")
    void aDisciplineRecordedAfterTheDecisionFlagsItForReview() throws Exception {
        long round = open(2022, RoundKind.ANNUAL, RuleSet.QD132_2018);
        var e = evaluations.members(round, tree.schoolA, tree.system).stream()
                .filter(m -> m.personId() == tree.personA1)
                .findFirst()
                .orElseThrow();
        decide(e.id(), Rating.GOOD);
        mvc.perform(get("/app/evaluations/{id}", round)
                        .param("organization", String.valueOf(tree.schoolA))
                        .with(user(tree.user("wardsec"))))
                .andExpect(content().string(not(containsString("review-flag-" + e.id()))));
        people.recordDiscipline(
                new RecordDiscipline(
                        tree.personA1,
                        DisciplineForm.REPRIMAND,
                        LocalDate.of(2022, 11, 1),
                        "Vi phạm quy chế",
                        "Chi bộ"),
                tree.system);
        mvc.perform(get("/app/evaluations/{id}", round)
                        .param("organization", String.valueOf(tree.schoolA))
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("review-flag-" + e.id())));
    }

    @Test
    @DisplayName("The correction history is shown to the unit's record keepers on the evaluation page")
    void theCorrectionHistoryIsShownToTheRecordKeepers() throws Exception {
        long round = open(2022, RoundKind.ANNUAL, RuleSet.QD132_2018);
        var e = member(round, 0);
        decide(e.id(), Rating.GOOD);
        correct(e.id(), Rating.COMPLETED, "Kết luận kiểm tra của Ủy ban Kiểm tra");
        mvc.perform(get("/app/evaluations/items/{id}", e.id()).with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết luận kiểm tra của Ủy ban Kiểm tra")));
    }

    @Autowired
    CommitteeMembers committees;

    @Test
    @DisplayName("A collective's leadership is its own committee: a committee member disciplined at cảnh cáo makes the"
            + " ward KHTNV, not the cell the member belongs to (QĐ 132; QĐ 124 Điều 12)")
    void theLeadershipIsTheCommitteesOwnMembership_QD132_QD124Article12() {
        long round = open(2022, RoundKind.ANNUAL, RuleSet.QD132_2018);
        committees.seat(
                new SeatMember(tree.wardA, tree.personA1, CommitteePosition.MEMBER, null, LocalDate.of(2020, 1, 1)),
                tree.system);
        people.recordDiscipline(
                new RecordDiscipline(
                        tree.personA1, DisciplineForm.WARNING, LocalDate.of(2022, 6, 1), "Vi phạm quy chế", "Đảng ủy"),
                tree.system);
        var collectives = evaluations.collectives(round, tree.city, tree.system);
        long ward = collectives.stream()
                .filter(c -> c.organizationId() == tree.wardA)
                .findFirst()
                .orElseThrow()
                .id();
        long cell = collectives.stream()
                .filter(c -> c.organizationId() == tree.cellA1)
                .findFirst()
                .orElseThrow()
                .id();
        Scope city = tree.scope("officer");
        assertThatThrownBy(() -> evaluations.decide(
                        new Decision(
                                ward,
                                Rating.GOOD,
                                null,
                                evaluations.get(ward, city).version()),
                        city))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .isEqualTo("collective.leadership");
        evaluations.decide(
                new Decision(
                        cell, Rating.GOOD, null, evaluations.get(cell, city).version()),
                city);
        assertThat(evaluations.get(cell, city).decidedRating()).isEqualTo(Rating.GOOD);
    }
}
