package vn.lamtheobac.people;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import vn.lamtheobac.people.ImportJobView.ImportError;

/** Reading the cells of an import file: text as the officer typed it, dates in day/month/year, labels leniently. */
final class ImportCells {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private ImportCells() {}

    static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        String value = cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                ? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue()))
                        .toPlainString()
                        .replaceAll("\\.0+$", "")
                : formatter.formatCellValue(cell);
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    static LocalDate date(
            int rowNumber,
            PeopleImportColumns column,
            Map<PeopleImportColumns, Cell> cells,
            DataFormatter formatter,
            List<ImportError> errors) {
        Cell cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text(cell, formatter);
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(rowNumber, column.letter, "import.error.date", List.of(value)));
            return null;
        }
    }

    static int indexOfFolded(List<String> labels, String value) {
        String folded = fold(value);
        for (int i = 0; i < labels.size(); i++) {
            if (fold(labels.get(i)).equals(folded)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case without diacritics ("Đảng viên" → "dang vien"), for lenient comparison of labels. */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(value.strip().toLowerCase(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replaceAll("\\s+", " ");
    }
}
