package vn.lamtheobac.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;

/**
 * Rules of models and actions that matter at a later step than the one where they were first checked: the
 * completion closes what was reported (Kết luận 01-KL/TW: the superior committee evaluates the results reached).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeStepRulesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    InitiativeManagement initiatives;

    TestTree tree;
    Scope cellsec;
    LocalDate today;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        cellsec = tree.scope("cellsec");
        today = TestClock.TODAY;
    }

    long registered(String title) {
        return initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.COLLECTIVE,
                        tree.cellA1,
                        null,
                        new InitiativeContent(
                                InitiativeField.SOCIAL_WELFARE,
                                null,
                                today.getYear(),
                                title + " " + tree.tag,
                                null,
                                today.minusDays(60),
                                LocalDate.of(today.getYear(), 12, 31),
                                List.of(new IndicatorInput("Suất ăn", new BigDecimal("100"), "suất")))),
                cellsec);
    }

    void report(long id, LocalDate on) {
        var indicator = initiatives.get(id, cellsec).indicators().get(0).id();
        initiatives.reportProgress(
                new ReportProgress(id, on, List.of(new IndicatorValue(indicator, new BigDecimal("80"))), null),
                cellsec);
    }

    int version(long id) {
        return initiatives.get(id, cellsec).version();
    }

    @Test
    @DisplayName("A completion is never dated before the last progress update it closes (Kết luận 01-KL/TW)")
    void completionNotBeforeLastProgressUpdate_KL01() {
        long id = registered("Bếp ăn tình thương");
        report(id, today.minusDays(20));
        report(id, today.minusDays(5));

        assertThatThrownBy(() ->
                        initiatives.complete(new CompleteInitiative(id, today.minusDays(10), version(id)), cellsec))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey", "field")
                .containsExactly("initiative.error.completedBeforeLastReport", "completedOn");
        assertThat(initiatives.get(id, cellsec).status()).isEqualTo(InitiativeStatus.IN_PROGRESS);

        initiatives.complete(new CompleteInitiative(id, today.minusDays(5), version(id)), cellsec);
        assertThat(initiatives.get(id, cellsec).completedOn()).isEqualTo(today.minusDays(5));
    }

    @Test
    @DisplayName("A model is completed only with results reported against its targets (Kết luận 01-KL/TW)")
    void completionNeedsReportedResults_KL01() {
        long id = registered("Tủ sách pháp luật");
        initiatives.start(new StartInitiative(id, version(id)), cellsec);
        var detail = initiatives.get(id, cellsec);
        assertThat(initiatives.actions(detail, cellsec).complete())
                .as("the page offers no completion yet")
                .isFalse();

        assertThatThrownBy(() -> initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("initiative.error.completedWithoutResults");
        assertThat(initiatives.get(id, cellsec).status()).isEqualTo(InitiativeStatus.IN_PROGRESS);

        report(id, today);
        assertThat(initiatives.actions(initiatives.get(id, cellsec), cellsec).complete())
                .isTrue();
        initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec);
        assertThat(initiatives.get(id, cellsec).status()).isEqualTo(InitiativeStatus.COMPLETED);
    }
}
