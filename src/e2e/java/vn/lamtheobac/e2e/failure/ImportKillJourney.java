package vn.lamtheobac.e2e.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The failure suite's killed import (issue 11 §3), as an operator lives it: the city's records officer uploads a large
 * people file, looks at what it will change and confirms it; while it is being written the application is killed with
 * SIGKILL (its embedded database server is left running, as after a crash of the JVM, and the next start stops it).
 * After the restart no row of the file is in the database, the job is shown as interrupted (not "writing" forever),
 * and the officer runs it again from the file the system kept, confirms it again, and it is written to the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportKillJourney {

    /** Enough rows for the set-based writing to take a few seconds on a CI machine. */
    static final int ROWS = 40_000;

    static final String CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";
    static final String ID_PREFIX = "0990";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    OperatedApp app;

    @BeforeAll
    void start() {
        app = new OperatedApp("import-kill", List.of()).start();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    byte[] bigFile(byte[] template) throws Exception {
        try (var base = new XSSFWorkbook(new ByteArrayInputStream(template));
                var workbook = new SXSSFWorkbook(base, 500);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            for (int i = 1; i <= ROWS; i++) {
                var row = sheet.createRow(i);
                String[] values = {
                    "Nguyễn Văn Thử " + i,
                    i % 2 == 0 ? "Nam" : "Nữ",
                    "12/04/1988",
                    "Công chức, viên chức",
                    ID_PREFIX + String.format("%08d", i),
                    "",
                    "",
                    "Chuyên viên",
                    "",
                    "",
                    CELL
                };
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    long peopleOfTheFile() throws SQLException {
        try (var db = app.connect("postgres");
                var statement = db.prepareStatement("select count(*) from people.people where national_id like ?")) {
            statement.setString(1, ID_PREFIX + "%");
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    record Job(String status, int processed) {}

    Job job(long id) throws SQLException {
        try (var db = app.connect("postgres");
                var statement =
                        db.prepareStatement("select status, processed_rows from people.import_jobs where id = ?")) {
            statement.setLong(1, id);
            try (var result = statement.executeQuery()) {
                result.next();
                return new Job(result.getString(1), result.getInt(2));
            }
        }
    }

    Job await(long id, Duration patience, Predicate<Job> condition) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            var job = job(id);
            if (condition.test(job)) {
                return job;
            }
            assertThat(System.nanoTime() < deadline)
                    .as("job %d reached the expected state within %s; it is %s", id, patience, job)
                    .isTrue();
            Thread.sleep(250);
        }
    }

    @Test
    void anImportKilledWhileWritingLeavesNoRowShowsAsInterruptedAndRunsAgain() throws Exception {
        var officer = app.signIn("thanhuy.vp");
        byte[] file = bigFile(officer.download("/app/people/import/template").body());
        var uploaded = officer.upload("/app/people/import", "/app/people/import", "nhan-su-lon.xlsx", XLSX, file);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        await(id, Duration.ofMinutes(3), j -> j.status().equals("READY"));
        assertThat(officer.get("/app/people/import/" + id).body()).contains("id=\"confirm-import\"");
        var confirmed = officer.post("/app/people/import/" + id + "/confirm", "/app/people/import/" + id);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        var writing = await(id, Duration.ofMinutes(3), j -> j.status().equals("WRITING"));
        app.kill();

        app.start();
        assertThat(peopleOfTheFile())
                .as("rows of the file after the kill (it had written %s)", writing)
                .isZero();
        await(id, Duration.ofMinutes(3), j -> j.status().equals("INTERRUPTED"));
        officer = app.signIn("thanhuy.vp");
        String page = officer.get("/app/people/import/" + id).body();
        assertThat(page).contains("Bị gián đoạn").contains("id=\"run-again\"");

        var again = officer.post("/app/people/import/" + id + "/run-again", "/app/people/import/" + id);
        assertThat(again.statusCode()).isEqualTo(302);
        await(id, Duration.ofMinutes(5), j -> j.status().equals("READY"));
        assertThat(peopleOfTheFile())
                .as("nothing is written before the second confirmation")
                .isZero();
        officer.post("/app/people/import/" + id + "/confirm", "/app/people/import/" + id);
        await(id, Duration.ofMinutes(15), j -> j.status().equals("DONE"));
        assertThat(peopleOfTheFile()).isEqualTo(ROWS);
    }
}
