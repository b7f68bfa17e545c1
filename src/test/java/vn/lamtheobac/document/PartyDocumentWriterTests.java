package vn.lamtheobac.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** A Party document comes out as Hướng dẫn 36-HD/VPTW lays it out on the printed page. */
class PartyDocumentWriterTests {

    static final String SUMMARY =
            "Thực hiện chuyên đề năm 2026 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
    static final String FIRST = "Nhằm tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh,"
            + " Ban Thường vụ Thành ủy xây dựng kế hoạch thực hiện chuyên đề năm 2026 như sau.";
    static final String SECOND = "Các cấp ủy, tổ chức đảng quán triệt sâu sắc chuyên đề đến cán bộ, đảng viên.";

    static final PartyDocument SAMPLE = new PartyDocument(
            "Đảng bộ thành phố Cần Thơ",
            "Thành ủy Cần Thơ",
            "05-KH/TU",
            "Cần Thơ",
            LocalDate.of(2026, 1, 5),
            "Kế hoạch",
            SUMMARY,
            List.of(FIRST, SECOND),
            new PartyDocument.Signature("T/M Ban Thường vụ", "Phó Bí thư", "Trần Văn B"),
            List.of("Ban Tuyên giáo và Dân vận Trung ương,", "Các đảng bộ trực thuộc,", "Lưu Văn phòng Thành ủy."));

    @Test
    void printsTheComponentsOfTheForm() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            String text;
            try (var extractor = new XWPFWordExtractor(docx)) {
                text = extractor.getText();
            }
            assertThat(text)
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("ĐẢNG BỘ THÀNH PHỐ CẦN THƠ")
                    .contains("THÀNH ỦY CẦN THƠ")
                    .contains("Số 05-KH/TU")
                    .doesNotContain("Số: ")
                    .contains("Cần Thơ, ngày 05 tháng 01 năm 2026")
                    .contains("KẾ HOẠCH")
                    .contains(SUMMARY)
                    .contains(FIRST)
                    .contains(SECOND)
                    .contains("T/M BAN THƯỜNG VỤ")
                    .contains("PHÓ BÍ THƯ")
                    .contains("Trần Văn B")
                    .contains("Nơi nhận:")
                    .contains("- Lưu Văn phòng Thành ủy.");

            var partyTitle = run(docx, "ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(partyTitle.isBold()).isTrue();
            assertThat(partyTitle.getFontSizeAsDouble()).isEqualTo(15.0);
            assertThat(run(docx, "THÀNH ỦY CẦN THƠ").isBold()).isTrue();
            assertThat(run(docx, "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ").isBold()).isFalse();
            assertThat(run(docx, "Số 05-KH/TU").isBold()).isFalse();
            assertThat(run(docx, "Cần Thơ, ngày 05 tháng 01 năm 2026").isItalic())
                    .isTrue();
            var typeName = run(docx, "KẾ HOẠCH");
            assertThat(typeName.isBold()).isTrue();
            assertThat(typeName.getFontSizeAsDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void writesEveryRunInTimesNewRoman() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            var runs = runs(docx).stream().filter(run -> !run.text().isEmpty()).toList();
            assertThat(runs).hasSizeGreaterThan(10);
            for (var run : runs) {
                for (var range :
                        List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs, FontCharRange.eastAsia)) {
                    assertThat(run.getFontFamily(range)).as(run.text()).isEqualTo("Times New Roman");
                }
            }
        }
    }

    @Test
    void setsTheBodyInJustifiedFourteenPointParagraphs() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            for (var text : List.of(FIRST, SECOND)) {
                var paragraph = docx.getParagraphs().stream()
                        .filter(p -> p.getText().equals(text))
                        .findFirst()
                        .orElseThrow();
                assertThat(paragraph.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
                assertThat(paragraph.getIndentationFirstLine()).isEqualTo(720);
                assertThat(paragraph.getRuns())
                        .isNotEmpty()
                        .allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0));
            }
        }
    }

    @Test
    void usesAnA4PageWithTheMarginsOfTheGuidance() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
            var margins = section.getPgMar();
            assertThat(twips(margins.getLeft())).isCloseTo(30 * 56.7, within(2.0));
            assertThat(twips(margins.getRight())).isCloseTo(15 * 56.7, within(2.0));
            assertThat(twips(margins.getTop())).isCloseTo(20 * 56.7, within(2.0));
            assertThat(twips(margins.getBottom())).isCloseTo(20 * 56.7, within(2.0));
        }
    }

    @Test
    void writesTheDateAsTheGuidanceDoes() {
        assertThat(PartyDocumentWriter.dateLine("Hà Nội", LocalDate.of(2023, 5, 18)))
                .isEqualTo("Hà Nội, ngày 18 tháng 5 năm 2023");
        assertThat(PartyDocumentWriter.dateLine("Cần Thơ", LocalDate.of(2026, 1, 5)))
                .isEqualTo("Cần Thơ, ngày 05 tháng 01 năm 2026");
        assertThat(PartyDocumentWriter.dateLine("Cần Thơ", LocalDate.of(2025, 11, 3)))
                .isEqualTo("Cần Thơ, ngày 03 tháng 11 năm 2025");
        assertThat(PartyDocumentWriter.dateLine("Hạ Long", LocalDate.of(2018, 2, 20)))
                .isEqualTo("Hạ Long, ngày 20 tháng 02 năm 2018");
        assertThat(PartyDocumentWriter.dateLine("Hà Nội", LocalDate.of(2018, 4, 3)))
                .isEqualTo("Hà Nội, ngày 03 tháng 4 năm 2018");
    }

    @Test
    void writesATopLevelCommitteeWithRecipientsButNoSignature() throws IOException {
        var document = new PartyDocument(
                null,
                "Ban Chấp hành Trung ương",
                "12-TB/TW",
                "Hà Nội",
                LocalDate.of(2025, 12, 9),
                "Thông báo",
                null,
                List.of("Nội dung."),
                null,
                List.of("Lưu Văn phòng Trung ương Đảng."));
        try (var docx = reopen(document);
                var extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText())
                    .contains("BAN CHẤP HÀNH TRUNG ƯƠNG")
                    .contains("Số 12-TB/TW")
                    .contains("Hà Nội, ngày 09 tháng 12 năm 2025")
                    .contains("THÔNG BÁO")
                    .contains("Nơi nhận:")
                    .contains("- Lưu Văn phòng Trung ương Đảng.");
        }
    }

    @Test
    void refusesANumberThatAlreadySaysSo() {
        assertThatThrownBy(() -> new PartyDocument(
                        null,
                        "Thành ủy Cần Thơ",
                        "Số: 05-KH/TU",
                        "Cần Thơ",
                        LocalDate.of(2026, 1, 5),
                        "Kế hoạch",
                        null,
                        List.of(),
                        null,
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static XWPFDocument reopen(PartyDocument document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(PartyDocumentWriter.write(document)));
    }

    static double twips(Object measure) {
        return new BigInteger(measure.toString()).doubleValue();
    }

    static XWPFRun run(XWPFDocument docx, String text) {
        return runs(docx).stream()
                .filter(run -> run.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run reads \"" + text + "\""));
    }

    /** Every run of the document, in the body and in the cells of its tables. */
    static List<XWPFRun> runs(XWPFDocument docx) {
        var runs = new ArrayList<XWPFRun>();
        collect(docx.getBodyElements(), runs);
        return runs;
    }

    static void collect(List<IBodyElement> elements, List<XWPFRun> runs) {
        for (var element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                runs.addAll(paragraph.getRuns());
            } else if (element instanceof XWPFTable table) {
                for (var row : table.getRows()) {
                    for (var cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), runs);
                    }
                }
            }
        }
    }
}
