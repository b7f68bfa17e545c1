package vn.lamtheobac.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
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

/**
 * The failure suite's "two users saving the same record" (issue 11 §3) on the evaluation page: two members of the
 * ward's committee correct the same rating at once; the first correction is kept, the second gets the conflict message
 * on the page with the reason they typed still in the form (before, a bare 409 error page lost it).
 */
@IntegrationTest
class EvaluationConflictTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    PersonManagement people;

    @Test
    void theSecondOfTwoCorrectionsOfOneRatingGetsTheConflictWithItsReasonKept() throws Exception {
        var tree = TestTree.create(context);
        people.register(
                new RegisterPerson(
                        new PersonDetails(
                                PersonCategory.PARTY_MEMBER_OFFICIAL,
                                "Đảng Viên Xung Đột",
                                Gender.FEMALE,
                                LocalDate.of(1986, 2, 3),
                                TestTree.nationalId(),
                                TestTree.cardNumber(),
                                LocalDate.of(2012, 5, 19),
                                "Đảng viên",
                                null,
                                null),
                        tree.cellA1,
                        LocalDate.of(2015, 1, 1)),
                tree.system);
        long round = evaluations.open(
                new OpenRound(tree.city, 2026, RoundKind.ANNUAL, RuleSet.QD124_2023, null, null),
                tree.scope("officer"));
        var ward = tree.scope("wardsec");
        long id = evaluations.members(round, tree.schoolA, tree.system).get(0).id();
        evaluations.decide(
                new Decision(id, Rating.GOOD, null, evaluations.get(id, ward).version()), ward);
        int seenByBoth = evaluations.get(id, ward).version();

        // the first one saves
        evaluations.correct(
                new Correction(id, Rating.COMPLETED, "Kết luận kiểm tra của Ủy ban Kiểm tra", seenByBoth), ward);

        // the second one, from the page they opened before
        String typed = "Bổ sung hồ sơ minh chứng của chi bộ, đề nghị giữ mức cũ";
        mvc.perform(post("/app/evaluations/items/{id}/correction", id)
                        .param("rating", "GOOD")
                        .param("reason", typed)
                        .param("version", String.valueOf(seenByBoth))
                        .with(csrf())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Người khác vừa lưu nội dung này trước đồng chí")))
                .andExpect(content().string(containsString(typed)));
        org.assertj.core.api.Assertions.assertThat(evaluations.get(id, ward).decidedRating())
                .as("the first correction stands")
                .isEqualTo(Rating.COMPLETED);
    }
}
