package vn.lamtheobac.commitment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lamtheobac.document.PartyDocumentWriter;
import vn.lamtheobac.document.Signatories;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Prints the commitments of an organisation's members as one DOCX, one member per page, ready for signing: Times New
 * Roman 14 on A4 with the margins of Hướng dẫn 36-HD/VPTW, a party member's under their cell's letterhead.
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
    private final Signatories signatories;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CommitmentPrinter(
            CommitmentManagement commitments,
            OrganizationManagement organizations,
            Signatories signatories,
            JdbcClient jdbc,
            ApplicationEventPublisher events) {
        this.commitments = commitments;
        this.organizations = organizations;
        this.signatories = signatories;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Every written commitment of the year under {@code organizationId}, in the list's (Vietnamese) order. */
    public byte[] print(long organizationId, int year, Scope scope) {
        // the members' commitments leave the system: only holders of EXPORT_COMMITMENTS print them, and it is logged
        organizations.requireExport(
                scope, organizationId, Capability.EXPORT_COMMITMENTS, "commitment.error.exportNotAllowed");
        var rows = commitments.rows(organizationId, year, null, scope).stream()
                .filter(r -> r.commitmentId() != null)
                .toList();
        events.publishEvent(new SensitiveDataAccessed(
                CommitmentManagement.ENTITY,
                null,
                SensitiveDataAccessed.Access.EXPORT,
                "organization=" + organizationId + " year=" + year + " rows=" + rows.size()));
        var signedOn = signedOn(rows.stream().map(CommitmentRow::commitmentId).toList());
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            PartyDocumentWriter.defaultsOf(document);
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
                write(
                        document,
                        commitment,
                        signedOn.get(commitment.id()),
                        rows.get(i).category().startsWith("PARTY_MEMBER"));
                if (i < rows.size() - 1) {
                    document.createParagraph().setPageBreak(true);
                }
            }
            PartyDocumentWriter.page(document, false);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day each commitment was signed: the day its member submitted it, in Vietnam. */
    private Map<Long, LocalDate> signedOn(List<Long> ids) {
        var dates = new HashMap<Long, LocalDate>();
        if (ids.isEmpty()) {
            return dates;
        }
        jdbc.sql("select id, submitted_at from commitment.commitments where id in (:ids) and submitted_at is not null")
                .param("ids", ids)
                .query((rs, i) -> Map.entry(
                        rs.getLong(1),
                        VietnamTime.local(rs.getTimestamp(2).toInstant()).toLocalDate()))
                .list()
                .forEach(e -> dates.put(e.getKey(), e.getValue()));
        return dates;
    }

    /**
     * One commitment: a party member's under the letterhead of the cell they attend (HD 36) and the Party's title; a
     * civil servant's or employee's under the State's heading and the unit they work in. The place and date are those
     * of the member's signature, the day they submitted it (left to be written by hand while it is a draft); the cell's
     * confirmation stands beside the member's signature.
     */
    private void write(XWPFDocument document, CommitmentView c, LocalDate signedOn, boolean partyMember) {
        var letterhead = organizations.letterhead(c.organizationId());
        String place = letterhead.place() == null ? "" : letterhead.place();
        String dateLine = signedOn != null
                ? PartyDocumentWriter.dateLine(place, signedOn)
                : place + ", ngày ..... tháng ..... năm " + c.year();
        if (partyMember) {
            PartyDocumentWriter.letterhead(
                    document, letterhead.superiorBody(), letterhead.issuingBody(), null, dateLine);
        } else {
            line(document, ParagraphAlignment.CENTER, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 13);
            line(document, ParagraphAlignment.CENTER, "Độc lập - Tự do - Hạnh phúc", true, false, 14);
            line(document, ParagraphAlignment.RIGHT, dateLine, false, true, 14);
        }
        var heading = line(document, ParagraphAlignment.CENTER, "BẢN CAM KẾT", true, false, 16);
        heading.setSpacingBefore(240);
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
        XWPFParagraph last = null;
        if (c.outcome() != null) {
            last = line(
                    document, ParagraphAlignment.BOTH, "Kết quả thực hiện: " + result(c.outcome()), true, false, 14);
        }
        signatures(document, c, signedOn);
        if (last != null) {
            last.getCTPPr().addNewKeepNext();
        }
    }

    /**
     * The cell's confirmation on the left ("XÁC NHẬN CỦA CHI BỘ": its assessment, T/M CHI BỘ, BÍ THƯ and the
     * secretary's name) and the member's signature on the right, in one row that never splits across a page.
     */
    private void signatures(XWPFDocument document, CommitmentView c, LocalDate signedOn) {
        var table = document.createTable(1, 2);
        for (var side : List.<java.util.function.Consumer<XWPFTable>>of(
                t -> t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto"),
                t -> t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto"),
                t -> t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto"),
                t -> t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto"),
                t -> t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto"),
                t -> t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto"))) {
            side.accept(table);
        }
        table.setWidth("100%");
        table.getRow(0).setCantSplitRow(true);
        var left = table.getRow(0).getCell(0);
        var right = table.getRow(0).getCell(1);
        left.setWidth("50%");
        right.setWidth("50%");

        var signer =
                signatories.signature(c.organizationId(), signedOn != null ? signedOn : LocalDate.of(c.year(), 1, 1));
        cell(left, "XÁC NHẬN CỦA CHI BỘ", true, false, 14);
        cell(
                left,
                c.assessment() != null
                        ? c.assessment()
                        : c.acknowledgement() != null ? c.acknowledgement() : "……………………………………………",
                false,
                true,
                13);
        cell(left, "T/M CHI BỘ", true, false, 14);
        cell(left, "BÍ THƯ", true, false, 14);
        cell(left, "", false, false, 14);
        cell(left, "", false, false, 14);
        cell(left, "", false, false, 14);
        cell(left, signer.name(), true, false, 14);

        cell(right, "NGƯỜI CAM KẾT", true, false, 14);
        cell(right, "(Ký, ghi rõ họ tên)", false, true, 13);
        cell(right, "", false, false, 14);
        cell(right, "", false, false, 14);
        cell(right, "", false, false, 14);
        cell(right, "", false, false, 14);
        cell(right, "", false, false, 14);
        cell(right, c.personName(), true, false, 14);
        for (var side : List.of(left, right)) {
            side.removeParagraph(0);
            side.getParagraphs().forEach(p -> p.getCTPPr().addNewKeepNext());
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
        var paragraph = cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        var run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }

    private static String result(ItemResult result) {
        return switch (result) {
            case ACHIEVED -> "Hoàn thành";
            case PARTLY_ACHIEVED -> "Hoàn thành một phần";
            case NOT_ACHIEVED -> "Không hoàn thành";
        };
    }

    private static XWPFParagraph line(
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
        return paragraph;
    }
}
