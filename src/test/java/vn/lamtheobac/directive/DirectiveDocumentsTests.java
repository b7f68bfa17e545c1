package vn.lamtheobac.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.document.DocxFacts;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.CommitteePosition;
import vn.lamtheobac.shared.Scope;

/** A directive's cover page as Hướng dẫn 36-HD/VPTW lays it out, rendered and read back. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectiveDocumentsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectiveManagement directives;

    @Autowired
    DirectiveDocuments documents;

    @Autowired
    CommitteeMembers committees;

    TestTree tree;
    Scope officer;
    LocalDate today = TestClock.TODAY;

    @BeforeAll
    void tree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        committees.seat(
                new SeatMember(
                        tree.wardA, tree.secretaryA1, CommitteePosition.SECRETARY, null, LocalDate.of(2025, 1, 1)),
                tree.system);
    }

    long draft() {
        return directives.draft(
                new DraftDirective(
                        tree.wardA,
                        new DirectiveContent(
                                "KH",
                                "Kế hoạch quán triệt chuyên đề năm " + today.getYear(),
                                "Các chi bộ quán triệt trong kỳ sinh hoạt gần nhất.",
                                null,
                                null,
                                today.plusDays(30),
                                TargetMode.LEVEL,
                                "CELL",
                                List.of())),
                officer);
    }

    @Test
    @DisplayName("HD 36: a draft carries the mark DỰ THẢO and no number; the issued plan neither mark nor blank")
    void aDraftIsMarked_HD36() throws Exception {
        long id = draft();
        try (var docx = DocxFacts.open("directive-draft", documents.coverPage(id, officer))) {
            assertThat(DocxFacts.firstPageHeader(docx)).isEqualTo("DỰ THẢO");
            assertThat(DocxFacts.text(docx)).contains("Số     -KH/ĐU");
        }
        var issued = directives.issue(
                new IssueDirective(id, today, directives.get(id, officer).version()), officer);
        try (var docx = DocxFacts.open("directive-issued", documents.coverPage(id, officer))) {
            assertThat(DocxFacts.firstPageHeader(docx)).isEmpty();
            assertThat(DocxFacts.text(docx)).contains(issued.numberLine());
        }
    }

    @Test
    @DisplayName("HD 36: a ward's plan prints its superior over it and is signed by the secretary who sits on it")
    void theWardsPlanPrintsItsSuperiorAndItsSecretary_HD36() throws Exception {
        long id = draft();
        directives.issue(
                new IssueDirective(id, today, directives.get(id, officer).version()), officer);
        try (var docx = DocxFacts.open("directive-ward", documents.coverPage(id, officer))) {
            assertThat(DocxFacts.issuerLines(docx))
                    .startsWith(
                            ("Thành ủy thử " + tree.tag).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                            ("Đảng ủy phường An " + tree.tag).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                            "*");
            var text = DocxFacts.text(docx);
            assertThat(text)
                    .contains("T/M BAN THƯỜNG VỤ\nBÍ THƯ")
                    .contains("Trần Thị Bình")
                    .contains("- Lưu Văn phòng Đảng ủy phường An " + tree.tag + ".");
            assertThat(DocxFacts.bold(DocxFacts.paragraph(docx, "Trần Thị Bình")))
                    .isTrue();
        }
    }
}
