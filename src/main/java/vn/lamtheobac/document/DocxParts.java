package vn.lamtheobac.document;

import static vn.lamtheobac.document.PartyDocumentWriter.CELL_MARGIN;
import static vn.lamtheobac.document.PartyDocumentWriter.FONT;
import static vn.lamtheobac.document.PartyDocumentWriter.FONT_RANGES;
import static vn.lamtheobac.document.PartyDocumentWriter.TEXT_WIDTH;
import static vn.lamtheobac.document.PartyDocumentWriter.VIETNAMESE;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/** The small pieces of WordprocessingML the party-document writer builds from: runs, columns, keeping together. */
final class DocxParts {

    private DocxParts() {}

    /** A borderless one-row table across the text width in two columns of the given widths, with fixed layout. */
    static XWPFTable twoColumns(XWPFDocument docx, int leftWidth, int rightWidth) {
        var table = docx.createTable(1, 2);
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        layout(table, List.of(leftWidth, rightWidth));
        table.getRow(0).getCell(0).setWidth(String.valueOf(leftWidth));
        table.getRow(0).getCell(1).setWidth(String.valueOf(rightWidth));
        return table;
    }

    /** Fixed layout across the text width with the given column widths. */
    static void layout(XWPFTable table, List<Integer> widths) {
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
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    /** A new cell holds one empty paragraph; the writer adds its own after it and drops that one if it is unused. */
    static void dropFirstParagraph(XWPFTableCell cell) {
        if (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(0);
        }
    }

    /** Keeps the paragraph on the page of the next one ("keep with next"). */
    static void keepNext(XWPFParagraph paragraph) {
        var properties = paragraph.getCTPPr();
        if (!properties.isSetKeepNext()) {
            properties.addNewKeepNext();
        }
    }

    static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    /**
     * A Times New Roman run; a line break in the text becomes a line break in the run. The properties are set in the
     * order of the schema (fonts, bold, italic, size), which Word expects.
     */
    static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
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
    static String upper(String text) {
        return clean(text).strip().toUpperCase(VIETNAMESE);
    }

    /**
     * Composed Unicode (NFC), so that letters such as "ệ" are single characters that every font draws well, without
     * the control characters that XML cannot hold.
     */
    static String clean(String text) {
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

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Millimetres to twentieths of a point, rounded: 20 mm is 1134, 30 mm is 1701, 15 mm is 850. */
    static int twips(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
