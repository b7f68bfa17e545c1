package vn.lamtheobac.people;

import org.apache.poi.ss.usermodel.Cell;

/** Cell writers for {@link ImportFiles}: how an officer's Excel stores what was typed. */
final class ImportFilesCells {

    private ImportFilesCells() {}

    /** "=…" as a formula, anything else as text. */
    static void formulaOrText(Cell cell, String value) {
        if (value.startsWith("=")) {
            cell.setCellFormula(value.substring(1));
        } else {
            cell.setCellValue(value);
        }
    }

    /** "#format:number" as a number shown with that format (e.g. "#0000000000:912345678"), anything else as text. */
    static void formattedNumberOrText(Cell cell, String value) {
        if (value.startsWith("#")) {
            int colon = value.indexOf(':');
            var workbook = cell.getSheet().getWorkbook();
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(value.substring(1, colon)));
            cell.setCellStyle(style);
            cell.setCellValue(Double.parseDouble(value.substring(colon + 1)));
        } else {
            cell.setCellValue(value);
        }
    }
}
