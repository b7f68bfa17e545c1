package vn.lamtheobac.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.Assess;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.SelfAssess;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.commitment.CommitmentEvents.CommitmentAssessed;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.commitment.CommitmentReview;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.commitment.Section;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveEvents.DirectiveIssued;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.shared.Scope;

/**
 * The notification module with the modules it listens to, started on their own: an issued directive reaches the
 * secretary of each target, and a commitment's assessment reaches its member, through the published events only.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"directive", "commitment", "document", "programme"})
@ActiveProfiles("test")
@Import(TestClock.class)
class DirectiveAndCommitmentNotificationModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectiveManagement directives;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CommitmentReview review;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
    }

    long notifications(String username, String kind) {
        return jdbc.sql("""
                        select count(*) from notification.notifications n
                        join identity.accounts a on a.id = n.account_id
                        where a.username = ? and n.kind = ?
                        """)
                .params(tree.username(username), kind)
                .query(Long.class)
                .single();
    }

    @Test
    void anIssuedDirectiveReachesTheSecretaryOfItsTarget(Scenario scenario) {
        Scope officer = tree.scope("officer");
        var content = new DirectiveContent(
                "KH",
                "Kế hoạch quán triệt chuyên đề",
                null,
                null,
                null,
                TestClock.TODAY.plusDays(20),
                TargetMode.CHOSEN,
                null,
                List.of(tree.cellA1));
        long id = directives.draft(new DraftDirective(tree.wardA, content), officer);
        int version = directives.get(id, officer).version();

        scenario.stimulate(() -> directives.issue(new IssueDirective(id, TestClock.TODAY, version), officer))
                .andWaitForEventOfType(DirectiveIssued.class)
                .matching(issued -> issued.id() == id)
                .toArriveAndVerify(issued -> assertThat(issued.targetIds()).containsExactly(tree.cellA1));
        scenario.stimulate(() -> {})
                .andWaitForStateChange(() -> notifications("cellsec", "notification.directiveIssued"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    void anAssessedCommitmentReachesItsMember(Scenario scenario) {
        Scope member = tree.scope("member");
        Scope secretary = tree.scope("cellsec");
        int year = TestClock.TODAY.getYear() - 1;
        var items = List.of(
                new ItemDraft(Section.POLITICAL_STUDY, "Học tập đầy đủ các chuyên đề", null),
                new ItemDraft(Section.ETHICS, "Giữ gìn lối sống giản dị", null),
                new ItemDraft(Section.WORKING_STYLE, "Gần dân, trọng dân", null),
                new ItemDraft(Section.TASK, "Giải quyết hồ sơ đúng hạn", "100% hồ sơ"));
        long id = commitments.submit(new WriteCommitment(tree.memberA1, year, items, 0), member);
        review.acknowledge(new Acknowledge(List.of(id), null), secretary);
        var results = new java.util.HashMap<Long, ItemResult>();
        commitments.get(id, secretary).items().forEach(i -> results.put(i.id(), ItemResult.ACHIEVED));
        commitments.selfAssess(
                new SelfAssess(
                        id, results, Map.of(), null, commitments.get(id, member).version()),
                member);
        int version = commitments.get(id, secretary).version();

        scenario.stimulate(() -> review.assess(
                        new Assess(id, results, Map.of(), ItemResult.ACHIEVED, "Tốt", version), secretary))
                .andWaitForEventOfType(CommitmentAssessed.class)
                .matching(assessed -> assessed.id() == id)
                .toArriveAndVerify(assessed -> assertThat(assessed.outcome()).isEqualTo(ItemResult.ACHIEVED));
        scenario.stimulate(() -> {})
                .andWaitForStateChange(
                        () -> notifications("member", "notification.commitmentAssessed.ACHIEVED"), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }
}
