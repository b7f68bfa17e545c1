package vn.lamtheobac.directive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lamtheobac.directive.DirectiveStatus;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.directive.internal.DirectiveLifecycle.Action;
import vn.lamtheobac.shared.BusinessRuleException;

/** The directive's one transition table and its date and target rules, without a database. */
class DirectiveLifecycleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void onlyADraftIsRevisedAndIssuedAndOnlyADirectiveInForceIsDisseminatedOrEnded() {
        assertThat(DirectiveLifecycle.next(DirectiveStatus.DRAFT, Action.ISSUE)).isEqualTo(DirectiveStatus.ISSUED);
        assertThat(DirectiveLifecycle.next(DirectiveStatus.ISSUED, Action.SUPERSEDE))
                .isEqualTo(DirectiveStatus.SUPERSEDED);
        assertThat(DirectiveLifecycle.next(DirectiveStatus.ISSUED, Action.WITHDRAW))
                .isEqualTo(DirectiveStatus.WITHDRAWN);
        for (var ended : List.of(DirectiveStatus.SUPERSEDED, DirectiveStatus.WITHDRAWN)) {
            for (var action : Action.values()) {
                assertThat(DirectiveLifecycle.allows(ended, action)).isFalse();
            }
        }
        assertThatThrownBy(() -> DirectiveLifecycle.next(DirectiveStatus.ISSUED, Action.REVISE))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("directive.error.onlyDraftEditable");
        assertThatThrownBy(() -> DirectiveLifecycle.next(DirectiveStatus.DRAFT, Action.DISSEMINATE))
                .extracting("messageKey")
                .isEqualTo("directive.error.notInForce");
    }

    @Test
    void theIssueIsRefusedForEveryTargetOutsideTheIssuerAndEveryDateOutOfOrder_DieuLeDang_HD36() {
        assertThat(DirectiveRules.issue(TODAY, TODAY.plusDays(5), TargetMode.CHOSEN, List.of(7L), Set.of(), TODAY))
                .isEmpty();
        assertThat(
                        DirectiveRules.issue(
                                        TODAY.plusDays(1), TODAY, TargetMode.CHOSEN, List.of(7L), Set.of(7L), TODAY)
                                .stream()
                                .map(v -> v.messageKey()))
                .containsExactly(
                        "directive.error.issuedInFuture",
                        "directive.error.deadlineBeforeIssue",
                        "directive.error.targetOutside");
        assertThat(DirectiveRules.issue(TODAY, null, TargetMode.LEVEL, List.of(), Set.of(), TODAY).stream()
                        .map(v -> v.messageKey()))
                .containsExactly("directive.error.noTargets");
    }

    @Test
    void aCorrectionKeepsTheTitleRuleAndTheDeadlineAfterTheIssue() {
        assertThat(DirectiveRules.correction("x".repeat(1001), TODAY.minusDays(3), " ", TODAY.minusDays(1)).stream()
                        .map(v -> v.messageKey()))
                .containsExactly(
                        "directive.error.reasonRequired",
                        "directive.error.titleTooLong",
                        "directive.error.deadlineBeforeIssue");
    }
}
