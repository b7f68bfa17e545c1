package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Scope;

/** Closing a round, and a cell's list proposed and decided in one go, as the screens offer them. */
@IntegrationTest
class RoundWorkflowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    PersonManagement people;

    /** A round of 2022 (Quy định 132: no score needed, the cap always applies), with 7 more members in cellA1. */
    record Setup(TestTree tree, long round) {

        List<EvaluationView> members(EvaluationManagement evaluations, long organization) {
            return evaluations.members(round, organization, tree.system);
        }
    }

    Setup setup() {
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
                new OpenRound(tree.city, 2022, RoundKind.ANNUAL, RuleSet.QD132_2018, null, null),
                tree.scope("officer"));
        return new Setup(tree, round);
    }

    void decide(EvaluationView e, Rating rating, Scope scope) {
        evaluations.decide(
                new Decision(
                        e.id(), rating, null, evaluations.get(e.id(), scope).version()),
                scope);
    }

    // --------------------------------------------------------------------------------------------------- closing

    @Test
    void aRoundClosesOnlyWhenEveryoneIsDecidedAndThenRefusesFurtherRatings() throws Exception {
        var s = setup();
        var tree = s.tree();
        var officer = tree.scope("officer");
        var undecided = s.members(evaluations, tree.cellB1).get(0);

        // every member of ward A and every organisation but cell B1 decided; cell B1 still has its members and itself
        for (var e : s.members(evaluations, tree.wardA)) {
            decide(e, Rating.COMPLETED, officer);
        }
        for (var e : evaluations.collectives(s.round(), tree.city, tree.system)) {
            if (e.organizationId() != tree.cellB1) {
                decide(e, Rating.COMPLETED, officer);
            }
        }
        var refused = mvc.perform(close(s, "officer"))
                .andExpect(redirectedUrl("/app/evaluations/" + s.round()))
                .andReturn();
        assertThat(refused.getFlashMap().get("actionError")).isEqualTo("evaluation.error.undecided.both");
        // the page the refusal returns to (its session carries the flashed refusal) says what is left
        mvc.perform(get("/app/evaluations/{id}", s.round())
                        .cookie(refused.getResponse().getCookies())
                        .with(user(tree.user("officer"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("Chưa thể kết thúc đợt đánh giá"),
                                containsString("Chi bộ khu vực 1 " + tree.tag + " (Đặng Quốc Việt, Huỳnh Thị Yến)"),
                                containsString("id=\"round-status\""),
                                containsString("Đang mở"))));

        for (var e : s.members(evaluations, tree.cellB1)) {
            decide(e, Rating.GOOD, officer);
        }
        decide(evaluations.collectives(s.round(), tree.cellB1, tree.system).get(0), Rating.GOOD, officer);

        // the ward's secretary did not open the city's round
        mvc.perform(close(s, "wardsec")).andExpect(status().isForbidden());
        mvc.perform(close(s, "officer")).andExpect(redirectedUrl("/app/evaluations/" + s.round()));
        assertThat(evaluations.round(s.round(), tree.system).open()).isFalse();
        mvc.perform(get("/app/evaluations").with(user(tree.user("officer"))))
                .andExpect(content().string(containsString("Đã kết thúc")));
        mvc.perform(get("/app/evaluations/{id}", s.round()).with(user(tree.user("officer"))))
                .andExpect(content()
                        .string(allOf(containsString("Đã kết thúc"), not(containsString("id=\"close-round\"")))));

        // a closed round takes no more proposals or decisions
        var member = s.members(evaluations, tree.cellA1).get(0);
        mvc.perform(post("/app/evaluations/items/{id}/proposal", member.id())
                        .param("rating", "GOOD")
                        .param("version", String.valueOf(member.version()))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(content().string(containsString("Đợt đánh giá đã kết thúc")));
        // but a decided rating is still corrected through the audited correction, with its reason
        var decidedB1 = evaluations.get(undecided.id(), officer);
        mvc.perform(post("/app/evaluations/items/{id}/correction", undecided.id())
                        .param("rating", "COMPLETED")
                        .param("reason", "Rà soát lại kết quả")
                        .param("version", String.valueOf(decidedB1.version()))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(redirectedUrl("/app/evaluations/items/" + undecided.id()));
        assertThat(evaluations.get(undecided.id(), officer).decidedRating()).isEqualTo(Rating.COMPLETED);
        // closing twice says it is closed already, on the page and in the API
        var again = mvc.perform(close(s, "officer")).andReturn();
        assertThat(again.getFlashMap().get("actionError")).isEqualTo("evaluation.error.roundClosed");
        mvc.perform(post("/api/v1/evaluation-rounds/{id}/close", s.round())
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("Đợt đánh giá đã kết thúc."));
    }

    private MockHttpServletRequestBuilder close(Setup s, String role) {
        return post("/app/evaluations/{id}/close", s.round())
                .with(csrf())
                .with(user(s.tree().user(role)));
    }

    // ------------------------------------------------------------------------------------------------- bulk lists

    @Test
    void theCellProposesItsWholeListAtOnceAndARuleBrokenAtOneRowWritesNothing() throws Exception {
        var s = setup();
        var tree = s.tree();
        people.recordDiscipline(
                new RecordDiscipline(
                        tree.personA1,
                        DisciplineForm.REPRIMAND,
                        LocalDate.of(2022, 6, 1),
                        "Vi phạm quy định sinh hoạt",
                        "Chi bộ"),
                tree.system);
        var members = s.members(evaluations, tree.cellA1);
        assertThat(members).hasSize(10);

        mvc.perform(get("/app/evaluations/{id}", s.round())
                        .param("organization", String.valueOf(tree.cellA1))
                        .with(user(tree.user("cellsec"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"bulk-propose\""),
                                containsString("id=\"rating-" + members.get(0).id() + "\""),
                                not(containsString("id=\"bulk-decide\"")))));

        // the secretary's own row and a disciplined member rated HTTNV: both refused, at their rows, nothing written
        var request = post("/app/evaluations/{id}/proposals", s.round())
                .param("organization", String.valueOf(tree.cellA1))
                .with(csrf())
                .with(user(tree.user("cellsec")));
        for (int i = 0; i < members.size(); i++) {
            request.param("rows[" + i + "].id", String.valueOf(members.get(i).id()))
                    .param(
                            "rows[" + i + "].version",
                            String.valueOf(members.get(i).version()))
                    .param("rows[" + i + "].rating", "GOOD");
        }
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "không được đề xuất, quyết định hoặc điều chỉnh mức xếp loại của chính mình"),
                                containsString("Đảng viên bị kỷ luật trong năm"),
                                containsString("Quy định 132-QĐ/TW ngày 08/3/2018"),
                                containsString(
                                        "id=\"row-error-" + own(s, members).id() + "\""),
                                containsString("<option value=\"GOOD\" selected=\"selected\""))));
        assertThat(s.members(evaluations, tree.cellA1))
                .allSatisfy(e -> assertThat(e.proposedRating()).isNull());

        var fixed = post("/app/evaluations/{id}/proposals", s.round())
                .param("organization", String.valueOf(tree.cellA1))
                .with(csrf())
                .with(user(tree.user("cellsec")));
        for (int i = 0; i < members.size(); i++) {
            var e = members.get(i);
            fixed.param("rows[" + i + "].id", String.valueOf(e.id()))
                    .param("rows[" + i + "].version", String.valueOf(e.version()))
                    .param(
                            "rows[" + i + "].rating",
                            e.personId() == tree.secretaryA1
                                    ? ""
                                    : e.personId() == tree.personA1 ? "NOT_COMPLETED" : "GOOD");
        }
        mvc.perform(fixed).andExpect(redirectedUrl("/app/evaluations/" + s.round() + "?organization=" + tree.cellA1));
        assertThat(s.members(evaluations, tree.cellA1))
                .filteredOn(e -> e.status() == EvaluationStatus.PROPOSED)
                .hasSize(9);
    }

    private EvaluationView own(Setup s, List<EvaluationView> members) {
        return members.stream()
                .filter(e -> e.personId() == s.tree().secretaryA1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCommitteeDecidesACellsListAtOnceUnderTheCap() throws Exception {
        var s = setup();
        var tree = s.tree();
        var members = s.members(evaluations, tree.cellA1);

        mvc.perform(get("/app/evaluations/{id}", s.round())
                        .param("organization", String.valueOf(tree.cellA1))
                        .with(user(tree.user("wardsec"))))
                .andExpect(content().string(containsString("id=\"bulk-decide\"")));

        // 5 HTTNV allow one HTXSNV: the second HTXSNV is refused at its row, and nothing of the list is decided
        var ratings = new String[] {
            "GOOD", "GOOD", "EXCELLENT", "GOOD", "GOOD", "EXCELLENT", "GOOD", "COMPLETED", "COMPLETED", ""
        };
        mvc.perform(decisions(s, members, ratings))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Số HTXSNV không vượt quá 20% số HTTNV"),
                                containsString(
                                        "id=\"row-error-" + members.get(5).id() + "\""),
                                not(containsString(
                                        "id=\"row-error-" + members.get(2).id() + "\"")))));
        assertThat(evaluations.quota(s.round(), tree.schoolA, tree.system).good())
                .isZero();
        assertThat(s.members(evaluations, tree.cellA1)).noneMatch(e -> e.status() == EvaluationStatus.DECIDED);

        ratings[5] = "GOOD";
        mvc.perform(decisions(s, members, ratings))
                .andExpect(redirectedUrl("/app/evaluations/" + s.round() + "?organization=" + tree.cellA1));
        var quota = evaluations.quota(s.round(), tree.schoolA, tree.system);
        assertThat(quota.good()).isEqualTo(6);
        assertThat(quota.excellent()).isEqualTo(1);
        assertThat(evaluations.round(s.round(), tree.system).decided()).isEqualTo(9);
    }

    private MockHttpServletRequestBuilder decisions(Setup s, List<EvaluationView> members, String[] ratings) {
        var request = post("/app/evaluations/{id}/decisions", s.round())
                .param("organization", String.valueOf(s.tree().cellA1))
                .with(csrf())
                .with(user(s.tree().user("wardsec")));
        for (int i = 0; i < members.size(); i++) {
            request.param("rows[" + i + "].id", String.valueOf(members.get(i).id()))
                    .param(
                            "rows[" + i + "].version",
                            String.valueOf(members.get(i).version()))
                    .param("rows[" + i + "].rating", ratings[i]);
        }
        return request;
    }
}
