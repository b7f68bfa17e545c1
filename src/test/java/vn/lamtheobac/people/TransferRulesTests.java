package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;

/** The membership transfer's transition table and rules, without a database. */
class TransferRulesTests {

    static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    MembershipTransfer pending(long requestedBy) {
        return new MembershipTransfer(
                1, 10, 20L, "Cao Thị Ngọc", 100, 200, 1, TransferStatus.PENDING, requestedBy, AT, null, null, null, 0);
    }

    @Test
    void aPendingTransferIsApprovedRefusedOrWithdrawnOnce() {
        var approved = pending(7).approve(8, 300, AT);
        assertThat(approved.status()).isEqualTo(TransferStatus.APPROVED);
        assertThat(approved.toOrganizationId()).isEqualTo(300);
        assertThat(pending(7).refuse(8, " Chưa đủ hồ sơ ", AT).reason()).isEqualTo("Chưa đủ hồ sơ");
        assertThat(pending(7).withdraw(AT).status()).isEqualTo(TransferStatus.WITHDRAWN);

        for (var decided : new MembershipTransfer[] {approved, pending(7).withdraw(AT)}) {
            var error = assertThrows(BusinessRuleException.class, () -> decided.refuse(8, "Lý do", AT));
            assertThat(error.messageKey()).isEqualTo("transfer.error.alreadyDecided");
            assertThrows(BusinessRuleException.class, () -> decided.approve(8, 300, AT));
            assertThrows(BusinessRuleException.class, () -> decided.withdraw(AT));
        }
    }

    @Test
    void aRefusalStatesItsReason() {
        for (String reason : new String[] {null, "", "   "}) {
            var error =
                    assertThrows(InvalidInputException.class, () -> pending(7).refuse(8, reason, AT));
            assertThat(error.violations())
                    .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "transfer.error.reasonRequired"));
        }
        var tooLong = assertThrows(
                InvalidInputException.class, () -> pending(7).refuse(8, "x".repeat(TransferRules.MAX_REASON + 1), AT));
        assertThat(tooLong.violations())
                .extracting(InvalidInputException.Violation::messageKey)
                .containsExactly("transfer.error.reasonTooLong");
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        var error = assertThrows(InvalidInputException.class, () -> pending(7).approve(7, 300, AT));
        assertThat(error.violations())
                .extracting(InvalidInputException.Violation::messageKey)
                .containsExactly("transfer.error.ownRequest");
        assertThrows(InvalidInputException.class, () -> pending(7).refuse(7, "Lý do", AT));
    }
}
