package vn.lamtheobac.recognition;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lamtheobac.document.PartyDocument;
import vn.lamtheobac.document.PartyDocument.Article;
import vn.lamtheobac.document.PartyDocument.Basis;
import vn.lamtheobac.document.PartyDocument.Block;
import vn.lamtheobac.document.PartyDocument.Heading;
import vn.lamtheobac.document.PartyDocument.Text;
import vn.lamtheobac.document.PartyDocumentWriter;
import vn.lamtheobac.document.Signatories;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.recognition.CertificateWriter.Certificate;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;

/**
 * The printed side of commendation: a committee's decision in the party document layout (DOCX, Hướng dẫn
 * 36-HD/VPTW), listing the collectives and individuals it commends by form, and each commendation's certificate (PDF,
 * A4 landscape). One decision carries one number, however many nominees it commends.
 */
@Component
public class RecognitionDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RecognitionManagement recognition;
    private final OrganizationManagement organizations;
    private final Signatories signatories;

    RecognitionDocuments(
            RecognitionManagement recognition, OrganizationManagement organizations, Signatories signatories) {
        this.recognition = recognition;
        this.organizations = organizations;
        this.signatories = signatories;
    }

    /** The decision as the committee signs it: "Quyết định về việc khen thưởng…", Điều 1 listing who, Điều 2. */
    public byte[] decision(long decisionId, Scope scope) {
        var decision = recognition.decision(decisionId, scope);
        var commended = recognition.decisionCommendations(decisionId, scope);
        var letterhead = organizations.letterhead(decision.organizationId());
        var level = organizations.get(decision.organizationId(), scope).type().levelClass();
        String movement = RecognitionManagement.inYears(
                commended.isEmpty() ? "" : commended.get(0).movementTitle(),
                commended.stream().map(CommendationView::year).toList());
        String issuingBody = letterhead.issuingBody();
        var body = new ArrayList<Block>();
        // HD 36: the authority that decides, the basis lines, "QUYẾT ĐỊNH:" centred in bold, then the articles
        body.add(new Heading(authority(level, issuingBody)));
        body.add(new Basis("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"));
        body.add(new Basis("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;"));
        body.add(new Basis("Căn cứ Quy chế làm việc của " + issuingBody + ";"));
        body.add(new Basis("Căn cứ kết quả thực hiện " + movement + " và đề nghị của "
                + (letterhead.cell() ? "các đảng viên trong chi bộ," : "các cấp ủy trực thuộc,")));
        body.add(new Heading("Quyết định:"));
        body.add(new Article(
                "Điều 1.", "Khen thưởng các tập thể, cá nhân đã có thành tích xuất sắc trong " + movement + ", gồm:"));
        var byForm = new LinkedHashMap<String, List<CommendationView>>();
        commended.forEach(c ->
                byForm.computeIfAbsent(c.formName(), f -> new ArrayList<>()).add(c));
        byForm.forEach((form, list) -> {
            body.add(new Text("Tặng " + form + " cho:"));
            var collectives = list.stream().filter(c -> !c.individual()).toList();
            var individuals = list.stream().filter(CommendationView::individual).toList();
            if (!collectives.isEmpty()) {
                body.add(new Text("a) " + collectives.size() + " tập thể:"));
                int n = 1;
                for (var c : collectives) {
                    body.add(new Text(n++ + ". " + c.organizationName() + ";"));
                }
            }
            if (!individuals.isEmpty()) {
                body.add(new Text((collectives.isEmpty() ? "a) " : "b) ") + individuals.size() + " cá nhân:"));
                int n = 1;
                for (var c : individuals) {
                    body.add(new Text(n++ + ". Đồng chí " + c.personName() + ", " + c.organizationName() + ";"));
                }
            }
        });
        // a cell has no office: its committee (or the cell itself) sees the decision carried out
        String executors = letterhead.cell()
                ? (letterhead.grassrootsCell() ? "Chi bộ" : "Chi ủy") + ", các đồng chí đảng viên"
                : letterhead.office() + ", các cấp ủy có liên quan";
        body.add(new Article(
                "Điều 2.",
                executors + " và các tập thể, cá nhân có tên tại Điều 1 căn cứ Quyết định thi hành. Quyết định có hiệu"
                        + " lực kể từ ngày ký."));
        var document = new PartyDocument(
                letterhead.superiorBody(),
                issuingBody,
                decision.symbol(),
                letterhead.place() == null ? "" : letterhead.place(),
                decision.decidedOn(),
                "Quyết định",
                "về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong " + movement,
                body,
                signatories.signature(decision.organizationId(), decision.decidedOn()),
                List.of("Như Điều 2,", letterhead.fileCopy()),
                false);
        return PartyDocumentWriter.write(document);
    }

    /** The file name a decision downloads under: "Quyết định 01-QĐ-TU.docx". */
    public static String decisionFileName(DecisionView decision) {
        return "Quyết định " + decision.symbol().replace('/', '-') + ".docx";
    }

    /** The certificate of one commendation: PDF, A4 landscape. */
    public byte[] certificate(long commendationId, Scope scope) {
        var c = recognition.commendation(commendationId, scope);
        // the commendation is readable: its nominee's ancestors, the deciding committee among them, may be read
        var path = organizations.path(c.organizationId(), Scope.system(List.of(c.organizationId())));
        var deciding = path.stream()
                .filter(o -> o.id() == c.decidingOrganizationId())
                .findFirst()
                .map(OrganizationView::type)
                .orElseThrow(() -> new NotFoundException("Organization", c.decidingOrganizationId()));
        var level = deciding.levelClass();
        var letterhead = organizations.letterhead(c.decidingOrganizationId());
        var form = recognition.awardForms().stream()
                .filter(f -> f.code().equals(c.formCode()))
                .findFirst()
                .orElseThrow();
        var signature = signatories.signature(c.decidingOrganizationId(), c.decidedOn());
        var certificate = new Certificate(
                authority(level, letterhead.issuingBody()),
                form.certificateTitle(),
                c.individual() ? "Đồng chí " + c.personName() : c.organizationName(),
                c.individual() ? c.organizationName() : null,
                "Đã có thành tích xuất sắc trong "
                        + RecognitionManagement.inYears(c.movementTitle(), List.of(c.year())),
                "Quyết định số " + c.symbol() + " ngày " + DATE.format(c.decidedOn()),
                PartyDocumentWriter.dateLine(letterhead.place() == null ? "" : letterhead.place(), c.decidedOn()),
                signature.capacity(),
                signature.title(),
                signature.name());
        return CertificateWriter.write(certificate);
    }

    /** The file name a certificate downloads under. */
    public static String certificateFileName(CommendationView commendation) {
        return commendation.formName().split(" của ")[0] + " – " + commendation.nomineeName() + ".pdf";
    }

    /** Who grants: the standing committee (Ban Thường vụ) of a provincial or upper-grassroots committee, or itself. */
    private static String authority(LevelClass level, String issuingBody) {
        return switch (level) {
            case PROVINCIAL, UPPER_GRASSROOTS -> "Ban Thường vụ " + issuingBody;
            default -> issuingBody;
        };
    }
}
