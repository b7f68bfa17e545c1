package vn.lamtheobac.people;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import vn.lamtheobac.people.ImportJobView.ImportError;

/**
 * Reads the first sheet of an import file in one streaming pass, whatever its size, and hands each non-empty row on as
 * the texts the officer sees in Excel: a formula as the value Excel saved with it, a number in the cell's own format
 * (a phone formatted {@code 0000000000} keeps its leading zero), a date cell as dd/mm/yyyy, every text normalised
 * ({@link ImportCells#clean}).
 */
final class ImportReader {

    /** Where the rows go: the spreadsheet row number, one text per template column (null: empty), its cell errors. */
    interface Sink {
        void row(int rowNumber, String[] values, List<ImportError> errors);
    }

    /** Told the number of data rows once the sheet's dimension is known (0: not recorded in the file). */
    interface Size {
        void total(int rows);
    }

    /** The file cannot be read as the template: one error, no row. */
    static final class Refused extends Exception {
        final transient ImportError error;

        Refused(ImportError error) {
            super(error.messageKey(), null, false, false);
            this.error = error;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final PeopleImportColumns[] COLUMNS = PeopleImportColumns.values();

    private final DataFormatter formatter = new DataFormatter();

    /** Reads every row; returns how many non-empty data rows there were. */
    int read(byte[] content, int maxRows, Size size, Sink sink) throws Refused {
        int rows = 0;
        try (var workbook = StreamingReader.builder()
                .rowCacheSize(500)
                .bufferSize(16_384)
                .open(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            boolean headerSeen = false;
            for (Row row : sheet) {
                if (!headerSeen) {
                    headerSeen = true;
                    if (!headerMatches(row)) {
                        throw new Refused(new ImportError(1, null, "import.error.template", List.of()));
                    }
                    size.total(Math.max(0, sheet.getLastRowNum()));
                    continue;
                }
                int rowNumber = row.getRowNum() + 1;
                var errors = new ArrayList<ImportError>(0);
                var values = new String[COLUMNS.length];
                boolean blank = true;
                for (var column : COLUMNS) {
                    values[column.ordinal()] = text(row.getCell(column.ordinal()), rowNumber, column, errors);
                    blank &= values[column.ordinal()] == null;
                }
                if (blank && errors.isEmpty()) {
                    continue;
                }
                if (++rows > maxRows) {
                    throw new Refused(new ImportError(
                            rowNumber, null, "import.error.tooManyRows", List.of(String.valueOf(maxRows))));
                }
                sink.row(rowNumber, values, errors);
            }
            if (!headerSeen) {
                throw new Refused(new ImportError(1, null, "import.error.template", List.of()));
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused(new ImportError(0, null, "import.error.notXlsx", List.of()));
        }
        return rows;
    }

    /**
     * The template's columns in order: the required ones must carry their headers; the optional ones at the end (after
     * the organisation) may be missing, as in files made from an older template. Columns after them are ignored (the
     * error column of a returned copy, the officer's own notes).
     */
    private boolean headerMatches(Row row) {
        for (var column : COLUMNS) {
            Cell cell = row.getCell(column.ordinal());
            String header = cell == null ? "" : formatter.formatCellValue(cell);
            if (!ImportCells.fold(header).equals(ImportCells.fold(column.header))
                    && !(column.optional() && header.isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The cell as the officer sees it, normalised; null when empty. */
    private String text(Cell cell, int rowNumber, PeopleImportColumns column, List<ImportError> errors) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cachedType(cell);
            if (type == null) {
                errors.add(new ImportError(rowNumber, column.letter, "import.error.formulaWithoutValue", List.of()));
                return null;
            }
        }
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> number(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> {
                errors.add(new ImportError(rowNumber, column.letter, "import.error.formulaError", List.of()));
                yield null;
            }
            default -> null;
        };
        value = ImportCells.clean(value);
        return value == null || value.isEmpty() ? null : value;
    }

    /** The type of the value saved with a formula; null when the file holds none (never calculated). */
    private static CellType cachedType(Cell cell) {
        try {
            var type = cell.getCachedFormulaResultType();
            return type == CellType.BLANK || type == CellType._NONE ? null : type;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A number as shown: a date cell as dd/mm/yyyy; a cell with its own format through that format ("0000000000" keeps
     * the phone's leading zero, "000000000000" the national ID's); a "General" one as its plain digits.
     */
    private String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return DATE.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        double value = cell.getNumericCellValue();
        var style = cell.getCellStyle();
        String format = style == null ? null : style.getDataFormatString();
        if (format == null || format.equalsIgnoreCase("General") || format.equals("@")) {
            return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
        }
        return formatter.formatRawCellContents(value, style.getDataFormat(), format);
    }
}
