package vn.lamtheobac.people;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX list of people written with POI's streaming workbook: rows go to a temporary file 100 at a time, so memory
 * stays flat however long the list. Columns follow the import template so an export can be edited and imported back.
 */
class PeopleWorkbook implements AutoCloseable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Nhân sự");
    private int next = 1;

    PeopleWorkbook() {
        var bold = workbook.createFont();
        bold.setBold(true);
        var style = workbook.createCellStyle();
        style.setFont(bold);
        Row header = sheet.createRow(0);
        for (var column : PeopleImportColumns.values()) {
            int i = column.ordinal();
            var cell = header.createCell(i);
            cell.setCellValue(column.header);
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, 22 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(PersonView p) {
        Row row = sheet.createRow(next++);
        set(row, 0, p.fullName());
        set(
                row,
                1,
                p.gender() == null
                        ? null
                        : switch (p.gender()) {
                            case MALE -> "Nam";
                            case FEMALE -> "Nữ";
                        });
        set(row, 2, date(p.dateOfBirth()));
        set(row, 3, PeopleImportColumns.CATEGORY_LABELS.get(p.category().ordinal()));
        set(row, 4, p.nationalId());
        set(row, 5, p.partyCardNumber());
        set(row, 6, date(p.partyJoinedOn()));
        set(row, 7, p.position());
        set(row, 8, p.phone());
        set(row, 9, p.email());
        set(row, 10, p.organizationName());
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
