package vn.lamtheobac.recognition;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Prints a certificate of commendation (Giấy khen, Bằng khen) as a PDF on an A4 landscape page: the Party's title, the
 * granting body, the form in large red capitals, the nominee, the achievement, the decision's number and date, and the
 * signature block.
 *
 * <p>Vietnamese needs a font with its precomposed letters (ế, ữ, Đ…), embedded so the certificate prints the same
 * everywhere: Liberation Serif 2.00 (metric-compatible with Times New Roman, SIL Open Font License), which the {@code
 * com.github.librepdf:openpdf-fonts-extra} artifact ships at {@code liberation/LiberationSerif-*.ttf} on the class
 * path. The PDF keeps the text as Unicode (Identity-H with a ToUnicode map), so it can be searched and copied.
 */
final class CertificateWriter {

    /** What a certificate prints; every text is in ordinary case, the writer capitalises what it prints in capitals. */
    record Certificate(
            String grantingBody,
            String title,
            String nominee,
            String organization,
            String achievement,
            String decisionLine,
            String dateLine,
            String capacity,
            String signatoryTitle,
            String signatoryName) {}

    static final String FONT_RESOURCE = "liberation/LiberationSerif-%s.ttf";
    /** Liberation Sans Regular, shipped inside OpenPDF itself: used when openpdf-fonts-extra is missing. */
    static final String FALLBACK_FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";

    static final Rectangle A4_LANDSCAPE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Color RED = new Color(0xB0, 0x12, 0x12);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x2C);
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);

    private CertificateWriter() {}

    static byte[] write(Certificate certificate) {
        var out = new ByteArrayOutputStream();
        var document = new Document(A4_LANDSCAPE, 70, 70, 52, 60);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle(certificate.title() + " – " + certificate.nominee());
            document.addCreator("Làm theo Bác");
            document.open();
            border(writer.getDirectContentUnder());
            line(document, "ĐẢNG CỘNG SẢN VIỆT NAM", font(Fonts.BOLD, 15, INK), 0);
            line(document, caps(certificate.grantingBody()), font(Fonts.BOLD, 14, INK), 2);
            line(document, "*", font(Fonts.BOLD, 14, RED), 8);
            line(document, caps(certificate.title()), font(Fonts.BOLD, 46, RED), 6);
            line(document, "TẶNG", font(Fonts.BOLD, 16, INK), 10);
            line(document, certificate.nominee(), font(Fonts.BOLD, 26, RED), 4);
            if (certificate.organization() != null) {
                line(document, certificate.organization(), font(Fonts.ITALIC, 16, INK), 4);
            }
            var achievement = new Paragraph(certificate.achievement(), font(Fonts.REGULAR, 17, INK));
            achievement.setAlignment(Element.ALIGN_CENTER);
            achievement.setLeading(23);
            achievement.setSpacingBefore(12);
            achievement.setIndentationLeft(40);
            achievement.setIndentationRight(40);
            document.add(achievement);
            signature(writer.getDirectContent(), certificate);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate could not be written", e);
        }
        return out.toByteArray();
    }

    /** A red frame with a gold one inside it. */
    private static void border(PdfContentByte canvas) {
        float w = A4_LANDSCAPE.getWidth();
        float h = A4_LANDSCAPE.getHeight();
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(5f);
        canvas.rectangle(22, 22, w - 44, h - 44);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(1.5f);
        canvas.rectangle(32, 32, w - 64, h - 64);
        canvas.stroke();
        canvas.restoreState();
    }

    /** The decision's number and date on the left, the place and date and the signature block on the right. */
    private static void signature(PdfContentByte canvas, Certificate certificate) {
        var table = new PdfPTable(2);
        float width = A4_LANDSCAPE.getWidth() - 140;
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        var left = cell(certificate.decisionLine(), font(Fonts.ITALIC, 13, INK));
        left.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(left);
        var right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        right.setHorizontalAlignment(Element.ALIGN_CENTER);
        right.addElement(centred(certificate.dateLine(), font(Fonts.ITALIC, 14, INK)));
        right.addElement(centred(caps(certificate.capacity()), font(Fonts.BOLD, 14, INK)));
        right.addElement(centred(caps(certificate.signatoryTitle()), font(Fonts.BOLD, 14, INK)));
        if (certificate.signatoryName() != null && !certificate.signatoryName().isBlank()) {
            // room for the signature and the seal, then the signer's name
            var name = centred(certificate.signatoryName(), font(Fonts.BOLD, 14, INK));
            name.setSpacingBefore(46);
            right.addElement(name);
        }
        table.addCell(right);
        table.writeSelectedRows(0, -1, 70, 195, canvas);
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static void line(Document document, String text, Font font, float spacingAfter) throws DocumentException {
        var paragraph = centred(text, font);
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
    }

    private static String caps(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    private static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /**
     * The faces of Liberation Serif the certificate uses, read once from the class path; without {@code
     * openpdf-fonts-extra}, the Liberation Sans that OpenPDF itself ships (regular only) still prints every Vietnamese
     * letter.
     */
    private static final class Fonts {
        static final BaseFont REGULAR = load("Regular");
        static final BaseFont BOLD = load("Bold");
        static final BaseFont ITALIC = load("Italic");

        private static BaseFont load(String face) {
            String resource = FONT_RESOURCE.formatted(face);
            var loader = CertificateWriter.class.getClassLoader();
            if (loader.getResource(resource) == null) {
                resource = FALLBACK_FONT_RESOURCE;
            }
            try (var in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No font with Vietnamese letters on the class path: add"
                            + " com.github.librepdf:openpdf-fonts-extra");
                }
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("The font " + resource + " could not be read", e);
            }
        }
    }
}
