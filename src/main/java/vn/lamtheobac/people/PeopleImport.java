package vn.lamtheobac.people;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.ZipLimits;

/**
 * Imports people from the XLSX template, as durable background jobs ({@link ImportTask}, {@link ImportRun}). The whole
 * file is checked first and every problem reported by row and column; nothing is written unless the whole file is
 * valid, and then everything is written in one transaction. A blank cell keeps what is on record; rows are matched to
 * records by record id, national ID, then party card number, so importing the same file (or an export) again changes
 * nothing. From the web page, the uploader first sees what will change and confirms it.
 */
@Service
public class PeopleImport {

    /** The most rows a file may have; read in one streaming pass, with bounded memory. */
    public static final int MAX_ROWS = 1_000_000;

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Past this many problems the file is not worth reading further (every one of them is kept). */
    static final int MAX_ERRORS = 100_000;

    /** The problems a job's view carries; the page and the downloads page through the rest. */
    static final int ERRORS_SHOWN = 1_000;

    /** Rows checked together: one query finds the records they name. */
    static final int CHUNK = 1_000;

    private final ImportJobs jobs;
    private final ImportStaging staging;
    private final ImportTask.Queue queue;
    private final OrganizationManagement organizations;

    PeopleImport(ImportJobs jobs, ImportStaging staging, ImportTask.Queue queue, OrganizationManagement organizations) {
        this.jobs = jobs;
        this.staging = staging;
        this.queue = queue;
        this.organizations = organizations;
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
     * any node may run. A valid file is written at once unless it holds text converted from a legacy encoding (then
     * it waits for {@link #confirm}).
     */
    public long start(String fileName, byte[] content, Scope scope) {
        return start(fileName, content, scope, false);
    }

    /**
     * Queues a file; with {@code reviewFirst} a valid file waits ({@link ImportStatus#READY}) until the uploader has
     * seen what it will change and confirms it.
     */
    public long start(String fileName, byte[] content, Scope scope, boolean reviewFirst) {
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
        long id = jobs.queue(scope, fileName == null ? "import.xlsx" : fileName, content, !reviewFirst);
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

    /**
     * The uploader confirms a checked file: it is written in the background. Text converted from a legacy encoding
     * must have been looked at ({@code conversionsAccepted}).
     */
    public void confirm(long id, Scope scope, boolean conversionsAccepted) {
        var job = get(id, scope);
        requireImporter(scope);
        if (job.status() != ImportStatus.READY) {
            throw new BusinessRuleException("import.error.notReady");
        }
        if (job.conversionCount() > 0 && !conversionsAccepted) {
            throw BusinessRuleException.atField("conversionsAccepted", "import.error.acceptConversions");
        }
        int attempt = jobs.confirm(id, scope).orElseThrow(() -> new BusinessRuleException("import.error.notReady"));
        queue.schedule(id, attempt);
    }

    /** The uploader drops a checked or refused file: nothing is written, the file is forgotten. */
    @Transactional
    public void cancel(long id, Scope scope) {
        get(id, scope);
        if (!jobs.cancel(id, scope.accountId())) {
            throw new BusinessRuleException("import.error.notReady");
        }
        staging.clearRows(id);
    }

    /** A job of the caller's own, with the first {@value #ERRORS_SHOWN} of its problems. */
    public ImportJobView get(long id, Scope scope) {
        var job = jobs.find(id, scope.accountId()).orElseThrow(() -> new NotFoundException("ImportJob", id));
        return job.errorCount() == 0 ? job : job.withErrors(staging.errorPage(id, 0, ERRORS_SHOWN));
    }

    /** A page of a job's problems, by row. */
    public List<ImportError> errors(long id, Scope scope, int offset, int limit) {
        get(id, scope);
        return staging.errorPage(id, offset, limit);
    }

    /** Every problem of a job, by row, however many. */
    public void forEachError(long id, Scope scope, Consumer<ImportError> sink) {
        get(id, scope);
        staging.forEachError(id, sink);
    }

    /** A row of a checked file that will change something, as the preview shows it. */
    public record Change(
            int row, boolean created, String fullName, String organizationName, List<FieldChange> fields) {}

    /** One field of a record, on record and as it will be (null: empty). */
    public record FieldChange(String field, String before, String after) {}

    /** Text converted from a legacy Vietnamese encoding, by row and column. */
    public record Conversion(int row, String column, String from, String to, String encoding) {}

    /** A page of what a checked (ready) file will change, by row. */
    public List<Change> changes(long id, Scope scope, int offset, int limit) {
        get(id, scope);
        var rows = staging.changes(id, offset, limit);
        var names = organizations.names(rows.stream()
                .flatMap(c -> c.before() == null
                        ? java.util.stream.Stream.of(c.organizationId())
                        : java.util.stream.Stream.of(
                                c.organizationId(), c.before().organizationId()))
                .distinct()
                .toList());
        return rows.stream().map(c -> ImportPreview.change(c, names)).toList();
    }

    /** A page of the text a checked file holds in a legacy encoding, with its conversion, by row. */
    public List<Conversion> conversions(long id, Scope scope, int offset, int limit) {
        get(id, scope);
        return staging.conversions(id, offset, limit).stream()
                .flatMap(r -> r.conversions().stream()
                        .map(c -> new Conversion(r.row(), c.column(), c.from(), c.to(), c.encoding())))
                .toList();
    }

    /** A refused file's copy with its errors, ready to be written. */
    public interface ErrorCopy {
        /** The name to download it under ("danh-sach-loi.xlsx"). */
        String fileName();

        void writeTo(OutputStream out, Function<ImportError, String> message) throws IOException;
    }

    /**
     * The uploaded file back with an error column (every problem of each row) and its faulty cells marked, to be
     * corrected and imported again; only while the refused job keeps its file (404 otherwise, before anything is
     * written).
     */
    public ErrorCopy errorCopy(long id, Scope scope) {
        var job = get(id, scope);
        byte[] content = job.status() == ImportStatus.REJECTED && job.errorCount() > 0 ? jobs.content(id) : null;
        if (content == null) {
            throw new NotFoundException("ImportJob", id);
        }
        String name = job.fileName().replaceFirst("(?i)\\.xlsx$", "") + "-loi.xlsx";
        return new ErrorCopy() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void writeTo(OutputStream out, Function<ImportError, String> message) throws IOException {
                ImportErrorCopy.write(content, staging, id, message, out);
            }
        };
    }

    /** The caller's latest jobs, newest first. */
    public List<ImportJobView> recent(Scope scope) {
        return jobs.recent(scope.accountId(), 10);
    }

    /** The empty template (see {@link PeopleTemplate}). */
    public byte[] template() {
        return PeopleTemplate.workbook(MAX_ROWS);
    }
}
