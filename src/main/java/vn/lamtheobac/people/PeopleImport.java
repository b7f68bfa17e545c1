package vn.lamtheobac.people;

import static vn.lamtheobac.people.ImportCells.date;
import static vn.lamtheobac.people.ImportCells.fold;
import static vn.lamtheobac.people.ImportCells.indexOfFolded;
import static vn.lamtheobac.people.ImportCells.text;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonCommands.TransferPerson;
import vn.lamtheobac.people.PersonCommands.UpdatePerson;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.ZipLimits;

/**
 * Imports people from the XLSX template. The whole file is read with a streaming reader and validated first; every
 * problem is reported by row and column; nothing is written unless the whole file is valid, and then everything is
 * written in one transaction. Rows are matched to existing people by national ID, then party card number, so importing
 * the same file again changes nothing. The work runs in the background; its progress is kept in the database.
 */
@Service
public class PeopleImport {

    private static final Logger log = LoggerFactory.getLogger(PeopleImport.class);

    public static final int MAX_ROWS = 50_000;
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    static final int MAX_REPORTED_ERRORS = 500;

    private final ImportJobs jobs;
    private final People people;
    private final PersonManagement management;
    private final OrganizationManagement organizations;
    private final ImportTask.Queue queue;
    private final TransactionTemplate writeTransaction;
    private final Clock clock;

    PeopleImport(
            ImportJobs jobs,
            People people,
            PersonManagement management,
            OrganizationManagement organizations,
            ImportTask.Queue queue,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jobs = jobs;
        this.people = people;
        this.management = management;
        this.organizations = organizations;
        this.queue = queue;
        this.writeTransaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the caller may import people at all. */
    public boolean canImport(Scope scope) {
        return !scope.rootsWith(Role.RECORD_KEEPERS).isEmpty();
    }

    /** Refuses (403) the import page and its template to whoever keeps no one's records. */
    public void requireImporter(Scope scope) {
        if (!canImport(scope)) {
            throw new ForbiddenException("person.error.notRecordKeeper");
        }
    }

    /**
     * Queues a file for import and returns the job id; the work continues in the background, as a durable task that
     * any node may run.
     */
    public long start(String fileName, byte[] content, Scope scope) {
        if (!canImport(scope)) {
            throw new ForbiddenException("person.error.notRecordKeeper");
        }
        if (content == null || content.length == 0) {
            throw BusinessRuleException.atField("file", "import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessRuleException.atField("file", "import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        ZipLimits.checkUpload(fileName, content);
        long id = jobs.queue(scope, fileName == null ? "import.xlsx" : fileName, content);
        queue.schedule(id, 1);
        return id;
    }

    /** Runs an interrupted job of the caller's again, from the file it kept, with the caller's scope of now. */
    public void runAgain(long id, Scope scope) {
        if (!canImport(scope)) {
            throw new ForbiddenException("person.error.notRecordKeeper");
        }
        var job = get(id, scope);
        int attempt = jobs.runAgain(job.id(), scope)
                .orElseThrow(() -> new BusinessRuleException("import.error.notInterrupted"));
        queue.schedule(id, attempt);
    }

    /** A job of the caller's own. */
    public ImportJobView get(long id, Scope scope) {
        return jobs.find(id, scope.accountId()).orElseThrow(() -> new NotFoundException("ImportJob", id));
    }

    /** The caller's latest jobs, newest first. */
    public List<ImportJobView> recent(Scope scope) {
        return jobs.recent(scope.accountId(), 10);
    }

    /** The empty template (see {@link PeopleTemplate}). */
    public byte[] template() {
        return PeopleTemplate.workbook(MAX_ROWS);
    }

    // ---------------------------------------------------------------------------------------------------- the work

    /** One data row of the file, as read. */
    record ImportRow(int row, PersonDetails details, String organizationName, Long organizationId, Long existingId) {}

    /** The work of a job, on the thread of the scheduler's task (see {@link ImportTask}). */
    void run(long jobId, Scope scope) {
        if (!jobs.begin(jobId)) {
            log.info("Import job {} is not waiting to run; nothing to do", jobId);
            return;
        }
        try {
            byte[] content = jobs.content(jobId);
            var errors = new ArrayList<ImportError>();
            var rows = read(content, errors);
            jobs.progress(jobId, rows.size(), 0);
            rows = validate(rows, scope, errors);
            if (!errors.isEmpty()) {
                jobs.finish(jobId, ImportStatus.REJECTED, errors, 0, 0, 0);
                return;
            }
            jobs.status(jobId, ImportStatus.WRITING);
            var finalRows = rows;
            int[] counts = writeTransaction.execute(status -> write(jobId, finalRows, scope));
            jobs.finish(jobId, ImportStatus.DONE, List.of(), counts[0], counts[1], counts[2]);
        } catch (RuntimeException e) {
            log.warn("Import job {} failed", jobId, e);
            var error = e instanceof BusinessRuleException rule
                    ? new ImportError(0, null, rule.messageKey(), args(rule.args()))
                    : new ImportError(0, null, "import.error.unexpected", List.of());
            jobs.finish(jobId, ImportStatus.FAILED, List.of(error), 0, 0, 0);
        }
    }

    /** Reads every non-empty data row; a wrong template or an unreadable file is one error and no rows. */
    List<ImportRow> read(byte[] content, List<ImportError> errors) {
        var rows = new ArrayList<ImportRow>();
        var formatter = new DataFormatter();
        try (var workbook =
                StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            boolean headerSeen = false;
            for (Row row : sheet) {
                if (!headerSeen) {
                    headerSeen = true;
                    if (!headerMatches(row, formatter)) {
                        errors.add(new ImportError(1, null, "import.error.template", List.of()));
                        return List.of();
                    }
                    continue;
                }
                var values = new EnumMap<PeopleImportColumns, Cell>(PeopleImportColumns.class);
                boolean blank = true;
                for (var column : PeopleImportColumns.values()) {
                    Cell cell = row.getCell(column.ordinal());
                    if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                        values.put(column, cell);
                        blank = false;
                    }
                }
                if (blank) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    errors.add(new ImportError(
                            row.getRowNum() + 1, null, "import.error.tooManyRows", List.of(String.valueOf(MAX_ROWS))));
                    return List.of();
                }
                rows.add(parse(row.getRowNum() + 1, values, formatter, errors));
            }
            if (!headerSeen) {
                errors.add(new ImportError(1, null, "import.error.template", List.of()));
            }
        } catch (IOException | RuntimeException e) {
            if (errors.isEmpty()) {
                errors.add(new ImportError(0, null, "import.error.notXlsx", List.of()));
            }
            return List.of();
        }
        return rows;
    }

    private static boolean headerMatches(Row row, DataFormatter formatter) {
        for (var column : PeopleImportColumns.values()) {
            Cell cell = row.getCell(column.ordinal());
            if (cell == null || !fold(formatter.formatCellValue(cell)).equals(fold(column.header))) {
                return false;
            }
        }
        return true;
    }

    private ImportRow parse(
            int rowNumber, Map<PeopleImportColumns, Cell> cells, DataFormatter formatter, List<ImportError> errors) {
        String fullName = text(cells.get(PeopleImportColumns.FULL_NAME), formatter);
        if (fullName == null) {
            errors.add(error(rowNumber, PeopleImportColumns.FULL_NAME, "import.error.required"));
        }
        String categoryText = text(cells.get(PeopleImportColumns.CATEGORY), formatter);
        PersonCategory category = null;
        if (categoryText == null) {
            errors.add(error(rowNumber, PeopleImportColumns.CATEGORY, "import.error.required"));
        } else {
            int index = indexOfFolded(PeopleImportColumns.CATEGORY_LABELS, categoryText);
            if (index < 0) {
                errors.add(error(rowNumber, PeopleImportColumns.CATEGORY, "import.error.category", categoryText));
            } else {
                category = PersonCategory.values()[index];
            }
        }
        String genderText = text(cells.get(PeopleImportColumns.GENDER), formatter);
        Gender gender = null;
        if (genderText != null) {
            switch (fold(genderText)) {
                case "nam" -> gender = Gender.MALE;
                case "nu" -> gender = Gender.FEMALE;
                default -> errors.add(error(rowNumber, PeopleImportColumns.GENDER, "import.error.gender", genderText));
            }
        }
        LocalDate dateOfBirth = date(rowNumber, PeopleImportColumns.DATE_OF_BIRTH, cells, formatter, errors);
        LocalDate partyJoinedOn = date(rowNumber, PeopleImportColumns.PARTY_JOINED_ON, cells, formatter, errors);
        String organization = text(cells.get(PeopleImportColumns.ORGANIZATION), formatter);
        if (organization == null) {
            errors.add(error(rowNumber, PeopleImportColumns.ORGANIZATION, "import.error.required"));
        }
        var details = new PersonDetails(
                category,
                fullName,
                gender,
                dateOfBirth,
                text(cells.get(PeopleImportColumns.NATIONAL_ID), formatter),
                text(cells.get(PeopleImportColumns.PARTY_CARD), formatter),
                partyJoinedOn,
                text(cells.get(PeopleImportColumns.POSITION), formatter),
                text(cells.get(PeopleImportColumns.PHONE), formatter),
                text(cells.get(PeopleImportColumns.EMAIL), formatter));
        return new ImportRow(rowNumber, details, organization, null, null);
    }

    /** Checks every row against the rules, the organisations in scope, the other rows and the people on record. */
    private List<ImportRow> validate(List<ImportRow> rows, Scope scope, List<ImportError> errors) {
        var organizationIds = new HashMap<String, Optional<Long>>();
        var nationalIds = new HashMap<String, Integer>();
        var cardNumbers = new HashMap<String, Integer>();
        var resolved = new ArrayList<ImportRow>(rows.size());
        var writableRoots = scope.rootsWith(Role.RECORD_KEEPERS);
        for (var row : rows) {
            if (errors.size() >= MAX_REPORTED_ERRORS) {
                break;
            }
            var d = row.details();
            var reported = errors.stream()
                    .filter(e -> e.row() == row.row())
                    .map(ImportError::column)
                    .collect(java.util.stream.Collectors.toSet());
            PersonRules.check(d, VietnamTime.today(clock)).forEach(v -> {
                String letter = PeopleImportColumns.letterOf(v.field());
                if (!reported.contains(letter)) {
                    errors.add(new ImportError(row.row(), letter, v.messageKey(), args(v.args())));
                }
            });
            String nationalId = PersonCommandsSupport.trim(d.nationalId());
            String card = PersonCommandsSupport.trim(d.partyCardNumber());
            if (nationalId == null && card == null) {
                errors.add(error(row.row(), PeopleImportColumns.NATIONAL_ID, "import.error.noKey"));
            }
            if (nationalId != null) {
                Integer first = nationalIds.putIfAbsent(nationalId, row.row());
                if (first != null) {
                    errors.add(error(
                            row.row(),
                            PeopleImportColumns.NATIONAL_ID,
                            "import.error.duplicateInFile",
                            nationalId,
                            String.valueOf(first)));
                }
            }
            if (card != null) {
                Integer first = cardNumbers.putIfAbsent(card, row.row());
                if (first != null) {
                    errors.add(error(
                            row.row(),
                            PeopleImportColumns.PARTY_CARD,
                            "import.error.duplicateInFile",
                            card,
                            String.valueOf(first)));
                }
            }
            Long organizationId = null;
            if (row.organizationName() != null) {
                var found = organizationIds.computeIfAbsent(fold(row.organizationName()), key -> {
                    var matches = organizations.findByName(row.organizationName(), scope, Role.RECORD_KEEPERS);
                    return matches.size() == 1
                            ? Optional.of(matches.get(0).id())
                            : matches.isEmpty() ? Optional.empty() : Optional.of(-1L);
                });
                if (found.isEmpty()) {
                    errors.add(error(
                            row.row(),
                            PeopleImportColumns.ORGANIZATION,
                            "import.error.organizationUnknown",
                            row.organizationName()));
                } else if (found.get() == -1L) {
                    errors.add(error(
                            row.row(),
                            PeopleImportColumns.ORGANIZATION,
                            "import.error.organizationAmbiguous",
                            row.organizationName()));
                } else {
                    organizationId = found.get();
                }
            }
            // Only records the caller can read are matched: a number held outside the scope is imported as a new
            // person, who becomes provisional and asks for a transfer, exactly as the form does (no oracle).
            Optional<Long> byNationalId = visible(people.withNationalId(nationalId), scope);
            Optional<Long> byCard = visible(people.withPartyCardNumber(card), scope);
            if (byNationalId.isPresent() && byCard.isPresent() && !byNationalId.equals(byCard)) {
                errors.add(error(row.row(), PeopleImportColumns.PARTY_CARD, "import.error.keysConflict"));
            }
            Long existingId = byNationalId.or(() -> byCard).orElse(null);
            if (existingId != null) {
                var existing = people.findById(existingId).orElseThrow();
                if (!organizations.isWithin(existing.organizationId(), writableRoots)) {
                    errors.add(error(
                            row.row(),
                            nationalId != null ? PeopleImportColumns.NATIONAL_ID : PeopleImportColumns.PARTY_CARD,
                            "import.error.outOfScope"));
                }
            }
            resolved.add(new ImportRow(row.row(), d, row.organizationName(), organizationId, existingId));
        }
        return resolved;
    }

    /** Writes every row; returns created, updated and unchanged counts. Runs in one transaction. */
    private int[] write(long jobId, List<ImportRow> rows, Scope scope) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (var row : rows) {
            if (row.existingId() == null) {
                management.register(new RegisterPerson(row.details(), row.organizationId(), null), scope);
                created++;
            } else {
                var existing = people.findById(row.existingId()).orElseThrow();
                boolean sameDetails = sameDetails(existing, row.details());
                boolean sameOrganization = existing.organizationId() == row.organizationId();
                if (sameDetails && sameOrganization) {
                    unchanged++;
                } else {
                    int version = existing.version();
                    if (!sameDetails) {
                        management.update(new UpdatePerson(existing.id(), row.details(), version), scope);
                        version++;
                    }
                    if (!sameOrganization) {
                        management.transfer(
                                new TransferPerson(existing.id(), row.organizationId(), null, "import", version),
                                scope);
                    }
                    updated++;
                }
            }
            if (++done % 100 == 0) {
                jobs.progress(jobId, rows.size(), done);
            }
        }
        jobs.progress(jobId, rows.size(), done);
        return new int[] {created, updated, unchanged};
    }

    private static boolean sameDetails(PersonView p, PersonDetails d) {
        return p.category() == d.category()
                && Objects.equals(p.fullName(), VietnameseNames.normalise(d.fullName()))
                && p.gender() == d.gender()
                && Objects.equals(p.dateOfBirth(), d.dateOfBirth())
                && Objects.equals(p.nationalId(), PersonCommandsSupport.trim(d.nationalId()))
                && Objects.equals(p.partyCardNumber(), PersonCommandsSupport.trim(d.partyCardNumber()))
                && Objects.equals(p.partyJoinedOn(), d.partyJoinedOn())
                && Objects.equals(p.position(), PersonCommandsSupport.trim(d.position()))
                && Objects.equals(p.phone(), PersonCommandsSupport.trim(d.phone()))
                && Objects.equals(p.email(), PersonCommandsSupport.trim(d.email()));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private Optional<Long> visible(List<People.Holder> holders, Scope scope) {
        var readable = scope.rootsWith(Role.READERS);
        return holders.stream()
                .filter(h -> organizations.isWithin(h.organizationId(), readable))
                .map(People.Holder::id)
                .findFirst();
    }

    private static ImportError error(int row, PeopleImportColumns column, String key, String... args) {
        return new ImportError(row, column.letter, key, List.of(args));
    }

    private static List<String> args(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
