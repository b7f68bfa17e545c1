package vn.lamtheobac.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.CommitteePosition;

/**
 * The signer of a committee's documents (Hướng dẫn 36-HD/VPTW, "thẩm quyền, chức vụ, họ tên người ký") comes from the
 * committee's membership on the document's date.
 */
@IntegrationTest
class SignatoriesTests {

    static final LocalDate SEATED = LocalDate.of(2025, 1, 1);
    static final LocalDate ON = LocalDate.of(2026, 6, 1);

    @Autowired
    Signatories signatories;

    @Autowired
    CommitteeMembers committees;

    @Autowired
    ApplicationContext context;

    void seat(TestTree tree, long organization, long person, CommitteePosition position) {
        committees.seat(new SeatMember(organization, person, position, null, SEATED), tree.system);
    }

    @Test
    @DisplayName("HD 36: the secretary sitting on the committee on the date signs, by name")
    void theSecretarySigns_HD36() {
        var tree = TestTree.create(context);
        assertThat(signatories.signature(tree.wardA, ON))
                .as("no one recorded: the name is left for the hand")
                .isEqualTo(new PartyDocument.Signature("T/M Ban Thường vụ", "Bí thư", ""));
        seat(tree, tree.wardA, tree.personA1, CommitteePosition.DEPUTY_SECRETARY);
        assertThat(signatories.signature(tree.wardA, ON))
                .isEqualTo(new PartyDocument.Signature("T/M Ban Thường vụ", "Phó Bí thư", "Lê Văn Đức"));
        seat(tree, tree.wardA, tree.secretaryA1, CommitteePosition.SECRETARY);
        assertThat(signatories.signature(tree.wardA, ON))
                .isEqualTo(new PartyDocument.Signature("T/M Ban Thường vụ", "Bí thư", "Trần Thị Bình"));
        assertThat(signatories.signature(tree.wardA, SEATED.minusDays(1)).name())
                .as("before the seat")
                .isEmpty();
    }

    @Test
    @DisplayName(
            "HD 36: a cell with a cell committee signs T/M Chi ủy, without one T/M Chi bộ; a chi bộ cơ sở T/M Chi bộ")
    void aCellSignsForItsCommitteeOrForItself_HD36() {
        var tree = TestTree.create(context);
        seat(tree, tree.cellA1, tree.secretaryA1, CommitteePosition.SECRETARY);
        assertThat(signatories.signature(tree.cellA1, ON).capacity()).isEqualTo("T/M Chi bộ");
        seat(tree, tree.cellA1, tree.personA1, CommitteePosition.MEMBER);
        assertThat(signatories.signature(tree.cellA1, ON).capacity()).isEqualTo("T/M Chi ủy");
        seat(tree, tree.cellB1, tree.personB1, CommitteePosition.SECRETARY);
        assertThat(signatories.signature(tree.cellB1, ON))
                .isEqualTo(new PartyDocument.Signature("T/M Chi bộ", "Bí thư", "Đặng Quốc Việt"));
    }
}
