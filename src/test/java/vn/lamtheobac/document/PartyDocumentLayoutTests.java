package vn.lamtheobac.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.lamtheobac.document.PartyDocumentWriterTests.SAMPLE;
import static vn.lamtheobac.document.PartyDocumentWriterTests.reopen;
import static vn.lamtheobac.document.PartyDocumentWriterTests.twips;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layout facts of Hướng dẫn 36-HD/VPTW that a reader of the printed page notices, checked in the DOCX: the
 * Party's title on one line over a rule as long as the words, pages numbered from the second, the signature block kept
 * together and no blank last page.
 */
class PartyDocumentLayoutTests {

    static final String PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

    @Test
    @DisplayName("HD 36: \"ĐẢNG CỘNG SẢN VIỆT NAM\" in Times New Roman bold 15 pt is 206.7 pt wide")
    void partyTitleWidthFromTheFontsMetrics_HD36() throws Exception {
        assertThat(TimesNewRoman.width(PARTY_TITLE, TimesNewRoman.Face.BOLD, 15))
                .isCloseTo(206.7, within(0.1));
        // the same as the font's own advances: Liberation Serif, metric-compatible with Times New Roman
        var liberation = liberationSerif("Bold");
        assertThat(TimesNewRoman.width(PARTY_TITLE, TimesNewRoman.Face.BOLD, 15))
                .isCloseTo(liberation.getWidthPoint(PARTY_TITLE, 15), within(0.2));
        // and the published Times metrics (AFM) for the base letters: Vietnamese capitals take the base letter's
        // advance
        var times = BaseFont.createFont(BaseFont.TIMES_BOLD, BaseFont.CP1252, false);
        assertThat(TimesNewRoman.width(PARTY_TITLE, TimesNewRoman.Face.BOLD, 15))
                .isCloseTo(times.getWidthPoint("DANG CONG SAN VIET NAM", 15), within(0.01));
    }

    @Test
    @DisplayName("HD 36: the widths of Vietnamese names in the three faces agree with Liberation Serif's advances")
    void vietnameseWidthsAgreeWithTheFont_HD36() throws Exception {
        var samples = List.of(
                "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ",
                "ĐẢNG ỦY PHƯỜNG NINH KIỀU",
                "Cần Thơ, ngày 01 tháng 12 năm 2026",
                "Thành phố Hồ Chí Minh, ngày 18 tháng 5 năm 2023",
                "CHI BỘ ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU",
                "Người được ủy quyền, phường Ngũ Hành Sơn");
        for (var face : List.of("Regular", "Bold", "Italic")) {
            var font = liberationSerif(face);
            var ours = TimesNewRoman.Face.valueOf(face.toUpperCase(java.util.Locale.ROOT));
            for (var text : samples) {
                assertThat(TimesNewRoman.width(text, ours, 14))
                        .as(face + " " + text)
                        .isCloseTo(font.getWidthPoint(text, 14), within(0.5));
            }
        }
    }

    @Test
    @DisplayName("HD 36: the Party's title stays on one line, over a rule as long as the words")
    void partyTitleOnOneLineOverARuleAsLongAsTheWords_HD36() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            var header = (XWPFTable) docx.getBodyElements().get(0);
            var cell = header.getRow(0).getCell(1);
            var title = cell.getParagraphs().stream()
                    .filter(p -> p.getText().equals(PARTY_TITLE))
                    .findFirst()
                    .orElseThrow();
            double cellWidth =
                    twips(header.getCTTbl().getTblGrid().getGridColArray(1).getW()) / 20.0;
            double margins = 2 * PartyDocumentWriter.CELL_MARGIN / 20.0;
            double indents =
                    (Math.max(0, title.getIndentationLeft()) + Math.max(0, title.getIndentationRight())) / 20.0;
            double line = cellWidth - margins - indents;
            double text = TimesNewRoman.width(PARTY_TITLE, TimesNewRoman.Face.BOLD, 15);
            // the line the title is set on holds the words, so they do not wrap
            assertThat(line).as("room for the title").isGreaterThanOrEqualTo(text);
            // the rule is the paragraph's bottom border: as long as the line, i.e. as long as the words (± 2 pt)
            assertThat(title.getCTPPr().getPBdr().getBottom()).isNotNull();
            assertThat(line).as("length of the rule").isCloseTo(text, within(2.5));
            // the grid and the cells say the same
            assertThat(twips(header.getCTTbl().getTblGrid().getGridColArray(0).getW())
                            + twips(header.getCTTbl()
                                    .getTblGrid()
                                    .getGridColArray(1)
                                    .getW()))
                    .isEqualTo(PartyDocumentWriter.TEXT_WIDTH);
        }
    }

    @Test
    @DisplayName("HD 36: the superior and issuing bodies of a ward have room on one line each")
    void issuingBodiesHaveRoom_HD36() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            var header = (XWPFTable) docx.getBodyElements().get(0);
            double left =
                    twips(header.getCTTbl().getTblGrid().getGridColArray(0).getW()) / 20.0
                            - 2 * PartyDocumentWriter.CELL_MARGIN / 20.0;
            assertThat(left)
                    .isGreaterThanOrEqualTo(
                            TimesNewRoman.width("ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", TimesNewRoman.Face.REGULAR, 14));
            assertThat(left)
                    .isGreaterThanOrEqualTo(
                            TimesNewRoman.width("ĐẢNG ỦY PHƯỜNG NINH KIỀU", TimesNewRoman.Face.BOLD, 14));
        }
    }

    @Test
    @DisplayName("HD 36: pages after the first are numbered at the top centre in Arabic numerals, 14; the first is not")
    void pagesAfterTheFirstAreNumbered_HD36() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.isSetTitlePg()).as("a first page of its own").isTrue();
            var others = docx.getHeaderFooterPolicy().getDefaultHeader();
            assertThat(others).isNotNull();
            var number = others.getParagraphs().get(0);
            assertThat(number.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            var field = number.getCTP().getFldSimpleArray(0);
            assertThat(field.getInstr().strip()).isEqualTo("PAGE");
            var size = field.getRArray(0).getRPr().getSzArray(0).getVal();
            assertThat(twips(size) / 2).isBetween(13.0, 14.0);
            var first = docx.getHeaderFooterPolicy().getFirstPageHeader();
            assertThat(first).isNotNull();
            assertThat(first.getText()).doesNotContainPattern("\\d");
            assertThat(first.getParagraphs().stream().allMatch(p -> p.getCTP().sizeOfFldSimpleArray() == 0))
                    .isTrue();
            assertThat(HeaderFooterType.FIRST).isNotNull();
        }
    }

    @Test
    @DisplayName("HD 36: the signature block is kept together, with the last lines of the body")
    void signatureBlockKeptTogether_HD36() throws IOException {
        try (var docx = reopen(SAMPLE)) {
            var tables = docx.getTables();
            var signature = tables.get(tables.size() - 1);
            assertThat(signature.getRow(0).isCantSplitRow()).isTrue();
            int index = docx.getBodyElements().indexOf(signature);
            var before = (XWPFParagraph) docx.getBodyElements().get(index - 1);
            assertThat(before.getText()).isEqualTo(PartyDocumentWriterTests.SECOND);
            assertThat(before.getCTPPr().isSetKeepNext())
                    .as("the last paragraph keeps with the signature")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("HD 36: the paragraph a Word file ends with after the signature is too small to open a blank page")
    void noBlankLastPage_HD36() throws IOException {
        try (XWPFDocument docx = reopen(SAMPLE)) {
            var elements = docx.getBodyElements();
            var last = elements.get(elements.size() - 1);
            assertThat(last).isInstanceOf(XWPFParagraph.class);
            var paragraph = (XWPFParagraph) last;
            assertThat(paragraph.getText()).isEmpty();
            var spacing = paragraph.getCTPPr().getSpacing();
            assertThat(twips(spacing.getLine())).isLessThanOrEqualTo(40);
            assertThat(spacing.getLineRule().toString()).isEqualTo("exact");
        }
    }

    @Test
    @DisplayName("HD 36: a long document keeps its layout facts on every page (kept for the LibreOffice rendering)")
    void aLongDocumentKeepsItsFacts_HD36() throws IOException {
        var paragraphs = new java.util.ArrayList<String>();
        for (int i = 1; i <= 24; i++) {
            paragraphs.add(i + ". " + PartyDocumentWriterTests.FIRST + " " + PartyDocumentWriterTests.SECOND);
        }
        var long_ = new PartyDocument(
                SAMPLE.superiorBody(),
                SAMPLE.issuingBody(),
                SAMPLE.numberSymbol(),
                SAMPLE.place(),
                SAMPLE.date(),
                SAMPLE.typeName(),
                SAMPLE.summary(),
                paragraphs,
                SAMPLE.signature(),
                SAMPLE.recipients());
        try (var docx = DocxFacts.open("long-plan", PartyDocumentWriter.write(long_))) {
            assertThat(docx.getHeaderFooterPolicy().getDefaultHeader()).isNotNull();
            var signature = docx.getTables().get(docx.getTables().size() - 1);
            assertThat(signature.getRow(0).isCantSplitRow()).isTrue();
        }
    }

    static BaseFont liberationSerif(String face) throws Exception {
        String resource = "liberation/LiberationSerif-" + face + ".ttf";
        try (var in = PartyDocumentLayoutTests.class.getClassLoader().getResourceAsStream(resource)) {
            return BaseFont.createFont(
                    "LiberationSerif-" + face + ".ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        }
    }
}
