package vn.lamtheobac.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a {@link PartyDocument} as a Word file (.docx) in the form that Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn
 * phòng Trung ương Đảng "về thể thức và kỹ thuật trình bày văn bản của Đảng" prescribes:
 *
 * <ul>
 *   <li>A4 paper, margins top 20 mm, bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout, in Unicode
 *       (TCVN 6909:2001);
 *   <li>the header as a borderless two-column table: on the left the superior body (capitals, 14, upright), the
 *       issuing body (capitals, 14, bold), a star and "Số 05-KH/TU" (14, upright, no colon); on the right
 *       "ĐẢNG CỘNG SẢN VIỆT NAM" (capitals, 15, bold) over a solid rule as long as the words, and the place and date
 *       (14, italic) on the line of the number;
 *   <li>the type name (capitals, 16, bold) and the summary (14, bold), centred, followed by a short rule "-----";
 *   <li>the body: 14, justified, first line indented 1.27 cm, 6 pt after each paragraph, line spacing 1.15;
 *   <li>the signature block on the right (capacity and office in bold capitals, 14, room for the signature and the
 *       seal, the name in bold) and the recipients on the left.
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

    private static final List<FontCharRange> FONT_RANGES =
            List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs, FontCharRange.eastAsia);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = TEXT_WIDTH * 45 / 100;
    private static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;
    private static final int CELL_MARGIN = 108;

    /**
     * Width of "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman bold 15 pt (185.3 pt, measured with the metric-compatible
     * Liberation Serif) plus 2 pt either side. The rule under the title is the bottom border of its paragraph, indented
     * to this width so that it is as long as the words, as HD 36 asks; an underline would cut the dots below "Ộ" and
     * "Ệ".
     */
    private static final int PARTY_TITLE_RULE_WIDTH = 3785;

    private static final int FIRST_LINE_INDENT = 720;
    private static final int BODY_SPACING_AFTER = 120;
    private static final double BODY_LINE_SPACING = 1.15;
    private static final int SIGNATURE_SPACE_LINES = 4;

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
            for (var paragraph : document.paragraphs()) {
                body(docx.createParagraph(), paragraph);
            }
            signature(docx, document);
            page(docx);
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
     * The two header columns. The right column keeps blank lines under the title so that the date stands on the line of
     * the number, as on the model pages of HD 36.
     */
    private static void header(XWPFDocument docx, PartyDocument document) {
        var table = twoColumns(docx);
        var left = table.getRow(0).getCell(0);
        var right = table.getRow(0).getCell(1);

        int linesAboveNumber = 0;
        if (!isBlank(document.superiorBody())) {
            run(centred(left.addParagraph()), upper(document.superiorBody()), SIZE_DEFAULT, false, false);
            linesAboveNumber++;
        }
        run(centred(left.addParagraph()), upper(document.issuingBody()), SIZE_DEFAULT, true, false);
        run(centred(left.addParagraph()), "*", SIZE_DEFAULT, false, false);
        linesAboveNumber += 2;
        run(centred(left.addParagraph()), "Số " + document.numberSymbol().strip(), SIZE_DEFAULT, false, false);

        var title = centred(right.addParagraph());
        run(title, PARTY_TITLE, SIZE_PARTY_TITLE, true, false);
        int indent = (RIGHT_COLUMN - 2 * CELL_MARGIN - PARTY_TITLE_RULE_WIDTH) / 2;
        title.setIndentationLeft(indent);
        title.setIndentationRight(indent);
        CTBorder rule = title.getCTPPr().addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(6));
        rule.setSpace(BigInteger.ONE);
        rule.setColor("auto");
        for (int i = 1; i < linesAboveNumber; i++) {
            right.addParagraph();
        }
        run(centred(right.addParagraph()), dateLine(document.place(), document.date()), SIZE_DEFAULT, false, true);

        dropFirstParagraph(left);
        dropFirstParagraph(right);
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

    private static void body(XWPFParagraph paragraph, String text) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(BODY_SPACING_AFTER);
        paragraph.setSpacingBetween(BODY_LINE_SPACING, LineSpacingRule.AUTO);
        run(paragraph, text, SIZE_DEFAULT, false, false);
    }

    /** The recipients on the left and the signature block on the right; nothing when there is neither. */
    private static void signature(XWPFDocument docx, PartyDocument document) {
        var signature = document.signature();
        if (signature == null && document.recipients().isEmpty()) {
            return;
        }
        var table = twoColumns(docx);
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
    }

    /** A borderless one-row table across the text width, split 45 % / 55 %, with fixed layout. */
    private static XWPFTable twoColumns(XWPFDocument docx) {
        var table = docx.createTable(1, 2);
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : List.of(LEFT_COLUMN, RIGHT_COLUMN)) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getRow(0).getCell(0).setWidth(String.valueOf(LEFT_COLUMN));
        table.getRow(0).getCell(1).setWidth(String.valueOf(RIGHT_COLUMN));
        return table;
    }

    /** A new cell holds one empty paragraph; the writer adds its own after it and drops that one if it is unused. */
    private static void dropFirstParagraph(XWPFTableCell cell) {
        if (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(0);
        }
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    /**
     * A Times New Roman run; a line break in the text becomes a line break in the run. The properties are set in the
     * order of the schema (fonts, bold, italic, size), which Word expects.
     */
    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        var run = paragraph.createRun();
        for (var range : FONT_RANGES) {
            run.setFontFamily(FONT, range);
        }
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setFontSize(size);
        var lines = clean(text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** Capitals for the components HD 36 prints in capitals, keeping the diacritics: "Thành ủy" → "THÀNH ỦY". */
    private static String upper(String text) {
        return clean(text).strip().toUpperCase(VIETNAMESE);
    }

    /**
     * Composed Unicode (NFC), so that letters such as "ệ" are single characters that every font draws well, without
     * the control characters that XML cannot hold.
     */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        var composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder(composed.length());
        composed.codePoints()
                .filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
                .filter(c -> c < 0x7F || c > 0x9F)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Millimetres to twentieths of a point, rounded: 20 mm is 1134, 30 mm is 1701, 15 mm is 850. */
    private static int twips(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
