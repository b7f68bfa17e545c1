package vn.lamtheobac.initiative.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lamtheobac.initiative.InitiativeView;

/**
 * An XLSX list of initiatives written with POI's streaming workbook: rows go to a temporary file 100 at a time, so
 * memory stays flat however long the list. Headers and labels come from the message bundle through {@code text}.
 */
class InitiativeWorkbook implements AutoCloseable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Header keys in column order. */
    private static final List<String> HEADERS = List.of(
            "initiative.export.number",
            "initiative.field.title",
            "initiative.field.kind",
            "initiative.field.owner",
            "initiative.field.field",
            "initiative.field.year",
            "initiative.field.startsOn",
            "initiative.field.endsOn",
            "initiative.field.status",
            "initiative.field.evaluation",
            "initiative.export.progress",
            "initiative.goodModel",
            "initiative.field.replications",
            "initiative.field.published");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final UnaryOperator<String> text;
    private final Sheet sheet;
    private int next = 1;

    InitiativeWorkbook(UnaryOperator<String> text) {
        this.text = text;
        this.sheet = workbook.createSheet(text.apply("initiative.export.sheet"));
        var bold = workbook.createFont();
        bold.setBold(true);
        var style = workbook.createCellStyle();
        style.setFont(bold);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(text.apply(HEADERS.get(i)));
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, (i == 1 || i == 3 ? 48 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(InitiativeView i) {
        Row row = sheet.createRow(next);
        row.createCell(0).setCellValue(next);
        set(row, 1, i.title());
        set(row, 2, text.apply("initiative.kind." + i.kind()));
        set(row, 3, i.ownerName());
        set(row, 4, text.apply("initiative.field." + i.field()));
        row.createCell(5).setCellValue(i.year());
        set(row, 6, date(i.startsOn()));
        set(row, 7, date(i.endsOn()));
        set(row, 8, text.apply("initiative.status." + i.status()));
        set(row, 9, i.evaluation() == null ? null : text.apply("initiative.evaluation." + i.evaluation()));
        row.createCell(10).setCellValue(i.progressPercent());
        set(row, 11, i.recognisedAsGoodModel() ? text.apply("initiative.export.yes") : null);
        row.createCell(12).setCellValue(i.replications());
        set(row, 13, i.published() ? text.apply("initiative.export.yes") : null);
        next++;
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /**
     * Deletes the temporary files, then closes. POI's {@code close()} alone first closes each sheet's writer and then
     * flushes the rows still held in memory into it ("Failed to dispose sheet … Stream closed") whenever the workbook
     * was not written, e.g. when the export failed half-way; disposing first flushes them while the writer is open.
     */
    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static void set(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }
}
