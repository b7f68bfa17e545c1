package vn.lamtheobac.people;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX list of people written with POI's streaming workbook: rows go to a temporary file 100 at a time, so memory
 * stays flat however long the list. It is laid out as the import template ({@link PeopleTemplate#lay}: same sheet,
 * header, instructions and drop-downs) and is itself a valid import file for the same people: the organisation by its
 * path of names and its code, the person by their record id, every cell text ("@") so numbers keep their leading zeros
 * and dates read dd/mm/yyyy.
 */
class PeopleWorkbook implements AutoCloseable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final Sheet sheet;
    private final CellStyle text;
    private int next = 1;

    PeopleWorkbook() {
        var layout = PeopleTemplate.lay(workbook, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        sheet = layout.sheet();
        text = layout.text();
    }

    /** One person's row; {@code organizationPath} names their organisation from the reader's topmost committee. */
    void add(PersonView p, String organizationPath) {
        Row row = sheet.createRow(next++);
        set(row, PeopleImportColumns.FULL_NAME, p.fullName());
        set(
                row,
                PeopleImportColumns.GENDER,
                p.gender() == null
                        ? null
                        : PeopleTemplate.GENDER_LABELS.get(p.gender().ordinal()));
        set(row, PeopleImportColumns.DATE_OF_BIRTH, date(p.dateOfBirth()));
        set(
                row,
                PeopleImportColumns.CATEGORY,
                PeopleImportColumns.CATEGORY_LABELS.get(p.category().ordinal()));
        set(row, PeopleImportColumns.NATIONAL_ID, p.nationalId());
        set(row, PeopleImportColumns.PARTY_CARD, p.partyCardNumber());
        set(row, PeopleImportColumns.PARTY_JOINED_ON, date(p.partyJoinedOn()));
        set(row, PeopleImportColumns.POSITION, p.position());
        set(row, PeopleImportColumns.PHONE, p.phone());
        set(row, PeopleImportColumns.EMAIL, p.email());
        set(row, PeopleImportColumns.ORGANIZATION, organizationPath);
        set(row, PeopleImportColumns.ORGANIZATION_CODE, String.valueOf(p.organizationId()));
        set(row, PeopleImportColumns.RECORD_ID, String.valueOf(p.id()));
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

    private void set(Row row, PeopleImportColumns column, String value) {
        if (value != null) {
            var cell = row.createCell(column.ordinal());
            cell.setCellStyle(text);
            cell.setCellValue(value);
        }
    }
}
