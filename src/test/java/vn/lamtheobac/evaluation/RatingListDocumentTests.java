package vn.lamtheobac.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.DocxFacts;
import vn.lamtheobac.document.RegisterQuery;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/**
 * The committee's rating list (Hướng dẫn 36-HD/VPTW): a table of the members and their ratings, a draft marked "DỰ
 * THẢO" until it is numbered through the register of issued documents.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingListDocumentTests {

    static final int YEAR = 2025;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    EvaluationDocuments documents;

    @Autowired
    DocumentRegister register;

    TestTree tree;
    Scope officer;
    long round;

    @BeforeAll
    void rateTheYear() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        round = evaluations.open(
                new OpenRound(tree.city, YEAR, RoundKind.ANNUAL, RuleSet.QD132_2018, null, null), officer);
        for (var person : new long[] {tree.memberA1, tree.secretaryA1, tree.personA1}) {
            var evaluation = evaluations.members(round, tree.city, officer).stream()
                    .filter(e -> e.personId() != null && e.personId() == person)
                    .findFirst()
                    .orElseThrow();
            var wardsec = tree.scope("wardsec");
            evaluations.decide(
                    new Decision(
                            evaluation.id(),
                            Rating.COMPLETED,
                            null,
                            evaluations.get(evaluation.id(), wardsec).version()),
                    wardsec);
        }
    }

    @Test
    @DisplayName("HD 36: the rating list is a table numbered through the register; before that it is a draft")
    void theRatingListIsATableNumberedThroughTheRegister_HD36() throws Exception {
        try (var docx = DocxFacts.open("rating-list-draft", documents.ratingList(round, tree.city, officer))) {
            assertThat(DocxFacts.firstPageHeader(docx)).isEqualTo("DỰ THẢO");
            assertThat(DocxFacts.text(docx)).contains("Số     -BC/TU");
            var table = docx.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no table of ratings"));
            assertThat(table.getRow(0).getTableCells())
                    .extracting(c -> c.getText())
                    .containsExactly("STT", "Họ và tên", "Chi bộ", "Xếp loại");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).hasSize(4);
            assertThat(rows(table, 0)).containsExactly("1", "2", "3");
            assertThat(rows(table, 1)).contains("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Đức");
            assertThat(rows(table, 3)).containsOnly("HTNV");
        }

        var issued = documents.issueRatingList(round, tree.city, officer);
        assertThat(issued.symbol()).isEqualTo("01-BC/TU");
        assertThat(documents.issueRatingList(round, tree.city, officer).id())
                .as("numbered once")
                .isEqualTo(issued.id());
        try (var docx = DocxFacts.open("rating-list-issued", documents.ratingList(round, tree.city, officer))) {
            assertThat(DocxFacts.firstPageHeader(docx)).isEmpty();
            assertThat(DocxFacts.text(docx)).contains("Số 01-BC/TU");
        }
        assertThat(register.register(new RegisterQuery(tree.city, "BC", null, null, new PageRequest(0, 10)), officer)
                        .content())
                .extracting(d -> d.title())
                .containsExactly("Danh sách đánh giá, xếp loại chất lượng đảng viên năm " + YEAR);
    }

    @Test
    @DisplayName("HD 36: only those who issue the committee's documents number its rating list")
    void aViewerDoesNotNumberTheList_HD36() {
        assertThatThrownBy(() -> documents.issueRatingList(round, tree.wardA, tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class);
    }

    static java.util.List<String> rows(XWPFTable table, int column) {
        return table.getRows().stream()
                .skip(1)
                .map(r -> r.getCell(column).getText())
                .toList();
    }
}
