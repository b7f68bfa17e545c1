package vn.lamtheobac.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.lamtheobac.document.PartyDocument;
import vn.lamtheobac.document.PartyDocumentWriter;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;
import vn.lamtheobac.shared.VietnamTime;

/** A round's results as XLSX, and the committee's rating list in the party document layout (DOCX). */
@Component
public class EvaluationDocuments {

    private final EvaluationManagement evaluations;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationDocuments(
            EvaluationManagement evaluations,
            OrganizationManagement organizations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.evaluations = evaluations;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ratings are sensitive personal data: only those who keep the records under {@code organizationId} take them
     * out of the system, and every export is logged with its size.
     */
    private void recordExport(long roundId, long organizationId, int rows, Scope scope) {
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("evaluation.error.exportNotAllowed");
        }
        events.publishEvent(new SensitiveDataAccessed(
                EvaluationManagement.ENTITY,
                null,
                SensitiveDataAccessed.Access.EXPORT,
                "round=" + roundId + " organization=" + organizationId + " rows=" + rows));
    }

    public void xlsx(long roundId, long organizationId, Scope scope, OutputStream out) throws IOException {
        var round = evaluations.round(roundId, scope);
        var members = evaluations.members(roundId, organizationId, scope);
        recordExport(roundId, organizationId, members.size(), scope);
        var collectives = evaluations.collectives(roundId, organizationId, scope);
        try (var workbook = new SXSSFWorkbook(100)) {
            var bold = workbook.createFont();
            bold.setBold(true);
            var header = workbook.createCellStyle();
            header.setFont(bold);
            sheet(workbook, header, "Đảng viên", members, round.ruleSet().scored());
            sheet(workbook, header, "Tổ chức đảng", collectives, round.ruleSet().scored());
            workbook.write(out);
        }
    }

    private static void sheet(
            SXSSFWorkbook workbook,
            org.apache.poi.ss.usermodel.CellStyle style,
            String name,
            List<EvaluationView> rows,
            boolean scored) {
        var sheet = workbook.createSheet(name);
        String[] headers = {
            "STT", "Họ và tên / Tổ chức", "Thuộc", "Điểm", "Tự xếp loại", "Chi bộ đề xuất", "Xếp loại", "Nhận xét"
        };
        var head = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            var cell = head.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, (i == 1 || i == 2 || i == 7 ? 36 : 14) * 256);
        }
        int r = 1;
        for (var e : rows) {
            var row = sheet.createRow(r);
            row.createCell(0).setCellValue(r);
            row.createCell(1).setCellValue(e.name());
            row.createCell(2).setCellValue(e.organizationName());
            if (scored && e.score() != null) {
                row.createCell(3).setCellValue(e.score().doubleValue());
            }
            row.createCell(4)
                    .setCellValue(e.selfRating() == null ? "" : e.selfRating().abbreviation());
            row.createCell(5)
                    .setCellValue(
                            e.proposedRating() == null ? "" : e.proposedRating().abbreviation());
            row.createCell(6)
                    .setCellValue(
                            e.decidedRating() == null ? "" : e.decidedRating().abbreviation());
            row.createCell(7).setCellValue(e.decisionRemarks() == null ? "" : e.decisionRemarks());
            r++;
        }
    }

    /** The list of decided ratings of the members under {@code organizationId}, as the committee prints it. */
    public byte[] ratingList(long roundId, long organizationId, Scope scope) {
        var round = evaluations.round(roundId, scope);
        var letterhead = organizations.letterhead(organizationId);
        var paragraphs = new ArrayList<String>();
        paragraphs.add("Căn cứ " + round.ruleSet().source() + " về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm;"
                + " căn cứ kết quả kiểm điểm, đề xuất của các chi bộ, kết quả đánh giá, xếp loại chất lượng đảng viên năm "
                + round.year() + " như sau:");
        int n = 1;
        var counts = new int[Rating.values().length];
        var members = evaluations.members(roundId, organizationId, scope);
        recordExport(roundId, organizationId, members.size(), scope);
        for (var e : members) {
            if (e.decidedRating() == null) {
                continue;
            }
            counts[e.decidedRating().ordinal()]++;
            paragraphs.add(n++ + ". " + e.name() + " — " + e.organizationName() + " — "
                    + e.decidedRating().abbreviation());
        }
        paragraphs.add(String.format(
                "Tổng hợp: HTXSNV %d; HTTNV %d; HTNV %d; KHTNV %d.", counts[0], counts[1], counts[2], counts[3]));
        var document = new PartyDocument(
                letterhead.superiorBody(),
                letterhead.issuingBody(),
                "    -BC/" + (letterhead.abbreviation() == null ? "" : letterhead.abbreviation()),
                letterhead.place() == null ? "" : letterhead.place(),
                VietnamTime.today(clock),
                "Báo cáo",
                "Danh sách đánh giá, xếp loại chất lượng đảng viên năm " + round.year(),
                paragraphs,
                new PartyDocument.Signature(letterhead.signingCapacity(), "Bí thư", ""),
                List.of("Lưu Văn phòng."));
        return PartyDocumentWriter.write(document);
    }
}
