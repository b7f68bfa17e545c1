package vn.lamtheobac.document;

import static vn.lamtheobac.document.DocxParts.centred;
import static vn.lamtheobac.document.DocxParts.clean;
import static vn.lamtheobac.document.DocxParts.dropFirstParagraph;
import static vn.lamtheobac.document.DocxParts.isBlank;
import static vn.lamtheobac.document.DocxParts.keepNext;
import static vn.lamtheobac.document.DocxParts.layout;
import static vn.lamtheobac.document.DocxParts.run;
import static vn.lamtheobac.document.DocxParts.twips;
import static vn.lamtheobac.document.DocxParts.twoColumns;
import static vn.lamtheobac.document.DocxParts.upper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes a {@link PartyDocument} as a Word file (.docx) in the form that Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn
 * phòng Trung ương Đảng "về thể thức và kỹ thuật trình bày văn bản của Đảng" prescribes:
 *
 * <ul>
 *   <li>A4 paper, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout, in Unicode
 *       (TCVN 6909:2001);
 *   <li>the header as a borderless two-column table: on the left the superior body (capitals, 14, upright), the
 *       issuing body (capitals, 14, bold), a star and "Số 05-KH/TU" (14, upright, no colon); on the right
 *       "ĐẢNG CỘNG SẢN VIỆT NAM" (capitals, 15, bold) on one line over a solid rule as long as the words (measured
 *       with {@link TimesNewRoman}), and the place and date (14, italic) on the line of the number;
 *   <li>the type name (capitals, 16, bold) and the summary (14, bold), centred, followed by a short rule "-----";
 *   <li>the body: 14, justified, first line indented 1.27 cm, 6 pt after each paragraph, line spacing 1.15;
 *   <li>a decision's authority and "QUYẾT ĐỊNH:" centred in bold, its basis lines, its articles with the label
 *       ("Điều 1.") in bold; tables ruled, their header repeated on every page;
 *   <li>the signature block on the right (capacity and office in bold capitals, 14, room for the signature and the
 *       seal, the name in bold) and the recipients on the left, in one row that never splits, kept with the last lines
 *       of the body, and no blank page after it;
 *   <li>pages after the first numbered at the top centre in Arabic numerals, 14; a draft's first page marked
 *       "DỰ THẢO" in a box at the top left.
 * </ul>
 *
 * <p>The writer depends on Apache POI and the JDK only; it holds no state and is safe to call from any thread.
 */
public final class PartyDocumentWriter {

    static final String FONT = "Times New Roman";
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = twips(20);
    static final int MARGIN_BOTTOM = twips(20);
    static final int MARGIN_LEFT = twips(30);
    static final int MARGIN_RIGHT = twips(15);

    static final int SIZE_DEFAULT = 14;
    static final int SIZE_PARTY_TITLE = 15;
    static final int SIZE_TYPE_NAME = 16;
    static final int SIZE_RECIPIENTS_LABEL = 12;
    static final int SIZE_RECIPIENTS = 11;

    static final List<FontCharRange> FONT_RANGES =
            List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs, FontCharRange.eastAsia);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int CELL_MARGIN = 108;

    /**
     * "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman bold 15 pt is 206.7 pt wide (the advances of its letters, {@link
     * TimesNewRoman}). The rule under it is the bottom border of its paragraph, which is indented so that the rule runs
     * 1 pt past either end of the words: as long as the text, as HD 36 asks (an underline would cut the dots below "Ộ"
     * and "Ệ"), and with room for the words to stay on one line.
     */
    static final double PARTY_TITLE_WIDTH = TimesNewRoman.width(PARTY_TITLE, TimesNewRoman.Face.BOLD, SIZE_PARTY_TITLE);

    static final int PARTY_TITLE_RULE_WIDTH = (int) Math.ceil((PARTY_TITLE_WIDTH + 2) * 20);

    /** The narrowest right column: the rule, the cell's margins and 3 pt either side for the renderer's rounding. */
    static final int RIGHT_COLUMN_MIN = PARTY_TITLE_RULE_WIDTH + 2 * CELL_MARGIN + 2 * 60;

    /** The widest right column: the left one keeps 40 % of the line for the issuing body. */
    static final int RIGHT_COLUMN_MAX = TEXT_WIDTH * 60 / 100;

    static final int SIZE_PAGE_NUMBER = 14;
    static final String DRAFT_MARK = "DỰ THẢO";

    private static final int FIRST_LINE_INDENT = 720;
    private static final int BODY_SPACING_AFTER = 120;
    private static final double BODY_LINE_SPACING = 1.15;
    private static final int SIGNATURE_SPACE_LINES = 4;
    private static final int SIZE_TABLE = 13;

    private PartyDocumentWriter() {}

    /**
     * Writes the document as the bytes of a .docx file.
     *
     * @param document the document to write
     * @return the .docx file
     */
    public static byte[] write(PartyDocument document) {
        var out = new ByteArrayOutputStream();
        try {
            write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the document as a .docx file to a stream, which is left open.
     *
     * @param document the document to write
     * @param out where to write it
     * @throws IOException if the stream cannot be written
     */
    public static void write(PartyDocument document, OutputStream out) throws IOException {
        try (var docx = new XWPFDocument()) {
            defaults(docx);
            header(docx, document);
            title(docx, document);
            XWPFParagraph last = null;
            for (var block : document.body()) {
                last = block(docx, block);
            }
            boolean signed = signature(docx, document);
            if (signed && last != null) {
                // the signature block never stands alone at the top of a page: the last lines of the body go with it
                keepNext(last);
            }
            end(docx);
            page(docx);
            pageHeaders(docx, document.draft());
            var properties = docx.getProperties().getCoreProperties();
            properties.setTitle(clean(document.typeName() + " " + document.numberSymbol()));
            properties.setCreator(clean(document.issuingBody()));
            docx.write(out);
        }
    }

    /**
     * The place-and-date line of HD 36: {@code "<place>, ngày <d> tháng <m> năm <yyyy>"}. A day below 10 and a month
     * below 3 are written with a leading zero (so that no one can add a digit in front of them); other days and months
     * are written as they are: "Cần Thơ, ngày 05 tháng 01 năm 2026", "Hà Nội, ngày 20 tháng 02 năm 2018", "Hà Nội,
     * ngày 18 tháng 5 năm 2023", "Hà Nội, ngày 03 tháng 11 năm 2025".
     *
     * @param place the place name
     * @param date the date
     * @return the line, without a final full stop
     */
    public static String dateLine(String place, LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return clean(place).strip() + ", ngày " + (day < 10 ? "0" + day : String.valueOf(day)) + " tháng "
                + (month < 3 ? "0" + month : String.valueOf(month)) + " năm " + date.getYear();
    }

    /** Times New Roman 14, Vietnamese, single spacing and no space after, for paragraphs that set nothing else. */
    private static void defaults(XWPFDocument docx) {
        var styles = docx.createStyles();
        CTDocDefaults defaults = styles.getCtStyles().isSetDocDefaults()
                ? styles.getCtStyles().getDocDefaults()
                : styles.getCtStyles().addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(SIZE_DEFAULT * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(SIZE_DEFAULT * 2L));
        run.addNewLang().setVal("vi-VN");
        CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void page(XWPFDocument docx) {
        var body = docx.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * The width of the right header column: room for the title and its rule on one line, and for the place and date
     * when they are longer, up to 60 % of the line.
     */
    static int rightColumn(PartyDocument document) {
        double date = TimesNewRoman.width(
                dateLine(document.place(), document.date()), TimesNewRoman.Face.ITALIC, SIZE_DEFAULT);
        int needed = (int) Math.ceil(date * 20) + 2 * CELL_MARGIN + 2 * 60;
        return Math.min(RIGHT_COLUMN_MAX, Math.max(RIGHT_COLUMN_MIN, needed));
    }

    /**
     * The two header columns. The right column keeps blank lines under the title so that the date stands on the line of
     * the number, as on the model pages of HD 36.
     */
    private static void header(XWPFDocument docx, PartyDocument document) {
        letterhead(
                docx,
                document.superiorBody(),
                document.issuingBody(),
                "Số " + document.numberSymbol().stripTrailing(),
                dateLine(document.place(), document.date()));
    }

    /**
     * Writes the header of HD 36 at the end of {@code docx}, for documents laid out by hand (a member's commitment):
     * on the left the superior body, the issuing body in bold and a star, then the number line if there is one; on
     * the right "ĐẢNG CỘNG SẢN VIỆT NAM" on one line over its rule, and the date line.
     *
     * @param superiorBody the directly superior party organisation, or {@code null}
     * @param issuingBody the issuing body
     * @param numberLine "Số 05-KH/TU", or {@code null} for a document that carries no number
     * @param dateLine the place and date, as {@link #dateLine} writes them
     */
    public static void letterhead(
            XWPFDocument docx, String superiorBody, String issuingBody, String numberLine, String dateLine) {
        double date = TimesNewRoman.width(clean(dateLine), TimesNewRoman.Face.ITALIC, SIZE_DEFAULT);
        int rightWidth = Math.min(
                RIGHT_COLUMN_MAX, Math.max(RIGHT_COLUMN_MIN, (int) Math.ceil(date * 20) + 2 * CELL_MARGIN + 2 * 60));
        var table = twoColumns(docx, TEXT_WIDTH - rightWidth, rightWidth);
        var left = table.getRow(0).getCell(0);
        var right = table.getRow(0).getCell(1);

        int linesAboveNumber = 0;
        if (!isBlank(superiorBody)) {
            run(centred(left.addParagraph()), upper(superiorBody), SIZE_DEFAULT, false, false);
            linesAboveNumber++;
        }
        run(centred(left.addParagraph()), upper(issuingBody), SIZE_DEFAULT, true, false);
        run(centred(left.addParagraph()), "*", SIZE_DEFAULT, false, false);
        linesAboveNumber += 2;
        if (numberLine != null) {
            run(centred(left.addParagraph()), numberLine.strip(), SIZE_DEFAULT, false, false);
        }

        var title = centred(right.addParagraph());
        run(title, PARTY_TITLE, SIZE_PARTY_TITLE, true, false);
        int indent = Math.max(0, (rightWidth - 2 * CELL_MARGIN - PARTY_TITLE_RULE_WIDTH) / 2);
        title.setIndentationLeft(indent);
        title.setIndentationRight(indent);
        CTBorder rule = title.getCTPPr().addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(6));
        rule.setSpace(BigInteger.ONE);
        rule.setColor("auto");
        // the date stands on the line of the number, or of the star when there is no number
        for (int i = numberLine != null ? 1 : 2; i < linesAboveNumber; i++) {
            right.addParagraph();
        }
        run(centred(right.addParagraph()), dateLine, SIZE_DEFAULT, false, true);

        dropFirstParagraph(left);
        dropFirstParagraph(right);
    }

    /**
     * Sets up a document laid out by hand as HD 36 does: A4 and its margins, Times New Roman 14, pages after the first
     * numbered at the top centre. Call it once the body is written.
     */
    public static void page(XWPFDocument docx, boolean draft) {
        end(docx);
        page(docx);
        pageHeaders(docx, draft);
    }

    /** Times New Roman 14 for every paragraph that sets nothing else; call it before writing the body. */
    public static void defaultsOf(XWPFDocument docx) {
        defaults(docx);
    }

    private static void title(XWPFDocument docx, PartyDocument document) {
        var type = centred(docx.createParagraph());
        type.setSpacingBefore(360);
        run(type, upper(document.typeName()), SIZE_TYPE_NAME, true, false);
        if (!isBlank(document.summary())) {
            run(centred(docx.createParagraph()), document.summary().strip(), SIZE_DEFAULT, true, false);
        }
        var rule = centred(docx.createParagraph());
        rule.setSpacingAfter(240);
        run(rule, "-----", SIZE_DEFAULT, false, false);
    }

    /** One block of the body; returns its last paragraph, or {@code null} for a table. */
    private static XWPFParagraph block(XWPFDocument docx, PartyDocument.Block block) {
        if (block instanceof PartyDocument.Table table) {
            table(docx, table);
            return null;
        }
        XWPFParagraph paragraph;
        if (block instanceof PartyDocument.Heading heading) {
            paragraph = centred(docx.createParagraph());
            paragraph.setSpacingBefore(BODY_SPACING_AFTER);
            paragraph.setSpacingAfter(BODY_SPACING_AFTER);
            keepNext(paragraph);
            run(paragraph, upper(heading.text()), SIZE_DEFAULT, true, false);
        } else if (block instanceof PartyDocument.Article article) {
            paragraph = body(docx.createParagraph());
            run(paragraph, article.label().strip(), SIZE_DEFAULT, true, false);
            run(paragraph, " " + article.text().strip(), SIZE_DEFAULT, false, false);
        } else if (block instanceof PartyDocument.Basis basis) {
            paragraph = body(docx.createParagraph());
            paragraph.setSpacingAfter(0);
            run(paragraph, basis.text(), SIZE_DEFAULT, false, false);
        } else {
            paragraph = body(docx.createParagraph());
            run(paragraph, ((PartyDocument.Text) block).text(), SIZE_DEFAULT, false, false);
        }
        return paragraph;
    }

    private static XWPFParagraph body(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(BODY_SPACING_AFTER);
        paragraph.setSpacingBetween(BODY_LINE_SPACING, LineSpacingRule.AUTO);
        return paragraph;
    }

    /**
     * A ruled table across the text width: the header row in bold, repeated on every page; no row splits across a
     * page.
     */
    private static void table(XWPFDocument docx, PartyDocument.Table block) {
        var table = docx.createTable(block.rows().size() + 1, block.header().size());
        int total = block.widths().stream().mapToInt(Integer::intValue).sum();
        var widths = block.widths().stream().map(w -> TEXT_WIDTH * w / total).toList();
        layout(table, widths);
        for (int r = 0; r <= block.rows().size(); r++) {
            var row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            var cells = r == 0 ? block.header() : block.rows().get(r - 1);
            for (int c = 0; c < cells.size(); c++) {
                var cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths.get(c)));
                var paragraph = cell.getParagraphs().get(0);
                paragraph.setAlignment(
                        r == 0 || c == 0 || c == cells.size() - 1
                                ? ParagraphAlignment.CENTER
                                : ParagraphAlignment.LEFT);
                paragraph.setSpacingBefore(40);
                paragraph.setSpacingAfter(40);
                run(paragraph, cells.get(c) == null ? "" : cells.get(c), SIZE_TABLE, r == 0, false);
            }
        }
        // a paragraph between the table and what follows, as Word puts one
        docx.createParagraph().setSpacingAfter(BODY_SPACING_AFTER);
    }

    /**
     * The recipients on the left and the signature block on the right, in one row that never splits across a page;
     * nothing when there is neither. Returns whether there is a block.
     */
    private static boolean signature(XWPFDocument docx, PartyDocument document) {
        var signature = document.signature();
        if (signature == null && document.recipients().isEmpty()) {
            return false;
        }
        var table = twoColumns(docx, TEXT_WIDTH * 45 / 100, TEXT_WIDTH - TEXT_WIDTH * 45 / 100);
        table.getRow(0).setCantSplitRow(true);
        var left = table.getRow(0).getCell(0);
        var right = table.getRow(0).getCell(1);

        if (!document.recipients().isEmpty()) {
            var label = left.addParagraph();
            label.setSpacingBefore(BODY_SPACING_AFTER);
            run(label, "Nơi nhận:", SIZE_RECIPIENTS_LABEL, true, true);
            for (var recipient : document.recipients()) {
                run(left.addParagraph(), "- " + recipient.strip(), SIZE_RECIPIENTS, false, false);
            }
        }

        if (signature != null) {
            var first = true;
            for (var line : new String[] {signature.capacity(), signature.title()}) {
                if (!isBlank(line)) {
                    var paragraph = centred(right.addParagraph());
                    if (first) {
                        paragraph.setSpacingBefore(BODY_SPACING_AFTER);
                        first = false;
                    }
                    run(paragraph, upper(line), SIZE_DEFAULT, true, false);
                }
            }
            for (int i = 0; i < SIGNATURE_SPACE_LINES; i++) {
                right.addParagraph();
            }
            run(centred(right.addParagraph()), signature.name().strip(), SIZE_DEFAULT, true, false);
        }

        dropFirstParagraph(left);
        dropFirstParagraph(right);
        for (var cell : List.of(left, right)) {
            cell.getParagraphs().forEach(DocxParts::keepNext);
        }
        return true;
    }

    /**
     * The last paragraph of the body, which a Word file must end with after a table: 1 pt high, so that a signature
     * block that ends at the foot of a page does not push it onto a blank page of its own.
     */
    private static void end(XWPFDocument docx) {
        var paragraph = docx.createParagraph();
        var spacing = paragraph.getCTPPr().isSetSpacing()
                ? paragraph.getCTPPr().getSpacing()
                : paragraph.getCTPPr().addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(20));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        var mark = paragraph.getCTPPr().addNewRPr();
        mark.addNewSz().setVal(BigInteger.TWO);
        mark.addNewSzCs().setVal(BigInteger.TWO);
    }

    /**
     * The page headers (HD 36): from the second page on, the page number in Arabic numerals, 14, upright, centred at the
     * top; none on the first page, which carries the "DỰ THẢO" mark in a box at the top left when the document is a
     * draft.
     */
    private static void pageHeaders(XWPFDocument docx, boolean draft) {
        var first = docx.createHeader(HeaderFooterType.FIRST);
        var firstParagraph = first.getParagraphs().isEmpty()
                ? first.createParagraph()
                : first.getParagraphs().get(0);
        if (draft) {
            firstParagraph.setAlignment(ParagraphAlignment.LEFT);
            int box = (int) Math.ceil(TimesNewRoman.width(DRAFT_MARK, TimesNewRoman.Face.BOLD, SIZE_DEFAULT) * 20)
                    + 2 * 120;
            firstParagraph.setIndentationRight(TEXT_WIDTH - box);
            var borders = firstParagraph.getCTPPr().addNewPBdr();
            for (CTBorder side :
                    List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight())) {
                side.setVal(STBorder.SINGLE);
                side.setSz(BigInteger.valueOf(8));
                side.setSpace(BigInteger.valueOf(4));
                side.setColor("auto");
            }
            centred(firstParagraph);
            run(firstParagraph, DRAFT_MARK, SIZE_DEFAULT, true, false);
        }
        var others = docx.createHeader(HeaderFooterType.DEFAULT);
        var number = centred(
                others.getParagraphs().isEmpty()
                        ? others.createParagraph()
                        : others.getParagraphs().get(0));
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        var run = field.addNewR();
        var properties = run.addNewRPr();
        var fonts = properties.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(SIZE_PAGE_NUMBER * 2L));
        properties.addNewSzCs().setVal(BigInteger.valueOf(SIZE_PAGE_NUMBER * 2L));
        run.addNewT().setStringValue("2");
    }
}
