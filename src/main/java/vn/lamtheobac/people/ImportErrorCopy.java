package vn.lamtheobac.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lamtheobac.people.ImportJobView.ImportError;

/**
 * A refused file given back as the best spreadsheet tools do: the same rows at the same row numbers, read as the
 * import read them, every faulty cell filled in red, and a last column "Lỗi" listing each problem of the row with its
 * column. The officer corrects the cells, and the file — whose extra column the import ignores — goes back in as is.
 * Written with POI's streaming workbook, so memory stays flat however long the file.
 */
final class ImportErrorCopy {

    static final String COLUMN_KEY = "import.errorCopy.column";

    private ImportErrorCopy() {}

    static void write(
            byte[] content, ImportStaging staging, long jobId, Function<ImportError, String> message, OutputStream out)
            throws IOException {
        Map<Integer, List<ImportError>> byRow = new HashMap<>();
        staging.forEachError(
                jobId,
                e -> byRow.computeIfAbsent(e.row(), r -> new ArrayList<>()).add(e));
        var columns = PeopleImportColumns.values();
        // shared strings, not inline ones: a cell that a spreadsheet program (or POI) later rewrites must not keep its
        // old inline text beside the new one
        try (var workbook = new SXSSFWorkbook(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), 200, false, true)) {
            var sheet = workbook.createSheet("Nhân sự");
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle faulty = workbook.createCellStyle();
            faulty.cloneStyleFrom(text);
            faulty.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            faulty.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var header = sheet.createRow(0);
            for (var column : columns) {
                var cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header);
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(column.ordinal(), 22 * 256);
            }
            var errorHeader = header.createCell(columns.length);
            errorHeader.setCellValue(message.apply(new ImportError(0, null, COLUMN_KEY, List.of())));
            errorHeader.setCellStyle(headerStyle);
            sheet.setColumnWidth(columns.length, 80 * 256);
            sheet.createFreezePane(0, 1);
            try {
                new ImportReader().read(content, PeopleImport.MAX_ROWS, rows -> {}, (rowNumber, values, cellErrors) -> {
                    var row = sheet.createRow(rowNumber - 1);
                    var errors = byRow.getOrDefault(rowNumber, List.of());
                    for (int c = 0; c < values.length; c++) {
                        String letter = columns[c].letter;
                        boolean wrong = errors.stream().anyMatch(e -> letter.equals(e.column()));
                        if (values[c] != null || wrong) {
                            var cell = row.createCell(c);
                            cell.setCellStyle(wrong ? faulty : text);
                            if (values[c] != null) {
                                cell.setCellValue(values[c]);
                            }
                        }
                    }
                    if (!errors.isEmpty()) {
                        var joined = new StringBuilder();
                        for (var e : errors) {
                            if (!joined.isEmpty()) {
                                joined.append("; ");
                            }
                            if (e.column() != null) {
                                joined.append(e.column()).append(": ");
                            }
                            joined.append(message.apply(e));
                        }
                        row.createCell(columns.length).setCellValue(joined.toString());
                    }
                });
            } catch (ImportReader.Refused refused) {
                // a file that could not be read has no rows to give back: the header and nothing else
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
