package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.ImportJobView.ImportStatus;

/**
 * Not a test (its name keeps it out of {@code ./mvnw verify}): run by {@code bench/people-import.sh}. Imports a file
 * of {@code bench.rows} new people (100,000 by default) end to end — upload, streaming check, staging, set-based write
 * — then the same file again (every row unchanged), and, as the reference measured in the same run on the same
 * database, COPY of the same rows into a copy of {@code people.people} with all its indexes and generated columns.
 * Prints rows per second of each and the heap's peak, and appends them to {@code target/bench/people-import.md}.
 */
@IntegrationTest
class PeopleImportBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    PeopleImport imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void importBesideCopy() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        var tree = TestTree.create(context);
        var officer = tree.scope("officer");
        String[] cells = {"Chi bộ Văn phòng " + tree.tag, "Chi bộ Giáo viên " + tree.tag};
        long base = 500_000_000_000L + (System.nanoTime() % 1_000) * 1_000_000L;
        String[] names = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
        String[] given = {"An", "Bình", "Chi", "Dũng", "Giang", "Hạnh", "Khánh", "Linh", "Minh", "Ngọc", "Phúc", "Quân"
        };
        var file = ImportFiles.many(
                rows,
                i -> ImportFiles.row(
                        names[i % names.length] + " Văn " + given[(i / 10) % given.length] + " " + (i / 120),
                        i % 2 == 0 ? "Nam" : "Nữ",
                        String.format("%02d/%02d/%d", 1 + i % 28, 1 + i % 12, 1950 + i % 50),
                        i % 3 == 0 ? "Đảng viên chính thức" : "Đoàn viên",
                        String.format("%012d", base + i),
                        i % 3 == 0 ? String.format("8%09d", base % 1_000_000_000L + i) : null,
                        i % 3 == 0 ? "03/02/2020" : null,
                        i % 7 == 0 ? "Chuyên viên" : null,
                        "09" + String.format("%08d", i),
                        cells[i % 2]));
        resetPeaks();

        var first = timed(() -> run(imports.start("bench.xlsx", file, officer), officer));
        assertThat(first.job.errors()).isEmpty();
        assertThat(first.job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(first.job.createdCount()).isEqualTo(rows);
        var again = timed(() -> run(imports.start("bench-again.xlsx", file, officer), officer));
        assertThat(again.job.unchangedCount()).isEqualTo(rows);
        long peak = peakHeap();

        double copySeconds = copyReference(rows, base);

        String line = String.format(
                Locale.ROOT,
                "| %,d | %.1f s (%,.0f rows/s) | %.1f s (%,.0f rows/s) | %.1f s (%,.0f rows/s) | %.1f× | %d MB of %d MB |",
                rows,
                first.seconds,
                rows / first.seconds,
                again.seconds,
                rows / again.seconds,
                copySeconds,
                rows / copySeconds,
                first.seconds / copySeconds,
                peak / 1024 / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        System.out.println("| rows | import, new people | import again, unchanged | COPY reference |"
                + " import ÷ COPY | heap peak of max |");
        System.out.println(line);
        var out = Path.of("target/bench/people-import.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** COPY of the same rows (sort keys computed beforehand) into a copy of the people table with its indexes. */
    private double copyReference(int rows, long base) throws Exception {
        jdbc.sql("drop table if exists public.bench_people").update();
        jdbc.sql("create table public.bench_people (like people.people including all)")
                .update();
        var csv = new StringBuilder(rows * 120);
        long organization = jdbc.sql("select min(id) from organization.organizations")
                .query(Long.class)
                .single();
        for (int i = 0; i < rows; i++) {
            String name = "Nguyễn Văn Bình " + i;
            ImportStaging.Csv.line(
                    csv,
                    i % 3 == 0 ? "PARTY_MEMBER_OFFICIAL" : "UNION_MEMBER",
                    name,
                    VietnameseNames.sortKey(name),
                    i % 2 == 0 ? "MALE" : "FEMALE",
                    java.time.LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                    String.format("%012d", base + rows + i),
                    "09" + String.format("%08d", i),
                    organization);
        }
        try (var connection = dataSource.getConnection()) {
            long start = System.nanoTime();
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy public.bench_people (category, full_name, sort_key, gender, date_of_birth,"
                                    + " national_id, phone, organization_id) from stdin with (format csv)",
                            new StringReader(csv.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            jdbc.sql("drop table public.bench_people").update();
            return seconds;
        }
    }

    private ImportJobView run(long id, vn.lamtheobac.shared.Scope scope) {
        return Awaitility.await()
                .atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> imports.get(id, scope), j -> j.status().finished());
    }

    private record Timed(ImportJobView job, double seconds) {}

    private static Timed timed(java.util.function.Supplier<ImportJobView> work) {
        long start = System.nanoTime();
        var job = work.get();
        return new Timed(job, (System.nanoTime() - start) / 1e9);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
