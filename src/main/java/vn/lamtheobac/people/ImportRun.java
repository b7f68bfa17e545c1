package vn.lamtheobac.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.ImportChecks.Action;
import vn.lamtheobac.people.ImportChecks.Conversion;
import vn.lamtheobac.people.ImportChecks.ReadRow;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonCommands.TransferPerson;
import vn.lamtheobac.people.PersonCommands.UpdatePerson;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.text.LegacyVietnamese;

/**
 * The work of an import job, on the scheduler's thread ({@link ImportTask}), in two steps of one transaction each.
 * <b>Check</b>: the file is read in one streaming pass; every 1,000 rows are checked together ({@link ImportChecks})
 * and staged with COPY ({@link ImportStaging}); then the file-wide checks run in SQL. A file with any problem is
 * refused whole, every problem kept; a valid one waits for its uploader to confirm what it will change (or, for an
 * API upload, is written at once unless it holds converted legacy text). <b>Write</b>: set-based statements
 * ({@link ImportWrite}), then the few rows that involve a number held outside the scope through {@link
 * PersonManagement}. Progress is recorded as it goes, in transactions of its own, for any node to show.
 */
@Component
class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final ImportWrite write;
    private final People people;
    private final PersonManagement management;
    private final OrganizationManagement organizations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportRun(
            ImportJobs jobs,
            ImportStaging staging,
            ImportWrite write,
            People people,
            PersonManagement management,
            OrganizationManagement organizations,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jobs = jobs;
        this.staging = staging;
        this.write = write;
        this.people = people;
        this.management = management;
        this.organizations = organizations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void run(long jobId, Scope scope) {
        var step = jobs.begin(jobId);
        if (step.isEmpty()) {
            log.info("Import job {} is not waiting to run; nothing to do", jobId);
            return;
        }
        try {
            long start = System.nanoTime();
            if (step.get() == ImportStatus.VALIDATING) {
                boolean writeNow = check(jobId, scope);
                log.info("Import job {} checked in {} ms", jobId, (System.nanoTime() - start) / 1_000_000);
                if (!writeNow) {
                    return;
                }
            }
            long writing = System.nanoTime();
            transaction.executeWithoutResult(s -> write(jobId, scope));
            log.info("Import job {} written in {} ms", jobId, (System.nanoTime() - writing) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Import job {} failed", jobId, e);
            var error = e instanceof BusinessRuleException rule
                    ? new ImportError(0, null, rule.messageKey(), args(rule.args()))
                    : new ImportError(0, null, "import.error.unexpected", List.of());
            transaction.executeWithoutResult(s -> {
                staging.clear(jobId);
                staging.errors(jobId, List.of(error));
            });
            jobs.failed(jobId, ImportStatus.FAILED);
        }
    }

    /** Checks the file; true when it is to be written at once. */
    private boolean check(long jobId, Scope scope) {
        return Boolean.TRUE.equals(transaction.execute(s -> {
            staging.clear(jobId);
            var checking = new Checking(jobId, scope);
            try {
                new ImportReader().read(jobs.content(jobId), PeopleImport.MAX_ROWS, checking::total, checking::row);
                checking.flush();
            } catch (ImportReader.Refused refused) {
                checking.refuse(refused.error);
            } catch (Checking.TooManyErrors enough) {
                checking.refuse(new ImportError(
                        0, null, "import.error.tooManyErrors", List.of(String.valueOf(PeopleImport.MAX_ERRORS))));
            }
            if (!checking.refused) {
                var duplicates = staging.duplicates(jobId);
                staging.errors(jobId, duplicates);
                checking.errors += duplicates.size();
            }
            if (checking.errors > 0) {
                staging.clearRows(jobId);
                jobs.rejected(jobId, checking.errors);
                return false;
            }
            var counts = staging.counts(jobId);
            int created = staging.newOnes(jobId);
            int updated =
                    counts.get(Action.CREATE) + counts.get(Action.UPDATE) + counts.get(Action.ONE_BY_ONE) - created;
            int conversions = staging.conversionCount(jobId);
            if (jobs.writesWhenValid(jobId) && conversions == 0) {
                jobs.status(jobId, ImportStatus.WRITING);
                return true;
            }
            jobs.ready(jobId, created, updated, counts.get(Action.UNCHANGED), conversions);
            return false;
        }));
    }

    /** The state of one check: the chunk being gathered, the rows seen, the problems counted. */
    private final class Checking {

        /** Stops reading a file that is mostly wrong. */
        static final class TooManyErrors extends RuntimeException {
            TooManyErrors() {
                super(null, null, false, false);
            }
        }

        final long jobId;
        final ImportChecks checks;
        final List<ReadRow> chunk = new ArrayList<>(PeopleImport.CHUNK);
        int total;
        int seen;
        int errors;
        boolean refused;

        Checking(long jobId, Scope scope) {
            this.jobId = jobId;
            this.checks = new ImportChecks(
                    people, new ImportScope(organizations, scope), VietnamTime.today(clock), ImportRun::legacy);
        }

        void total(int rows) {
            total = rows;
            jobs.progress(jobId, rows, 0);
        }

        void row(int rowNumber, String[] values, List<ImportError> cellErrors) {
            chunk.add(new ReadRow(rowNumber, values, cellErrors));
            if (chunk.size() == PeopleImport.CHUNK) {
                flush();
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            var found = new ArrayList<ImportError>();
            var staged = checks.check(chunk, found);
            seen += chunk.size();
            chunk.clear();
            staging.stage(jobId, staged);
            staging.errors(jobId, found);
            errors += found.size();
            jobs.progress(jobId, Math.max(total, seen), seen);
            if (errors >= PeopleImport.MAX_ERRORS) {
                throw new TooManyErrors();
            }
        }

        void refuse(ImportError error) {
            staging.errors(jobId, List.of(error));
            errors++;
            refused = true;
        }
    }

    /** Text typed in a legacy Vietnamese encoding, with its Unicode form. */
    static Optional<Conversion> legacy(String text) {
        return LegacyVietnamese.detect(text)
                .map(l -> new Conversion(null, text, l.converted(), l.encoding().name()));
    }

    /** Writes a checked job: set-based first, then the rows that go one by one; the counts; the staging goes. */
    private void write(long jobId, Scope scope) {
        var counts = staging.counts(jobId);
        int created = staging.newOnes(jobId);
        int toWrite = counts.get(Action.CREATE) + counts.get(Action.UPDATE) + counts.get(Action.ONE_BY_ONE);
        var today = VietnamTime.today(clock);
        jobs.progress(jobId, toWrite, 0);
        write.write(jobId, today, done -> jobs.progress(jobId, toWrite, done));
        for (var row : staging.oneByOne(jobId)) {
            if (row.personId() == null) {
                management.register(new RegisterPerson(row.details(), row.organizationId(), null), scope);
                continue;
            }
            management.update(new UpdatePerson(row.personId(), row.details(), row.personVersion()), scope);
            if (row.organizationId() != row.fromOrganizationId()) {
                management.transfer(
                        new TransferPerson(
                                row.personId(), row.organizationId(), null, "import", row.personVersion() + 1),
                        scope);
            }
        }
        staging.clearRows(jobId);
        jobs.done(jobId, created, toWrite - created, counts.get(Action.UNCHANGED));
    }

    private static List<String> args(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }
}
