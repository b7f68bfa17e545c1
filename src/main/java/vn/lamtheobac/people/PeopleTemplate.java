package vn.lamtheobac.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The people import template the officers fill in. */
final class PeopleTemplate {

    private PeopleTemplate() {}

    /** The empty template: a header row, drop-down lists for the coded columns, and a sheet of instructions. */
    static byte[] workbook(int maxRows) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Nhân sự");
            var headerStyle = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            var header = sheet.createRow(0);
            for (var column : PeopleImportColumns.values()) {
                var cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header);
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(column.ordinal(), Math.max(14, column.header.length() + 4) * 256);
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
            sheet.createFreezePane(0, 1);
            var validations = sheet.getDataValidationHelper();
            var genders = validations.createExplicitListConstraint(new String[] {"Nam", "Nữ"});
            sheet.addValidationData(validations.createValidation(
                    genders,
                    new CellRangeAddressList(
                            1, maxRows, PeopleImportColumns.GENDER.ordinal(), PeopleImportColumns.GENDER.ordinal())));
            var categories = validations.createExplicitListConstraint(
                    PeopleImportColumns.CATEGORY_LABELS.toArray(String[]::new));
            sheet.addValidationData(validations.createValidation(
                    categories,
                    new CellRangeAddressList(
                            1,
                            maxRows,
                            PeopleImportColumns.CATEGORY.ordinal(),
                            PeopleImportColumns.CATEGORY.ordinal())));
            var help = workbook.createSheet("Hướng dẫn");
            String[] lines = {
                "Hướng dẫn nhập danh sách nhân sự",
                "1. Nhập mỗi người một dòng trên trang \"Nhân sự\", bắt đầu từ dòng 2; không đổi dòng tiêu đề.",
                "2. Các cột có dấu (*) là bắt buộc. Mỗi người cần có Số CCCD hoặc Số thẻ đảng viên để đối chiếu.",
                "3. Ngày ghi theo dạng dd/mm/yyyy, ví dụ 05/09/1985.",
                "4. Đối tượng: Đảng viên chính thức, Đảng viên dự bị, Công chức, viên chức, Đoàn viên, Hội viên.",
                "5. Tổ chức đảng: ghi đúng tên chi bộ/đảng bộ như trong hệ thống, ví dụ \"Chi bộ khu vực 1\".",
                "6. Nếu tệp có lỗi, hệ thống không ghi dòng nào và liệt kê từng lỗi theo dòng, cột. Sửa rồi nhập lại.",
                "7. Nhập lại cùng một tệp không tạo bản ghi trùng: người đã có (theo CCCD hoặc thẻ đảng) được cập nhật."
            };
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
