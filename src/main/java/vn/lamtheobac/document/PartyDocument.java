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
 * @param paragraphs the body ("nội dung văn bản"), one string per paragraph; a line break inside a string becomes a
 *     line break inside the paragraph
 * @param signature the authority, office and name of the signatory ("quyền hạn, chức vụ, họ tên người ký"); {@code
 *     null} for a draft or a document that carries no signature block
 * @param recipients the recipients ("nơi nhận"), one per line, written without the leading dash, e.g. "Ban Tuyên giáo
 *     Trung ương,"; the last one is usually the file copy, e.g. "Lưu Văn phòng Thành ủy."; may be empty
 */
public record PartyDocument(
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
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
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
