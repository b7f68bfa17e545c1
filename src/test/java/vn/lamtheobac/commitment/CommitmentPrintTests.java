package vn.lamtheobac.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.document.DocxFacts;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.CommitteePosition;

/**
 * The printed commitment (Hướng dẫn 36-HD/VPTW for its header): the cell's letterhead, the member's place and date of
 * signing, and the cell's confirmation beside the member's signature.
 */
@IntegrationTest
class CommitmentPrintTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CommitmentReview review;

    @Autowired
    CommitmentPrinter printer;

    @Autowired
    CommitteeMembers committees;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("HD 36: the commitment prints the cell's letterhead, the signing date and the cell's confirmation")
    void theCommitmentCarriesTheCellsLetterheadTheSigningDateAndTheConfirmation_HD36() throws Exception {
        var tree = TestTree.create(context);
        var member = tree.scope("member");
        var secretary = tree.scope("cellsec");
        int year = vn.lamtheobac.TestClock.TODAY.getYear() - 1;
        committees.seat(
                new SeatMember(
                        tree.cellA1, tree.secretaryA1, CommitteePosition.SECRETARY, null, LocalDate.of(2025, 1, 1)),
                tree.system);
        long id = commitments.write(
                new WriteCommitment(
                        tree.memberA1,
                        year,
                        List.of(
                                new ItemDraft(Section.POLITICAL_STUDY, "Học tập đầy đủ các chuyên đề", null),
                                new ItemDraft(Section.ETHICS, "Giữ gìn lối sống giản dị", null),
                                new ItemDraft(Section.WORKING_STYLE, "Gần dân, trọng dân", null),
                                new ItemDraft(Section.TASK, "Giải quyết hồ sơ đúng hạn", "100% hồ sơ")),
                        0),
                member);
        commitments.submit(id, commitments.get(id, member).version(), member);
        review.acknowledge(new Acknowledge(List.of(id), "Chi bộ thống nhất với nội dung cam kết."), secretary);
        // the member signed on 15/01 of the year; the list is printed later
        jdbc.sql("update commitment.commitments set submitted_at = ? where id = ?")
                .params(OffsetDateTime.of(year, 1, 15, 3, 0, 0, 0, ZoneOffset.UTC), id)
                .update();

        try (var docx = DocxFacts.open("commitment", printer.print(tree.cellA1, year, secretary))) {
            assertThat(DocxFacts.issuerLines(docx))
                    .startsWith(
                            ("Đảng bộ Trường " + tree.tag).toUpperCase(VI),
                            ("Chi bộ Giáo viên " + tree.tag).toUpperCase(VI),
                            "*");
            var text = DocxFacts.text(docx);
            assertThat(text)
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains(", ngày 15 tháng 01 năm " + year)
                    .doesNotContain("ngày 01 tháng 12 năm 2026")
                    .contains("XÁC NHẬN CỦA CHI BỘ\nChi bộ thống nhất với nội dung cam kết.\nT/M CHI BỘ\nBÍ THƯ")
                    .contains("Trần Thị Bình")
                    .contains("NGƯỜI CAM KẾT")
                    .contains("Nguyễn Văn An");
            var signatures = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(signatures.getRow(0).isCantSplitRow()).isTrue();
        }
    }
}
