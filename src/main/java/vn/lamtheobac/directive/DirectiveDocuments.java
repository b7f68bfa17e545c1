package vn.lamtheobac.directive;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.PartyDocument;
import vn.lamtheobac.document.PartyDocumentWriter;
import vn.lamtheobac.document.Signatories;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/** Prints a directive's cover page in the party document layout (Hướng dẫn 36-HD/VPTW). */
@Component
public class DirectiveDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int RECIPIENTS_LISTED = 12;

    private final DirectiveManagement directives;
    private final Directives rows;
    private final OrganizationManagement organizations;
    private final DocumentRegister register;
    private final Signatories signatories;
    private final Clock clock;

    DirectiveDocuments(
            DirectiveManagement directives,
            Directives rows,
            OrganizationManagement organizations,
            DocumentRegister register,
            Signatories signatories,
            Clock clock) {
        this.directives = directives;
        this.rows = rows;
        this.organizations = organizations;
        this.register = register;
        this.signatories = signatories;
        this.clock = clock;
    }

    /**
     * The cover page as DOCX, signed by the issuing committee's secretary on the date of issue; a draft prints with "Số
     * -KH/TU" left blank and the mark "DỰ THẢO", as drafts are.
     */
    public byte[] coverPage(long id, Scope scope) {
        var directive = directives.get(id, scope);
        var letterhead = organizations.letterhead(directive.issuingOrganizationId());
        String typeName = register.types().stream()
                .filter(t -> t.code().equals(directive.typeCode()))
                .map(t -> t.nameVi())
                .findFirst()
                .orElse(directive.typeCode());
        String number = directive.symbol() != null
                ? directive.symbol()
                : "    -" + directive.typeCode() + "/"
                        + (letterhead.abbreviation() == null ? "" : letterhead.abbreviation());
        var paragraphs = new ArrayList<String>();
        if (directive.summary() != null) {
            for (String paragraph : directive.summary().split("\\R\\s*\\R")) {
                paragraphs.add(paragraph.strip());
            }
        }
        if (directive.deadline() != null) {
            paragraphs.add(
                    "Thời hạn hoàn thành việc quán triệt, triển khai: trước ngày " + DATE.format(directive.deadline())
                            + ". Các đơn vị cập nhật kết quả trên hệ thống ngay sau khi tổ chức.");
        }
        var recipients = new ArrayList<String>();
        var targetIds = directive.draft() ? directive.chosenTargetIds() : rows.targetIds(id);
        var names = organizations.names(targetIds);
        targetIds.stream().limit(RECIPIENTS_LISTED).forEach(t -> recipients.add(names.get(t) + ","));
        if (targetIds.size() > RECIPIENTS_LISTED) {
            recipients.add("các tổ chức đảng trực thuộc khác (" + (targetIds.size() - RECIPIENTS_LISTED) + "),");
        }
        recipients.add(letterhead.fileCopy());
        var date = directive.issuedOn() != null ? directive.issuedOn() : VietnamTime.today(clock);
        var document = new PartyDocument(
                letterhead.superiorBody(),
                letterhead.issuingBody(),
                number,
                letterhead.place() == null ? "" : letterhead.place(),
                date,
                typeName,
                directive.title(),
                List.copyOf(paragraphs),
                signatories.signature(directive.issuingOrganizationId(), date),
                List.copyOf(recipients));
        return PartyDocumentWriter.write(document.asDraft(directive.symbol() == null));
    }
}
