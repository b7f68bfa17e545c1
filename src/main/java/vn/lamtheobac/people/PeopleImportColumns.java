package vn.lamtheobac.people;

import java.util.List;

/**
 * The columns of the people import template, in order. The header texts are part of the template contract: a file
 * whose first row does not carry them is refused as a wrong template.
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
    ORGANIZATION_CODE("L", "Mã tổ chức", "organizationCode"),
    RECORD_ID("M", "Mã hồ sơ", "recordId");

    final String letter;
    final String header;
    final String field;

    PeopleImportColumns(String letter, String header, String field) {
        this.letter = letter;
        this.header = header;
        this.field = field;
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
