package vn.lamtheobac.notification;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RuleSet;

/** A member hears of the round they are rated in, and of the rating decided for them. */
@IntegrationTest
class EvaluationNotificationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberIsToldOfTheNewRoundAndOfTheirDecidedRating() throws Exception {
        var tree = TestTree.create(context);
        evaluations.open(
                new OpenRound(
                        tree.city, 2022, RoundKind.ANNUAL, RuleSet.QD132_2018, null, "Đánh giá năm 2022 " + tree.tag),
                tree.scope("officer"));
        var own = evaluations.mine(tree.scope("member")).get(0);
        await(tree, "notification.roundOpened", 1);
        // the cell's secretary is a member of the round too
        await(tree, "cellsec", "notification.roundOpened", 1);

        var committee = tree.scope("wardsec");
        evaluations.decide(
                new Decision(
                        own.id(),
                        Rating.GOOD,
                        null,
                        evaluations.get(own.id(), committee).version()),
                committee);
        await(tree, "notification.ratingDecided.GOOD", 1);
        mvc.perform(get("/app/notifications").with(user(tree.user("member"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("đã mở đợt “Đánh giá năm 2022 " + tree.tag + "”"),
                                containsString("Thành ủy thử " + tree.tag),
                                containsString("năm 2022 của đồng chí: Hoàn thành tốt nhiệm vụ"))));
    }

    private void await(TestTree tree, String kind, long count) {
        await(tree, "member", kind, count);
    }

    private void await(TestTree tree, String role, String kind, long count) {
        long account = jdbc.sql("select id from identity.accounts where username = ?")
                .param(tree.username(role))
                .query(Long.class)
                .single();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        jdbc.sql("select count(*) from notification.notifications where account_id = ? and kind = ?")
                                        .params(account, kind)
                                        .query(Long.class)
                                        .single()
                                == count);
    }
}
