package vn.lamtheobac.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.Assess;
import vn.lamtheobac.commitment.CommitmentCommands.ReturnForRevision;
import vn.lamtheobac.commitment.CommitmentCommands.SelfAssess;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.shared.Scope;

/** Each step of a commitment tells the one who acts next: the cell when it is submitted, the member afterwards. */
@IntegrationTest
class CommitmentNotificationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    vn.lamtheobac.commitment.CommitmentReview review;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Scope member;
    Scope secretary;
    int year;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
        member = tree.scope("member");
        secretary = tree.scope("cellsec");
        year = vn.lamtheobac.TestClock.TODAY.getYear() - 1;
    }

    int version(long id) {
        return commitments.get(id, secretary).version();
    }

    long account(String role) {
        return jdbc.sql("select id from identity.accounts where username = ?")
                .param(tree.username(role))
                .query(Long.class)
                .single();
    }

    /** Waits until the account holds {@code count} notifications of the kind, and returns their links. */
    List<String> awaitNotifications(String role, String kind, int count) {
        long account = account(role);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        jdbc.sql("select count(*) from notification.notifications where account_id = ? and kind = ?")
                                        .params(account, kind)
                                        .query(Long.class)
                                        .single()
                                == count);
        return jdbc.sql("select link from notification.notifications where account_id = ? and kind = ? order by id")
                .params(account, kind)
                .query(String.class)
                .list();
    }

    String notificationsPage(String role) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/app/notifications").with(user(tree.user(role))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void eachStepNotifiesTheOneWhoActsNext() throws Exception {
        long id = commitments.write(new WriteCommitment(tree.memberA1, year, CommitmentTests.complete(), 0), member);
        commitments.submit(id, version(id), member);
        assertThat(awaitNotifications("cellsec", "notification.commitmentSubmitted", 1))
                .containsExactly("/app/commitments/" + id);
        assertThat(notificationsPage("cellsec"))
                .contains("Đồng chí Nguyễn Văn An đã gửi bản cam kết năm " + year
                        + ", đề nghị chi bộ xem xét, xác nhận.");

        review.returnForRevision(new ReturnForRevision(id, "Bổ sung chỉ tiêu cụ thể", version(id)), secretary);
        assertThat(awaitNotifications("member", "notification.commitmentReturned", 1))
                .containsExactly("/app/commitments/mine?year=" + year);
        assertThat(notificationsPage("member")).contains("Bổ sung chỉ tiêu cụ thể");

        commitments.submit(id, version(id), member);
        awaitNotifications("cellsec", "notification.commitmentSubmitted", 2);
        review.acknowledge(new Acknowledge(List.of(id), "Đồng ý"), secretary);
        assertThat(awaitNotifications("member", "notification.commitmentAcknowledged", 1))
                .containsExactly("/app/commitments/mine?year=" + year);

        var results = new java.util.HashMap<Long, ItemResult>();
        commitments.get(id, member).items().forEach(i -> results.put(i.id(), ItemResult.ACHIEVED));
        commitments.selfAssess(new SelfAssess(id, results, Map.of(), null, version(id)), member);
        review.assess(new Assess(id, results, Map.of(), ItemResult.ACHIEVED, "Tốt", version(id)), secretary);
        assertThat(awaitNotifications("member", "notification.commitmentAssessed.ACHIEVED", 1))
                .containsExactly("/app/commitments/mine?year=" + year);
        assertThat(notificationsPage("member"))
                .contains("Chi bộ đã xác nhận bản cam kết năm " + year)
                .contains("Chi bộ đã đánh giá bản cam kết năm " + year + " của đồng chí: Hoàn thành.");

        // the member who submits is not told about it, nor is a secretary told of their own
        assertThat(awaitNotifications("member", "notification.commitmentSubmitted", 0))
                .isEmpty();
    }
}
