package vn.lamtheobac.people;

import java.util.List;

/**
 * The columns of the people import template, in order. The header texts are part of the template contract: a file
 * whose first row does not carry them is refused as a wrong template. The {@link #optional() optional} columns come
 * last and may be left out of a file altogether (files made from the 11-column template before them); an export
 * writes every column.
 */
enum PeopleImportColumns {
    FULL_NAME("A", "Họ và tên (*)", "fullName"),
    GENDER("B", "Giới tính (Nam/Nữ)", "gender"),
    DATE_OF_BIRTH("C", "Ngày sinh (dd/mm/yyyy)", "dateOfBirth"),
    CATEGORY("D", "Đối tượng (*)", "category"),
    NATIONAL_ID("E", "Số CCCD", "nationalId"),
    PARTY_CARD("F", "Số thẻ đảng viên", "partyCardNumber"),
    PARTY_JOINED_ON("G", "Ngày vào Đảng (dd/mm/yyyy)", "partyJoinedOn"),
    POSITION("H", "Chức vụ", "position"),
    PHONE("I", "Điện thoại", "phone"),
    EMAIL("J", "Thư điện tử", "email"),
    ORGANIZATION("K", "Tổ chức đảng (*)", "organization"),
    /** The organisation's id (digits): when given, it names the organisation and column K is not read. */
    ORGANIZATION_CODE("L", "Mã tổ chức", "organizationCode", true),
    /** The person's id (digits), written by exports: the row updates that record. */
    RECORD_ID("M", "Mã hồ sơ", "recordId", true);

    final String letter;
    final String header;
    final String field;
    /** Whether a file may leave the column out: its header, if present, must still be in its place. */
    final boolean optional;

    PeopleImportColumns(String letter, String header, String field) {
        this(letter, header, field, false);
    }

    PeopleImportColumns(String letter, String header, String field, boolean optional) {
        this.letter = letter;
        this.header = header;
        this.field = field;
        this.optional = optional;
    }

    /** Whether a file may leave this column out (see {@link #optional}). */
    boolean optional() {
        return optional;
    }

    /** Whether every file must carry this column's header. */
    boolean required() {
        return !optional;
    }

    static String letterOf(String field) {
        for (var column : values()) {
            if (column.field.equals(field)) {
                return column.letter;
            }
        }
        return null;
    }

    /** The accepted spellings of each category in the template (compared without diacritics and case). */
    static final List<String> CATEGORY_LABELS =
            List.of("Đảng viên chính thức", "Đảng viên dự bị", "Công chức, viên chức", "Đoàn viên", "Hội viên");
}
