package vn.lamtheobac.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.initiative.InitiativeCommands.AdoptGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.EvaluateInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeEvaluated;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeRecognised;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeReplicated;
import vn.lamtheobac.notification.NotificationCenter;
import vn.lamtheobac.notification.NotificationView;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/**
 * The initiative module meets the notification module through its events: the superior committee's evaluation and a
 * replication elsewhere reach the model's owner as notifications, and a recognition names the recognising committee.
 * The notification module is included with what its beans need (identity for the recipients; its listeners and
 * notification centre also read evaluation, directive, commitment and recognition); audit, portal and demo are not.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"notification", "identity", "evaluation", "directive", "commitment", "recognition"})
@ActiveProfiles("test")
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeEventsModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    NotificationCenter notifications;

    TestTree tree;
    Scope cellsec;
    Scope officer;
    Scope officerB;
    LocalDate today;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        cellsec = tree.scope("cellsec");
        officer = tree.scope("officer");
        officerB = tree.scope("officerb");
        today = TestClock.TODAY;
    }

    int version(long id) {
        return initiatives.get(id, officer).version();
    }

    /** A cell's model, reported on and completed, awaiting the superior committee. */
    long completed(String title) {
        long id = initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.COLLECTIVE,
                        tree.cellA1,
                        null,
                        new InitiativeContent(
                                InitiativeField.SOCIAL_WELFARE,
                                null,
                                today.getYear(),
                                title,
                                null,
                                today.minusDays(30),
                                LocalDate.of(today.getYear(), 12, 31),
                                List.of(new IndicatorInput("Suất ăn", new BigDecimal("500"), "suất")))),
                cellsec);
        long indicator = initiatives.get(id, cellsec).indicators().get(0).id();
        initiatives.reportProgress(
                new ReportProgress(
                        id, today.minusDays(2), List.of(new IndicatorValue(indicator, new BigDecimal("520"))), null),
                cellsec);
        initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec);
        return id;
    }

    List<NotificationView> notificationsOf(Scope scope) {
        return notifications.mine(new PageRequest(0, 50), scope).content();
    }

    static boolean about(List<NotificationView> list, String kind, String title) {
        return list.stream().anyMatch(n -> n.kind().equals(kind) && n.args().contains(title));
    }

    @Test
    void theEvaluationReachesTheOwnersCellAsANotification(Scenario scenario) {
        String title = "Bếp ăn 0 đồng " + tree.tag;
        long id = completed(title);

        scenario.stimulate(() -> initiatives.evaluate(
                        new EvaluateInitiative(id, Effectiveness.EFFECTIVE, "Thiết thực, vượt chỉ tiêu", version(id)),
                        officer))
                .andWaitForEventOfType(InitiativeEvaluated.class)
                .matching(e -> e.id() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.effective()).isTrue();
                    assertThat(e.title()).isEqualTo(title);
                    assertThat(e.organizationId()).isEqualTo(tree.cellA1);
                });

        scenario.stimulate(() -> {})
                .andWaitForStateChange(
                        () -> notificationsOf(cellsec),
                        list -> about(list, "notification.initiativeEvaluated.EFFECTIVE", title))
                .andVerify(list -> assertThat(about(list, "notification.initiativeEvaluated.EFFECTIVE", title))
                        .isTrue());
    }

    @Test
    void aGoodModelRecognisedAndReplicatedElsewhereIsAnnouncedToItsOwner(Scenario scenario) {
        String title = "Tuyến phố văn minh " + tree.tag;
        long id = completed(title);
        initiatives.evaluate(new EvaluateInitiative(id, Effectiveness.EFFECTIVE, "Hiệu quả", version(id)), officer);

        scenario.stimulate(() -> initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer))
                .andWaitForEventOfType(InitiativeRecognised.class)
                .matching(e -> e.id() == id)
                .toArriveAndVerify(e -> {
                    assertThat(e.recognisedByOrganizationId()).isEqualTo(tree.city);
                    assertThat(e.recognisedOn()).isEqualTo(today);
                });

        scenario.stimulate(() -> initiatives.adopt(new AdoptGoodModel(id, tree.wardB, null, null, null), officerB))
                .andWaitForEventOfType(InitiativeReplicated.class)
                .matching(e -> e.sourceId() == id)
                .toArriveAndVerify(e -> assertThat(e.organizationId()).isEqualTo(tree.wardB));

        scenario.stimulate(() -> {})
                .andWaitForStateChange(
                        () -> notificationsOf(cellsec), list -> about(list, "notification.initiativeReplicated", title))
                .andVerify(list -> assertThat(list)
                        .filteredOn(n -> n.kind().equals("notification.initiativeReplicated"))
                        .extracting(NotificationView::link)
                        .contains("/app/initiatives/" + id));
    }
}
