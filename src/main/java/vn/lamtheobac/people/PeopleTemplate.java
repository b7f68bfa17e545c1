package vn.lamtheobac.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The people import template the officers fill in, and the layout every export of people shares with it (one place
 * builds the header, the instructions, the hidden lists and the drop-downs), so an export is a valid import file.
 *
 * <p>The drop-down lists read their labels from ranges of a very hidden sheet ({@value #LISTS}) through named ranges:
 * an explicit list constraint is one comma-separated string in the file, and Excel splits "Công chức, viên chức" at
 * its comma.
 */
final class PeopleTemplate {

    /** The data sheet, first in the workbook: the import reads the first sheet. */
    static final String SHEET = "Nhân sự";

    static final String HELP = "Hướng dẫn";

    /** The very hidden sheet holding the drop-downs' labels, one list per column. */
    static final String LISTS = "Danh mục";

    static final String CATEGORY_LIST = "DanhMuc_DoiTuong";
    static final String GENDER_LIST = "DanhMuc_GioiTinh";

    /** The labels of column B, in the order of {@link Gender}. */
    static final List<String> GENDER_LABELS = List.of("Nam", "Nữ");

    private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private PeopleTemplate() {}

    /** The people sheet laid out, and the text style ("@") each of its cells takes. */
    record Layout(Sheet sheet, CellStyle text) {}

    /** The empty template, its drop-downs over every row of the sheet. */
    static byte[] workbook() {
        return workbook(LAST_ROW);
    }

    /** The empty template, its drop-downs over data rows 2 to {@code maxRows} + 1. */
    static byte[] workbook(int maxRows) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            lay(workbook, Math.min(maxRows, LAST_ROW));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays out the people sheet in an empty workbook (a template's or a streaming export's): the header row frozen,
     * every column text-formatted (so a CCCD or a phone keeps its leading zeros), the drop-downs of the coded columns
     * over rows 2 to {@code lastRow} + 1, the instructions, and the hidden lists behind the drop-downs.
     */
    static Layout lay(Workbook workbook, int lastRow) {
        var sheet = workbook.createSheet(SHEET);
        var bold = workbook.createFont();
        bold.setBold(true);
        var headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        var text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        var header = sheet.createRow(0);
        for (var column : PeopleImportColumns.values()) {
            int i = column.ordinal();
            var cell = header.createCell(i);
            cell.setCellValue(column.header);
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, width(column) * 256);
            sheet.setDefaultColumnStyle(i, text);
        }
        sheet.createFreezePane(0, 1);
        writeHelp(workbook.createSheet(HELP), headerStyle);
        writeLists(workbook);
        var validations = sheet.getDataValidationHelper();
        var category = validations.createValidation(
                validations.createFormulaListConstraint(CATEGORY_LIST), rows(PeopleImportColumns.CATEGORY, lastRow));
        category.setErrorStyle(DataValidation.ErrorStyle.STOP);
        category.createErrorBox("Đối tượng", "Chọn đối tượng trong danh sách của ô.");
        var gender = validations.createValidation(
                validations.createFormulaListConstraint(GENDER_LIST), rows(PeopleImportColumns.GENDER, lastRow));
        // a warning, not a stop: the officer may also write the clear marker
        gender.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        gender.createErrorBox(
                "Giới tính",
                "Giới tính ghi Nam hoặc Nữ; ghi " + ImportCells.CLEAR_MARKER
                        + " để xóa giới tính đang lưu trong hồ sơ.");
        for (var validation : List.of(category, gender)) {
            validation.setEmptyCellAllowed(true);
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }
        return new Layout(sheet, text);
    }

    private static CellRangeAddressList rows(PeopleImportColumns column, int lastRow) {
        return new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal());
    }

    private static int width(PeopleImportColumns column) {
        return switch (column) {
            case FULL_NAME -> 28;
            case ORGANIZATION -> 60;
            default -> Math.max(14, column.header.length() + 4);
        };
    }

    /** The labels behind the drop-downs, one column each, on a sheet the officer never sees or unhides by mistake. */
    private static void writeLists(Workbook workbook) {
        var lists = workbook.createSheet(LISTS);
        var labels = List.of(PeopleImportColumns.CATEGORY_LABELS, GENDER_LABELS);
        var names = List.of(CATEGORY_LIST, GENDER_LIST);
        int longest = labels.stream().mapToInt(List::size).max().orElse(0);
        for (int r = 0; r < longest; r++) {
            var row = lists.createRow(r);
            for (int c = 0; c < labels.size(); c++) {
                if (r < labels.get(c).size()) {
                    row.createCell(c).setCellValue(labels.get(c).get(r));
                }
            }
        }
        for (int c = 0; c < labels.size(); c++) {
            var name = workbook.createName();
            name.setNameName(names.get(c));
            String letter = String.valueOf((char) ('A' + c));
            name.setRefersToFormula("'" + LISTS + "'!$" + letter + "$1:$" + letter + "$"
                    + labels.get(c).size());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
    }

    /** The instructions, one rule a row, wrapped within a column that fits a screen; the title in bold. */
    private static void writeHelp(Sheet help, CellStyle title) {
        var wrapped = help.getWorkbook().createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        for (int i = 0; i < HELP_LINES.size(); i++) {
            var cell = help.createRow(i).createCell(0);
            cell.setCellValue(HELP_LINES.get(i));
            cell.setCellStyle(i == 0 ? title : wrapped);
            // neither Excel nor Calc grows a row for wrapped text it did not lay out itself
            int lines = (HELP_LINES.get(i).length() + HELP_CHARACTERS - 1) / HELP_CHARACTERS;
            cell.getRow().setHeightInPoints(Math.max(1, lines) * help.getDefaultRowHeightInPoints() + 2);
        }
        help.setColumnWidth(0, HELP_LINE_LENGTH * 256);
        help.setFitToPage(true);
        help.getPrintSetup().setFitWidth((short) 1);
        help.getPrintSetup().setFitHeight((short) 0);
        help.getPrintSetup().setLandscape(true);
    }

    /** The width of the instructions' column, in widths of a digit. */
    private static final int HELP_LINE_LENGTH = 100;

    /** About how many characters of Vietnamese text fit on one line of that column (letters are narrower). */
    private static final int HELP_CHARACTERS = 115;

    /** The rules the import follows, as the officer reads them in the file. */
    static final List<String> HELP_LINES = List.of(
            "Hướng dẫn nhập danh sách nhân sự",
            "1. Mỗi người ghi trên một dòng của trang \"" + SHEET + "\", bắt đầu từ dòng 2; không sửa dòng tiêu đề,"
                    + " không thay đổi thứ tự các cột.",
            "2. Các cột có dấu (*) là bắt buộc. Người chưa có hồ sơ cần có Số CCCD hoặc Số thẻ đảng viên.",
            "3. Ô để trống thì thông tin đang lưu trong hồ sơ được giữ nguyên. Muốn xóa một thông tin, ghi "
                    + ImportCells.CLEAR_MARKER
                    + " vào ô đó (chữ hoa hay chữ thường, có dấu hay không dấu đều được, ví dụ \"xoa\")."
                    + " Không xóa được các cột bắt buộc.",
            "4. Trước khi ghi, hệ thống hiển thị từng dòng sẽ thay đổi những gì; dữ liệu chỉ được ghi sau khi"
                    + " đồng chí xác nhận.",
            "5. Ngày ghi theo dạng dd/mm/yyyy, ví dụ 05/09/1985, hoặc nhập ô kiểu ngày của Excel.",
            "6. Số CCCD, Số thẻ đảng viên và Điện thoại được đọc đúng như hiển thị trong ô, kể cả chữ số 0 ở đầu."
                    + " Nên để các ô này ở định dạng Văn bản (Text); các cột của mẫu này đã được định dạng sẵn như vậy.",
            "7. Đối tượng chọn trong danh sách của ô: " + String.join("; ", PeopleImportColumns.CATEGORY_LABELS)
                    + ". Giới tính chọn Nam hoặc Nữ.",
            "8. Tổ chức đảng: nếu có \"" + PeopleImportColumns.ORGANIZATION_CODE.header + "\" thì tổ chức được xác"
                    + " định theo mã đó. Nếu không, hệ thống tìm theo tên tổ chức; khi có nhiều tổ chức cùng tên, ghi"
                    + " đường dẫn tên từ một cấp ủy cấp trên xuống, phân cách bằng \" / \", ví dụ \"Đảng bộ phường"
                    + " Ninh Kiều / Chi bộ khu vực 1\".",
            "9. Dòng có \"" + PeopleImportColumns.RECORD_ID.header + "\" cập nhật đúng hồ sơ mang mã đó. Tệp xuất từ"
                    + " hệ thống đã ghi sẵn mã này; không sửa mã. Người mới thì để trống.",
            "10. Nếu tệp có lỗi, hệ thống không ghi dòng nào, liệt kê mọi lỗi theo dòng và cột, và cho tải về bản"
                    + " sao của tệp có thêm cột ghi lỗi. Sửa các lỗi rồi nhập lại.",
            "11. Nhập lại cùng một tệp không tạo hồ sơ trùng và không thay đổi dữ liệu đã ghi.");
}
