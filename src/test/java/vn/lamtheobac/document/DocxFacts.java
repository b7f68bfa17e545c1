package vn.lamtheobac.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * What a reader of a printed party document notices, read back from its DOCX; every document a test renders is also
 * kept under {@code target/documents/} so that {@code bench/render-documents.sh} can print it through LibreOffice.
 */
public final class DocxFacts {

    private DocxFacts() {}

    /** Opens the DOCX and keeps a copy as {@code target/documents/<name>.docx}. */
    public static XWPFDocument open(String name, byte[] docx) {
        try {
            var dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".docx"), docx);
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph of the body, in the cells of its tables too, in reading order. */
    public static List<XWPFParagraph> paragraphs(XWPFDocument docx) {
        var out = new ArrayList<XWPFParagraph>();
        collect(docx.getBodyElements(), out);
        return out;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> out) {
        for (var element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                out.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(r -> r.getTableCells().forEach(c -> collect(c.getBodyElements(), out)));
            }
        }
    }

    /** The text of the body, one paragraph a line. */
    public static String text(XWPFDocument docx) {
        var out = new StringBuilder();
        paragraphs(docx).forEach(p -> out.append(p.getText()).append('\n'));
        return out.toString();
    }

    /** The paragraph that reads {@code text} exactly. */
    public static XWPFParagraph paragraph(XWPFDocument docx, String text) {
        return paragraphs(docx).stream()
                .filter(p -> p.getText().strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph reads \"" + text + "\""));
    }

    /** The first paragraph that starts with {@code text}. */
    public static XWPFParagraph startingWith(XWPFDocument docx, String text) {
        return paragraphs(docx).stream()
                .filter(p -> p.getText().startsWith(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with \"" + text + "\""));
    }

    public static boolean centred(XWPFParagraph paragraph) {
        return paragraph.getAlignment() == ParagraphAlignment.CENTER;
    }

    /** Whether the paragraph's first run, the one that starts it, is bold. */
    public static boolean startsBold(XWPFParagraph paragraph) {
        return !paragraph.getRuns().isEmpty() && paragraph.getRuns().get(0).isBold();
    }

    /** Whether the whole paragraph is bold. */
    public static boolean bold(XWPFParagraph paragraph) {
        return !paragraph.getRuns().isEmpty()
                && paragraph.getRuns().stream()
                        .allMatch(r -> r.isBold() || r.text().isBlank());
    }

    /** The first page's header: "DỰ THẢO" in a box for a draft, nothing otherwise. */
    public static String firstPageHeader(XWPFDocument docx) {
        var policy = docx.getHeaderFooterPolicy();
        return policy == null || policy.getFirstPageHeader() == null
                ? ""
                : policy.getFirstPageHeader().getText().strip();
    }

    /** The lines of the left column of the header, top to bottom. */
    public static List<String> issuerLines(XWPFDocument docx) {
        var header = (XWPFTable) docx.getBodyElements().get(0);
        return header.getRow(0).getCell(0).getParagraphs().stream()
                .map(XWPFParagraph::getText)
                .toList();
    }
}
