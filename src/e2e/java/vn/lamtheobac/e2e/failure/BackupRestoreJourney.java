package vn.lamtheobac.e2e.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The failure suite's backup and restore (issue 11 §3), following the README's procedure: while the system runs, an
 * operator dumps its database with {@code pg_dump -Fc}, restores the dump into a fresh database with
 * {@code pg_restore}, and starts the application on it. Every table has the same rows, every stored file (they live in
 * {@code document.files}) has its content and its SHA-256 again, and the officer downloads the attachment they
 * uploaded before the backup, byte for byte. Needs PostgreSQL's client tools, at least the server's version (14).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreJourney {

    OperatedApp original;
    OperatedApp restored;

    @AfterAll
    void stop() {
        if (restored != null) {
            restored.stop();
        }
        if (original != null) {
            original.stop();
        }
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** Row counts of every table of the application's schemas. */
    static Map<String, Long> rows(Connection db) throws SQLException {
        var counts = new TreeMap<String, Long>();
        var tables = new java.util.ArrayList<String>();
        try (var statement = db.createStatement();
                var result = statement.executeQuery("""
                        select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                        """)) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        for (String table : tables) {
            try (var statement = db.createStatement();
                    var result = statement.executeQuery("select count(*) from " + table)) {
                result.next();
                counts.put(table, result.getLong(1));
            }
        }
        return counts;
    }

    /** Every stored file: its id, the SHA-256 on record and the SHA-256 of its content as stored. */
    static List<String> files(Connection db) throws SQLException {
        var files = new java.util.ArrayList<String>();
        try (var statement = db.createStatement();
                var result = statement.executeQuery("""
                        select id || ' ' || file_name || ' ' || sha256 || ' ' || encode(sha256(content), 'hex')
                        from document.files order by id
                        """)) {
            while (result.next()) {
                files.add(result.getString(1));
            }
        }
        return files;
    }

    static void run(Path dir, String... command) throws Exception {
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("backup.log").toFile()));
        process.environment().put("PGPASSWORD", "postgres");
        var running = process.start();
        assertThat(running.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(running.exitValue())
                .as("%s (see %s)", String.join(" ", command), dir.resolve("backup.log"))
                .isZero();
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseHasEveryRecordAndStoredFile() throws Exception {
        original = new OperatedApp("backup-original", List.of()).start();
        var officer = original.signIn("thanhuy.vp");
        String city;
        try (var db = original.connect("postgres");
                var statement = db.createStatement();
                var result = statement.executeQuery(
                        "select id from organization.organizations where parent_id is null order by id limit 1")) {
            result.next();
            city = result.getString(1);
        }
        var drafted = officer.post(
                "/app/directives",
                "/app/directives/new",
                "issuingOrganizationId",
                city,
                "typeCode",
                "KH",
                "title",
                "Kế hoạch sao lưu và phục hồi",
                "deadline",
                "31/12/2027",
                "version",
                "0");
        assertThat(drafted.statusCode()).isEqualTo(302);
        String directive = drafted.headers().firstValue("Location").orElseThrow();
        directive = directive.substring(directive.indexOf("/app/directives/"));
        var attached = officer.upload(directive + "/attachments", directive, "ke-hoach.pdf", "application/pdf", PDF);
        assertThat(attached.statusCode()).isEqualTo(302);

        // the README's procedure, on the embedded server of the running system
        Path dir = original.out;
        String host = "127.0.0.1";
        String port = String.valueOf(original.dbPort);
        Path dump = dir.resolve("lamtheobac.dump");
        run(dir, "pg_dump", "-h", host, "-p", port, "-U", "postgres", "-Fc", "-f", dump.toString(), "postgres");
        try (var db = original.connect("postgres");
                var statement = db.createStatement()) {
            statement.execute("create database restored template template0 encoding 'UTF8'");
        }
        run(
                dir,
                "pg_restore",
                "-h",
                host,
                "-p",
                port,
                "-U",
                "postgres",
                "--no-owner",
                "-d",
                "restored",
                dump.toString());

        try (var before = original.connect("postgres");
                var after = original.connect("restored")) {
            var files = files(before);
            assertThat(files).as("stored files").isNotEmpty().anyMatch(f -> f.contains("ke-hoach.pdf"));
            assertThat(files(after)).isEqualTo(files);
            for (String f : files(after)) {
                String[] parts = f.split(" ");
                assertThat(parts[parts.length - 1]).as("content of file %s", f).isEqualTo(parts[parts.length - 2]);
            }
            var rows = rows(before);
            rows.remove("public.spring_session");
            rows.remove("public.spring_session_attributes");
            rows.remove("public.scheduled_tasks");
            var restoredRows = rows(after);
            restoredRows.keySet().retainAll(rows.keySet());
            assertThat(restoredRows).isEqualTo(rows);
            assertThat(rows.get("people.people")).isGreaterThan(1000);
        }

        // the application, started on the restored database, serves the same records
        restored = new OperatedApp(
                        "backup-restored",
                        List.of(
                                "--spring.datasource.url=" + original.jdbcUrl("restored"),
                                "--spring.datasource.username=postgres",
                                "--spring.datasource.password=postgres"))
                .start();
        var again = restored.signIn("thanhuy.vp");
        var page = again.get(directive);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kế hoạch sao lưu và phục hồi").contains("ke-hoach.pdf");
        var link = java.util.regex.Pattern.compile(
                        "href=\"(" + java.util.regex.Pattern.quote(directive) + "/attachments/\\d+)\"")
                .matcher(page.body());
        assertThat(link.find()).as("the attachment's link").isTrue();
        assertThat(again.download(link.group(1)).body()).isEqualTo(PDF);
        assertThat(again.get("/app/people?q=nguyen").body()).contains("Nguyễn");
    }
}
