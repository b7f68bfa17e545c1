package vn.lamtheobac.commitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.lamtheobac.document.PartyDocumentWriter;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Prints the commitments of an organisation's members as one DOCX, one member per page, ready for signing: Times New
 * Roman 14 on A4 with the margins of Hướng dẫn 36-HD/VPTW.
 */
@Component
public class CommitmentPrinter {

    private static final String FONT = "Times New Roman";
    private static final String[] SECTION_TITLES = {
        "I. Về học tập lý luận chính trị, tu dưỡng, rèn luyện",
        "II. Về đạo đức, lối sống",
        "III. Về tác phong, phong cách làm việc và trách nhiệm nêu gương",
        "IV. Nhiệm vụ cụ thể và chỉ tiêu phấn đấu"
    };

    private final CommitmentManagement commitments;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitmentPrinter(
            CommitmentManagement commitments,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.commitments = commitments;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** Every written commitment of the year under {@code organizationId}, in the list's (Vietnamese) order. */
    public byte[] print(long organizationId, int year, Scope scope) {
        var rows = commitments.rows(organizationId, year, null, scope).stream()
                .filter(r -> r.commitmentId() != null)
                .toList();
        // the members' commitments leave the system: only their record keepers print them, and it is logged
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("commitment.error.exportNotAllowed");
        }
        events.publishEvent(new SensitiveDataAccessed(
                CommitmentManagement.ENTITY,
                null,
                SensitiveDataAccessed.Access.EXPORT,
                "organization=" + organizationId + " year=" + year + " rows=" + rows.size()));
        String place = organizations.letterhead(organizationId).place();
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            page(document);
            if (rows.isEmpty()) {
                line(
                        document,
                        ParagraphAlignment.CENTER,
                        "Chưa có bản cam kết nào năm " + year + ".",
                        false,
                        false,
                        14);
            }
            for (int i = 0; i < rows.size(); i++) {
                var commitment = commitments.get(rows.get(i).commitmentId(), scope);
                write(document, commitment, place, rows.get(i).category().startsWith("PARTY_MEMBER"));
                if (i < rows.size() - 1) {
                    document.createParagraph().setPageBreak(true);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One commitment: a party member's under the Party's heading and the cell they attend; a civil servant's or
     * employee's under the State's heading and the unit they work in.
     */
    private void write(XWPFDocument document, CommitmentView c, String place, boolean partyMember) {
        if (partyMember) {
            line(document, ParagraphAlignment.RIGHT, "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 15);
        } else {
            line(document, ParagraphAlignment.CENTER, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13);
            line(document, ParagraphAlignment.CENTER, "Độc lập - Tự do - Hạnh phúc", true, false, 14);
        }
        line(
                document,
                ParagraphAlignment.RIGHT,
                PartyDocumentWriter.dateLine(place == null ? "" : place, VietnamTime.today(clock)),
                false,
                true,
                14);
        line(document, ParagraphAlignment.CENTER, "BẢN CAM KẾT", true, false, 16);
        line(document, ParagraphAlignment.CENTER, "Tu dưỡng, rèn luyện, phấn đấu năm " + c.year(), true, false, 14);
        if (c.themeTitle() != null) {
            line(document, ParagraphAlignment.CENTER, "(Thực hiện chuyên đề: " + c.themeTitle() + ")", false, true, 14);
        }
        line(document, ParagraphAlignment.BOTH, "Họ và tên: " + c.personName(), false, false, 14);
        line(
                document,
                ParagraphAlignment.BOTH,
                (partyMember ? "Sinh hoạt tại: " : "Đơn vị công tác: ") + c.organizationName(),
                false,
                false,
                14);
        for (var section : Section.values()) {
            line(document, ParagraphAlignment.BOTH, SECTION_TITLES[section.ordinal()], true, false, 14);
            int n = 1;
            for (var item : c.section(section)) {
                String text =
                        n++ + ". " + item.content() + (item.target() == null ? "" : " — Chỉ tiêu: " + item.target());
                if (item.cellResult() != null) {
                    text += " (Chi bộ đánh giá: " + result(item.cellResult()) + ")";
                }
                line(document, ParagraphAlignment.BOTH, text, false, false, 14);
            }
        }
        if (c.outcome() != null) {
            line(document, ParagraphAlignment.BOTH, "Kết quả thực hiện: " + result(c.outcome()), true, false, 14);
        }
        line(document, ParagraphAlignment.RIGHT, "NGƯỜI CAM KẾT", true, false, 14);
        line(document, ParagraphAlignment.RIGHT, "(Ký, ghi rõ họ tên)", false, true, 13);
        document.createParagraph();
        document.createParagraph();
        line(document, ParagraphAlignment.RIGHT, c.personName(), true, false, 14);
    }

    private static String result(ItemResult result) {
        return switch (result) {
            case ACHIEVED -> "Hoàn thành";
            case PARTLY_ACHIEVED -> "Hoàn thành một phần";
            case NOT_ACHIEVED -> "Không hoàn thành";
        };
    }

    private static void line(
            XWPFDocument document, ParagraphAlignment alignment, String text, boolean bold, boolean italic, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(80);
        var run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    /** A4 with top 20, bottom 20, left 30, right 15 mm (1 mm = 56.7 twips). */
    private static void page(XWPFDocument document) {
        var section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }
}
