package vn.lamtheobac.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One document of a Party committee, described by the components of its form ("thể thức") as Hướng dẫn số 36-HD/VPTW
 * ngày 03/4/2018 của Văn phòng Trung ương Đảng names them. {@link PartyDocumentWriter} lays these components out on an
 * A4 page.
 *
 * <p>Texts are given in ordinary Vietnamese case; the writer puts in capitals the components that HD 36 prints in
 * capitals.
 *
 * @param superiorBody the directly superior body ("tên cơ quan cấp trên trực tiếp"), printed in capitals, upright,
 *     above the issuing body, e.g. "Đảng bộ thành phố Cần Thơ"; {@code null} when the issuing body has none to show
 *     (the Central Committee, or where HD 36 writes the issuing body alone)
 * @param issuingBody the issuing body ("tên cơ quan ban hành văn bản"), printed in bold capitals with a star ("*")
 *     beneath it, e.g. "Thành ủy Cần Thơ"
 * @param numberSymbol the number and symbol ("số và ký hiệu văn bản") without the word "Số", e.g. "05-KH/TU": the
 *     number in the issuing body's register, a hyphen, the abbreviated type name, a slash and the abbreviated issuing
 *     body; the writer prints it as "Số 05-KH/TU", with no colon
 * @param place the place name ("địa danh") of the issuing body's seat, e.g. "Cần Thơ"
 * @param date the date of issue ("ngày, tháng, năm ban hành văn bản")
 * @param typeName the type of document ("tên loại văn bản"), e.g. "Kế hoạch", "Nghị quyết", "Báo cáo"; printed in bold
 *     capitals
 * @param summary the summary of the content ("trích yếu nội dung văn bản"), printed in bold under the type name;
 *     {@code null} or blank to omit it
 * @param body the body ("nội dung văn bản"), block by block: paragraphs, the basis lines and articles of a decision,
 *     centred headings, tables; a line break inside a text becomes a line break inside its paragraph
 * @param signature the authority, office and name of the signatory ("quyền hạn, chức vụ, họ tên người ký"); {@code
 *     null} for a document that carries no signature block
 * @param recipients the recipients ("nơi nhận"), one per line, written without the leading dash, e.g. "Ban Tuyên giáo
 *     Trung ương,"; the last one is usually the file copy, e.g. "Lưu Văn phòng Thành ủy."; may be empty
 * @param draft whether the document is printed before it is issued: it then carries the mark "DỰ THẢO" in a box at the
 *     top left of its first page, as drafts submitted to a committee do
 */
public record PartyDocument(
        String superiorBody,
        String issuingBody,
        String numberSymbol,
        String place,
        LocalDate date,
        String typeName,
        String summary,
        List<Block> body,
        Signature signature,
        List<String> recipients,
        boolean draft) {

    /**
     * Checks the mandatory components and copies the lists.
     *
     * @throws NullPointerException if a mandatory component, or an element of a list, is {@code null}
     * @throws IllegalArgumentException if {@code numberSymbol} starts with the word "Số", which the writer adds itself
     */
    public PartyDocument {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(numberSymbol, "numberSymbol");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(typeName, "typeName");
        if (numberSymbol.strip().toLowerCase(Locale.ROOT).startsWith("số")) {
            throw new IllegalArgumentException("numberSymbol is written without \"Số\": " + numberSymbol);
        }
        body = body == null ? List.of() : List.copyOf(body);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** An issued document whose body is plain paragraphs, one string each. */
    public PartyDocument(
            String superiorBody,
            String issuingBody,
            String numberSymbol,
            String place,
            LocalDate date,
            String typeName,
            String summary,
            List<String> paragraphs,
            Signature signature,
            List<String> recipients) {
        this(
                superiorBody,
                issuingBody,
                numberSymbol,
                place,
                date,
                typeName,
                summary,
                paragraphs == null
                        ? List.of()
                        : paragraphs.stream().<Block>map(Text::new).toList(),
                signature,
                recipients,
                false);
    }

    /** The same document marked, or not, as a draft. */
    public PartyDocument asDraft(boolean draft) {
        return new PartyDocument(
                superiorBody,
                issuingBody,
                numberSymbol,
                place,
                date,
                typeName,
                summary,
                body,
                signature,
                recipients,
                draft);
    }

    /** One block of the body. */
    public sealed interface Block permits Text, Basis, Heading, Article, Table {}

    /** A paragraph of running text: justified, first line indented. */
    public record Text(String text) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A basis line of a decision ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"): justified, first line indented, upright,
     * with no space between one basis line and the next, so that the basis reads as one block.
     */
    public record Basis(String text) implements Block {
        public Basis {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A line printed centred in bold capitals: the authority that decides ("BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG NINH KIỀU") and
     * the word "QUYẾT ĐỊNH:" of a decision.
     */
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An article of a decision: its label in bold ("Điều 1."), then its text. */
    public record Article(String label, String text) implements Block {
        public Article {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table with ruled cells: a header row printed in bold and repeated on every page, and rows of as many cells.
     *
     * @param header the column headings
     * @param widths the relative widths of the columns, as many as headings
     * @param rows the rows, each with as many cells as headings
     */
    public record Table(List<String> header, List<Integer> widths, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("a table's rows and widths have as many cells as its header");
            }
        }
    }

    /**
     * The signature block ("thể thức đề ký") of HD 36, printed on the right under the body.
     *
     * @param capacity the authority in which the signatory signs ("quyền hạn của người ký"), e.g. "T/M Ban Thường vụ"
     *     (on behalf of the collective), "K/T Bí thư" (for the head); printed in bold capitals; {@code null} when the
     *     signatory signs in their own right
     * @param title the signatory's office ("chức vụ của người ký"), e.g. "Phó Bí thư"; printed in bold capitals; may be
     *     {@code null}
     * @param name the signatory's full name ("họ tên người ký"), e.g. "Nguyễn Văn A"; printed in bold under the space
     *     left for the signature and the seal
     */
    public record Signature(String capacity, String title, String name) {

        /**
         * Checks that the name is given.
         *
         * @throws NullPointerException if {@code name} is {@code null}
         */
        public Signature {
            Objects.requireNonNull(name, "name");
        }
    }
}
