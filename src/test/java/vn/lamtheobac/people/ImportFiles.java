package vn.lamtheobac.people;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files for import tests, built from the system's own template as an officer would fill it: text cells by default, or
 * any cell written by a function (a number, a formula, a date).
 */
final class ImportFiles {

    private final byte[] template;

    ImportFiles(byte[] template) {
        this.template = template;
    }

    /** The template with the given rows of text cells ({@code null}: an empty cell). */
    byte[] of(List<String[]> rows) {
        return of(rows, (cell, value) -> cell.setCellValue(value));
    }

    /**
     * The template with rows whose cells are written by {@code writer} (given the cell and the test's value for it),
     * then saved as Excel saves a workbook.
     */
    byte[] of(List<String[]> rows, BiConsumer<Cell, String> writer) {
        return of(rows, writer, false);
    }

    /** As {@link #of(List, BiConsumer)}; with {@code evaluate}, formulas are computed and their values saved. */
    byte[] of(List<String[]> rows, BiConsumer<Cell, String> writer, boolean evaluate) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        writer.accept(row.createCell(c), cells[c]);
                    }
                }
            }
            if (evaluate) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A large file written with the streaming workbook: {@code count} rows made by {@code row} from their index. */
    static byte[] many(int count, java.util.function.IntFunction<String[]> row) {
        try (var workbook = new SXSSFWorkbook(500);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Nhân sự");
            var header = sheet.createRow(0);
            for (var column : PeopleImportColumns.values()) {
                header.createCell(column.ordinal()).setCellValue(column.header);
            }
            for (int r = 0; r < count; r++) {
                var sheetRow = sheet.createRow(r + 1);
                String[] cells = row.apply(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] != null) {
                        sheetRow.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of the template: name, gender, birth, category, national ID, card, joined, position, phone, e-mail, cell. */
    static String[] row(
            String name,
            String gender,
            String born,
            String category,
            String nationalId,
            String card,
            String joined,
            String position,
            String phone,
            String organization) {
        return new String[] {name, gender, born, category, nationalId, card, joined, position, phone, null, organization
        };
    }
}
