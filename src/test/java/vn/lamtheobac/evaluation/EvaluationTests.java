package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
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
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;

/** A round from opening to decisions, with the rules, the cap under concurrency, the roles and the API. */
@IntegrationTest
class EvaluationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    PersonManagement people;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A round of 2022 (Quy định 132: the cap always applies) over the test tree's city, with 7 more members in cellA1. */
    record Setup(TestTree tree, long round, List<EvaluationView> schoolMembers) {}

    Setup setup(RuleSet set, int year) {
        var tree = TestTree.create(context);
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
        long round = evaluations.open(
                new OpenRound(tree.city, year, RoundKind.ANNUAL, set, null, null), tree.scope("officer"));
        return new Setup(tree, round, evaluations.members(round, tree.schoolA, tree.system));
    }

    void decide(Setup s, EvaluationView e, Rating rating, Scope scope) {
        evaluations.decide(
                new Decision(
                        e.id(), rating, null, evaluations.get(e.id(), scope).version()),
                scope);
    }

    @Test
    void openingARoundGivesEveryMemberAndOrganisationAnEvaluation() {
        var s = setup(RuleSet.QD132_2018, 2022);
        var round = evaluations.round(s.round(), s.tree().system);
        assertThat(round.members()).isEqualTo(14);
        assertThat(s.schoolMembers())
                .hasSize(12)
                .allSatisfy(e -> assertThat(e.grassrootsId()).isEqualTo(s.tree().schoolA));
        assertThat(evaluations.collectives(s.round(), s.tree().city, s.tree().system))
                .extracting(EvaluationView::organizationId)
                .containsExactlyInAnyOrder(
                        s.tree().wardA,
                        s.tree().schoolA,
                        s.tree().cellA1,
                        s.tree().cellA2,
                        s.tree().wardB,
                        s.tree().cellB1);
        // one annual round a year: not again at the city, nor at a ward below it
        assertThatThrownBy(() -> evaluations.open(
                        new OpenRound(s.tree().wardA, 2022, RoundKind.ANNUAL, null, null, null),
                        s.tree().scope("officer")))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("field", "year");
        // a portal editor reads no ratings
        assertThat(evaluations.rounds(s.tree().scope("editor"))).isEmpty();
    }

    @Test
    void aCommitteeAboveTheGrassrootsFollowsItsUnitsRatherThanEveryMember() throws Exception {
        var s = setup(RuleSet.QD132_2018, 2022);
        var tree = s.tree();
        var member = s.schoolMembers().get(0);
        decide(s, member, Rating.COMPLETED, tree.scope("wardsec"));
        var progress = evaluations.progress(s.round(), tree.city, tree.system);
        assertThat(progress).extracting(UnitProgress::organizationId).containsExactlyInAnyOrder(tree.wardA, tree.wardB);
        var wardA = progress.stream()
                .filter(p -> p.organizationId() == tree.wardA)
                .findFirst()
                .orElseThrow();
        assertThat(wardA.members())
                .isEqualTo(
                        evaluations.members(s.round(), tree.wardA, tree.system).size());
        assertThat(wardA.decided()).isEqualTo(1);
        assertThat(wardA.completed()).isEqualTo(1);
        assertThat(progress.stream().mapToInt(UnitProgress::members).sum())
                .isEqualTo(evaluations.round(s.round(), tree.system).members());
        mvc.perform(get("/app/evaluations/{id}", s.round()).with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Tiến độ đánh giá, xếp loại đảng viên"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                                        "/app/evaluations/items/" + member.id() + "\"")))));
    }

    @Test
    void theCapHoldsAndTheScreenSaysHowManyPlacesRemain() {
        var s = setup(RuleSet.QD132_2018, 2022);
        var committee = s.tree().scope("wardsec");
        for (int i = 0; i < 5; i++) {
            decide(s, s.schoolMembers().get(i), Rating.GOOD, committee);
        }
        var quota = evaluations.quota(s.round(), s.tree().cellA1, committee);
        assertThat(quota.good()).isEqualTo(5);
        assertThat(quota.excellentAllowed()).isEqualTo(1);
        assertThat(quota.remaining()).isEqualTo(1);
        decide(s, s.schoolMembers().get(5), Rating.EXCELLENT, committee);
        assertThat(evaluations.choices(s.schoolMembers().get(6).id(), committee).get(Rating.EXCELLENT))
                .extracting(RuleBreach::rule)
                .contains("member.cap");
        assertThatThrownBy(() -> decide(s, s.schoolMembers().get(6), Rating.EXCELLENT, committee))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .isEqualTo("member.cap");
        // raising an HTTNV to HTXSNV by a correction is refused by the cap; lowering one never is (see
        // RatingDefectsTests)
        var good = s.schoolMembers().get(0);
        assertThatThrownBy(() -> evaluations.correct(
                        new Correction(
                                good.id(),
                                Rating.EXCELLENT,
                                "Xem xét lại",
                                evaluations.get(good.id(), committee).version()),
                        committee))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .isEqualTo("member.cap");
    }

    @Test
    void twoCommitteesDecidingAtOnceCannotTogetherExceedTheCap() throws Exception {
        var s = setup(RuleSet.QD132_2018, 2022);
        var ward = s.tree().scope("wardsec");
        var city = s.tree().scope("officer");
        for (int i = 0; i < 5; i++) {
            decide(s, s.schoolMembers().get(i), Rating.GOOD, ward);
        }
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var tasks = new ArrayList<Callable<Boolean>>();
            tasks.add(() -> attempt(start, s, s.schoolMembers().get(5), ward));
            tasks.add(() -> attempt(start, s, s.schoolMembers().get(6), city));
            var futures = tasks.stream().map(executor::submit).toList();
            start.countDown();
            int accepted = 0;
            for (var future : futures) {
                accepted += future.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
        var quota = evaluations.quota(s.round(), s.tree().schoolA, ward);
        assertThat(quota.excellent()).isEqualTo(1);
    }

    private boolean attempt(CountDownLatch start, Setup s, EvaluationView e, Scope scope) throws InterruptedException {
        start.await();
        try {
            decide(s, e, Rating.EXCELLENT, scope);
            return true;
        } catch (RuleBrokenException refused) {
            return false;
        }
    }

    @Test
    void aDisciplinedMemberCanOnlyBeRatedNotCompleted() {
        var s = setup(RuleSet.QD132_2018, 2022);
        var member = s.schoolMembers().stream()
                .filter(e -> e.personId() == s.tree().personA1)
                .findFirst()
                .orElseThrow();
        people.recordDiscipline(
                new RecordDiscipline(
                        s.tree().personA1,
                        DisciplineForm.REPRIMAND,
                        LocalDate.of(2022, 6, 1),
                        "Vi phạm quy định sinh hoạt",
                        "Chi bộ"),
                s.tree().system);
        assertThatThrownBy(() -> decide(s, member, Rating.COMPLETED, s.tree().scope("wardsec")))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .isEqualTo("member.disciplined");
        decide(s, member, Rating.NOT_COMPLETED, s.tree().scope("wardsec"));
        assertThat(evaluations.get(member.id(), s.tree().system).decidedRating())
                .isEqualTo(Rating.NOT_COMPLETED);
    }

    @Test
    void theFlowGoesSelfAssessmentProposalDecisionWithTheRightPeople() {
        var s = setup(RuleSet.QD366_2025, 2025);
        var tree = s.tree();
        var own = evaluations.members(s.round(), tree.cellA1, tree.system).stream()
                .filter(e -> e.personId() == tree.memberA1)
                .findFirst()
                .orElseThrow();
        var member = tree.scope("member");
        evaluations.selfAssess(
                new SelfAssessment(
                        own.id(),
                        java.math.BigDecimal.valueOf(100),
                        java.math.BigDecimal.valueOf(27),
                        java.math.BigDecimal.valueOf(65),
                        java.math.BigDecimal.valueOf(40),
                        null,
                        Rating.EXCELLENT,
                        "Hoàn thành xuất sắc",
                        own.version()),
                member);
        var cell = tree.scope("cellsec");
        evaluations.propose(
                new Proposal(
                        own.id(),
                        Rating.EXCELLENT,
                        "Đề nghị HTXSNV",
                        evaluations.get(own.id(), cell).version()),
                cell);
        // the cell secretary does not decide: the grassroots committee (school A, under the ward) does
        assertThatThrownBy(() -> decide(s, own, Rating.EXCELLENT, cell)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> evaluations.propose(new Proposal(own.id(), Rating.GOOD, null, 0), member))
                .isInstanceOf(ForbiddenException.class);
        // with no HTTNV decided yet, the cap (on by default for 366) leaves no place for HTXSNV
        assertThatThrownBy(() -> decide(s, own, Rating.EXCELLENT, tree.scope("wardsec")))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .isEqualTo("member.cap");
        decide(s, own, Rating.GOOD, tree.scope("wardsec"));
        assertThat(evaluations.get(own.id(), member).decidedRating()).isEqualTo(Rating.GOOD);
        assertThatThrownBy(() -> evaluations.get(own.id(), tree.scope("officerb")))
                .isInstanceOf(NotFoundException.class);
        // no one rates themselves, even the secretary of their own cell
        var secretaryOwn = evaluations.members(s.round(), tree.cellA1, tree.system).stream()
                .filter(e -> cell.isOwnPerson(e.personId()))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> evaluations.propose(
                        new Proposal(secretaryOwn.id(), Rating.GOOD, null, secretaryOwn.version()), cell))
                .isInstanceOf(ForbiddenException.class)
                .hasFieldOrPropertyWithValue("messageKey", "evaluation.error.ownRating");
    }

    @Test
    void aMemberFindsAndOpensTheirOwnEvaluation() throws Exception {
        var s = setup(RuleSet.QD366_2025, 2025);
        var tree = s.tree();
        var own = evaluations.mine(tree.scope("member"));
        assertThat(own).singleElement().satisfies(e -> assertThat(e.personId()).isEqualTo(tree.memberA1));
        mvc.perform(get("/app/evaluations").with(user(tree.user("member"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "/app/evaluations/items/" + own.get(0).id())));
        mvc.perform(get("/app/evaluations/items/{id}", own.get(0).id()).with(user(tree.user("member"))))
                .andExpect(status().isOk());
        mvc.perform(get("/app/evaluations/{id}", s.round()).with(user(tree.user("member"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCollectiveIsDecidedByItsSuperiorCommittee() {
        var s = setup(RuleSet.QD132_2018, 2022);
        var tree = s.tree();
        var cellA1 =
                evaluations.collectives(s.round(), tree.cellA1, tree.system).get(0);
        assertThatThrownBy(() -> decide(s, cellA1, Rating.GOOD, tree.scope("cellsec")))
                .isInstanceOf(ForbiddenException.class);
        evaluations.selfAssess(
                new SelfAssessment(
                        cellA1.id(),
                        java.math.BigDecimal.valueOf(90),
                        null,
                        null,
                        java.math.BigDecimal.valueOf(0),
                        java.math.BigDecimal.valueOf(0),
                        Rating.GOOD,
                        null,
                        cellA1.version()),
                tree.scope("cellsec"));
        decide(s, cellA1, Rating.GOOD, tree.scope("wardsec"));
        var cellA2 =
                evaluations.collectives(s.round(), tree.cellA2, tree.system).get(0);
        evaluations.selfAssess(
                new SelfAssessment(
                        cellA2.id(),
                        java.math.BigDecimal.valueOf(40),
                        null,
                        null,
                        java.math.BigDecimal.valueOf(0),
                        java.math.BigDecimal.valueOf(0),
                        null,
                        null,
                        cellA2.version()),
                tree.scope("wardsec"));
        assertThatThrownBy(() -> decide(s, cellA2, Rating.COMPLETED, tree.scope("wardsec")))
                .isInstanceOf(RuleBrokenException.class)
                .extracting("rule")
                .isEqualTo("collective.tasksBelowHalf");
    }

    @Test
    void theApiAnswers422WithTheRuleAndItsSource() throws Exception {
        var s = setup(RuleSet.QD124_2023, 2023);
        var tree = s.tree();
        var evaluation = s.schoolMembers().get(0);
        mvc.perform(put("/api/v1/evaluations/{id}/self-assessment", evaluation.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + evaluation.version() + "\"")
                        .content("{\"tasksCompletedPercent\": 40}")
                        .with(csrf())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_ASSESSED"));
        mvc.perform(put("/api/v1/evaluations/{id}/decision", evaluation.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(
                                "If-Match",
                                evaluations
                                        .get(evaluation.id(), tree.scope("wardsec"))
                                        .version())
                        .content("{\"rating\": \"GOOD\"}")
                        .with(csrf())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("member.tasksBelowHalf"))
                .andExpect(jsonPath("$.source").value("Quy định 124-QĐ/TW ngày 04/10/2023, Điều 12"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("dưới 50%")));
        mvc.perform(get("/api/v1/evaluation-rounds/{id}/quota", s.round())
                        .param("organization", String.valueOf(tree.cellA2))
                        .with(user(tree.user("wardsec"))))
                .andExpect(jsonPath("$.good").value(0))
                .andExpect(jsonPath("$.excellent").value(0))
                .andExpect(jsonPath("$.excellentAllowed").value(0));
        mvc.perform(get("/api/v1/evaluation-rounds/{id}/members", s.round())
                        .param("organization", String.valueOf(tree.cellA2))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/evaluations/{id}", s.round())
                        .param("organization", String.valueOf(tree.schoolA))
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk());
    }

    @Test
    void ratingsLeaveTheSystemOnlyThroughTheirRecordKeepersAndEveryExportIsLogged() throws Exception {
        var s = setup(RuleSet.QD366_2025, 2025);
        var tree = s.tree();
        mvc.perform(get("/app/evaluations/{id}/export", s.round())
                        .param("organization", String.valueOf(tree.schoolA))
                        .with(user(tree.user("viewer"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/app/evaluations/{id}/export", s.round())
                        .param("organization", String.valueOf(tree.schoolA))
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxml")));
        mvc.perform(get("/app/evaluations/{id}/print", s.round())
                        .param("organization", String.valueOf(tree.wardB))
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select count(*) from audit.entries
                        where action = 'SENSITIVE_EXPORT' and entity_type = 'Evaluation' and detail like ?
                        """)
                        .param("round=" + s.round() + " organization=" + tree.schoolA + " rows=12")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
