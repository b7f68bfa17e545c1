package vn.lamtheobac.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a people workbook (the template, an export) as a person opening it in Excel would see it. */
final class PeopleSheets {

    private PeopleSheets() {}

    static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The 0-based column whose header (first row of the first sheet) reads {@code header}, if any. */
    static Optional<Integer> column(XSSFWorkbook workbook, String header) {
        Row first = workbook.getSheetAt(0).getRow(0);
        var formatter = new DataFormatter();
        for (int c = 0; c < first.getLastCellNum(); c++) {
            if (first.getCell(c) != null
                    && formatter.formatCellValue(first.getCell(c)).equals(header)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The first data row whose column A reads {@code fullName}. */
    static Row rowOf(XSSFWorkbook workbook, String fullName) {
        var sheet = workbook.getSheetAt(0);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null
                    && row.getCell(0) != null
                    && fullName.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + fullName);
    }

    /** What a cell shows, "" when it is empty. */
    static String shown(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /**
     * Where the drop-down of data column {@code column} takes its labels from: the list validation covering its second
     * row, its formula resolved through a defined name to a range of a sheet.
     */
    record DropDown(String formula, String sheetName, boolean sheetHidden, List<String> labels) {}

    static DropDown dropDown(XSSFWorkbook workbook, int column) {
        var sheet = workbook.getSheetAt(0);
        var validation = sheet.getDataValidations().stream()
                .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(range -> range.isInRange(1, column)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no drop-down on column " + column));
        String formula = validation.getValidationConstraint().getFormula1();
        var name = workbook.getName(formula);
        String reference = name != null ? name.getRefersToFormula() : formula;
        if (reference == null || !reference.contains("!")) {
            return new DropDown(formula, null, false, List.of());
        }
        var area = new AreaReference(reference, workbook.getSpreadsheetVersion());
        String sheetName = area.getFirstCell().getSheetName();
        var lists = workbook.getSheet(sheetName);
        int index = workbook.getSheetIndex(lists);
        var labels = new ArrayList<String>();
        for (CellReference cell : area.getAllReferencedCells()) {
            var row = lists.getRow(cell.getRow());
            labels.add(
                    row == null || row.getCell(cell.getCol()) == null
                            ? ""
                            : row.getCell(cell.getCol()).getStringCellValue());
        }
        return new DropDown(
                formula, sheetName, workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index), labels);
    }
}
