package vn.lamtheobac.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.IssueDocument;
import vn.lamtheobac.document.IssuedDocument;
import vn.lamtheobac.document.PartyDocument;
import vn.lamtheobac.document.PartyDocumentWriter;
import vn.lamtheobac.document.Signatories;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;
import vn.lamtheobac.shared.VietnamTime;

/** A round's results as XLSX, and the committee's rating list in the party document layout (DOCX). */
@Component
public class EvaluationDocuments {

    private final EvaluationManagement evaluations;
    private final OrganizationManagement organizations;
    private final DocumentRegister register;
    private final Signatories signatories;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvaluationDocuments(
            EvaluationManagement evaluations,
            OrganizationManagement organizations,
            DocumentRegister register,
            Signatories signatories,
            ApplicationEventPublisher events,
            Clock clock) {
        this.evaluations = evaluations;
        this.organizations = organizations;
        this.register = register;
        this.signatories = signatories;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Ratings are sensitive personal data: only those holding {@link Capability#EXPORT_RATINGS} over {@code
     * organizationId} take them out of the system, and every export is logged with its size.
     */
    private void requireExport(long organizationId, Scope scope) {
        organizations.requireExport(
                scope, organizationId, Capability.EXPORT_RATINGS, "evaluation.error.exportNotAllowed");
    }

    private void recordExport(long roundId, long organizationId, int rows, Scope scope) {
        events.publishEvent(new SensitiveDataAccessed(
                EvaluationManagement.ENTITY,
                null,
                SensitiveDataAccessed.Access.EXPORT,
                "round=" + roundId + " organization=" + organizationId + " rows=" + rows));
    }

    public void xlsx(long roundId, long organizationId, Scope scope, OutputStream out) throws IOException {
        requireExport(organizationId, scope);
        var round = evaluations.round(roundId, scope);
        var members = evaluations.members(roundId, organizationId, scope);
        recordExport(roundId, organizationId, members.size(), scope);
        var collectives = evaluations.collectives(roundId, organizationId, scope);
        try (var workbook = new SXSSFWorkbook(100)) {
            try {
                var bold = workbook.createFont();
                bold.setBold(true);
                var header = workbook.createCellStyle();
                header.setFont(bold);
                sheet(workbook, header, "Đảng viên", members, round.ruleSet().scored());
                sheet(
                        workbook,
                        header,
                        "Tổ chức đảng",
                        collectives,
                        round.ruleSet().scored());
                workbook.write(out);
            } finally {
                // rows still in memory go to their temporary file before POI closes it (see PeopleWorkbook.close)
                workbook.dispose();
            }
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

    /** The register's source type of a committee's rating list: one per round and committee. */
    static final String RATING_LIST = "RatingList";

    static final String RATING_LIST_TYPE = "BC";

    /**
     * The list of decided ratings of the members under {@code organizationId}, as the committee prints it: a table
     * numbered through the register ("Số 07-BC/ĐU") once it has been issued, a draft marked "DỰ THẢO" before.
     */
    public byte[] ratingList(long roundId, long organizationId, Scope scope) {
        requireExport(organizationId, scope);
        var round = evaluations.round(roundId, scope);
        var letterhead = organizations.letterhead(organizationId);
        var members = evaluations.members(roundId, organizationId, scope);
        recordExport(roundId, organizationId, members.size(), scope);
        var issued = register.issuedFor(organizationId, RATING_LIST, roundId);
        var body = new ArrayList<PartyDocument.Block>();
        body.add(new PartyDocument.Text("Căn cứ " + round.ruleSet().source()
                + " về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm; căn cứ kết quả kiểm điểm, đề xuất của các"
                + " chi bộ, " + letterhead.issuingBody()
                + " báo cáo kết quả đánh giá, xếp loại chất lượng đảng viên năm "
                + round.year() + " như sau:"));
        var counts = new int[Rating.values().length];
        var rows = new ArrayList<List<String>>();
        for (var e : members) {
            if (e.decidedRating() == null) {
                continue;
            }
            counts[e.decidedRating().ordinal()]++;
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    e.name(),
                    e.organizationName(),
                    e.decidedRating().abbreviation()));
        }
        body.add(new PartyDocument.Table(
                List.of("STT", "Họ và tên", "Chi bộ", "Xếp loại"), List.of(8, 37, 40, 15), rows));
        body.add(new PartyDocument.Text(String.format(
                "Tổng hợp: HTXSNV %d; HTTNV %d; HTNV %d; KHTNV %d.", counts[0], counts[1], counts[2], counts[3])));
        var date = issued.map(IssuedDocument::issuedOn).orElse(VietnamTime.today(clock));
        var document = new PartyDocument(
                letterhead.superiorBody(),
                letterhead.issuingBody(),
                issued.map(IssuedDocument::symbol)
                        .orElse("    -" + RATING_LIST_TYPE + "/"
                                + (letterhead.abbreviation() == null ? "" : letterhead.abbreviation())),
                letterhead.place() == null ? "" : letterhead.place(),
                date,
                "Báo cáo",
                ratingListTitle(round.year()),
                body,
                signatories.signature(organizationId, date),
                List.of(letterhead.fileCopy()),
                issued.isEmpty());
        return PartyDocumentWriter.write(document);
    }

    /**
     * Numbers the committee's rating list of the round in the register of issued documents (a "Báo cáo", BC), dated
     * today; the list prints with that number from then on. Only those who issue the committee's documents do it, and
     * a list is numbered once.
     */
    @Transactional
    public IssuedDocument issueRatingList(long roundId, long organizationId, Scope scope) {
        var round = evaluations.round(roundId, scope);
        if (!organizations.allows(scope, organizationId, Capability.ISSUE_DOCUMENTS)) {
            throw new ForbiddenException("document.error.notAllowed");
        }
        var existing = register.issuedFor(organizationId, RATING_LIST, roundId);
        if (existing.isPresent()) {
            return existing.get();
        }
        return register.issue(new IssueDocument(
                organizationId,
                RATING_LIST_TYPE,
                VietnamTime.today(clock),
                ratingListTitle(round.year()),
                RATING_LIST,
                roundId));
    }

    private static String ratingListTitle(int year) {
        return "Danh sách đánh giá, xếp loại chất lượng đảng viên năm " + year;
    }
}
