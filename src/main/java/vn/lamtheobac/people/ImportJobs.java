package vn.lamtheobac.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.shared.Scope;

/**
 * The import jobs in {@code people.import_jobs}: the queued file, its progress and its outcome, so that any node can
 * show them. Progress is written in transactions of its own, visible while the import's own transaction runs.
 */
@Repository
class ImportJobs {

    private static final String JOB = """
            select id, file_name, status, write_when_valid, total_rows, processed_rows, created_count, updated_count,
                   unchanged_count, error_count, conversion_count, created_at, finished_at
            from people.import_jobs
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    ImportJobs(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    long queue(Scope scope, String fileName, byte[] content, boolean writeWhenValid) {
        return jdbc.sql("""
                        insert into people.import_jobs (account_id, file_name, content, status, scope, write_when_valid)
                        values (?, ?, ?, ?, ?::jsonb, ?) returning id
                        """)
                .params(
                        scope.accountId(),
                        fileName,
                        content,
                        ImportStatus.QUEUED.name(),
                        json.writeValueAsString(scope),
                        writeWhenValid)
                .query(Long.class)
                .single();
    }

    /** The scope the job runs with, if the job is still there. */
    Optional<Scope> scope(long id) {
        return jdbc.sql("select scope::text from people.import_jobs where id = ? and scope is not null")
                .param(id)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, Scope.class));
    }

    /**
     * Takes a job for running: a queued one is checked ({@code VALIDATING}), a confirmed one written ({@code
     * WRITING}); empty when it waits for neither (already run, interrupted or cancelled meanwhile).
     */
    Optional<ImportStatus> begin(long id) {
        return ownTransaction.execute(
                s -> jdbc.sql("""
                        update people.import_jobs
                        set status = case status when 'QUEUED' then 'VALIDATING' else 'WRITING' end
                        where id = ? and status in ('QUEUED', 'CONFIRMED') returning status
                        """).param(id).query(String.class).optional().map(ImportStatus::valueOf));
    }

    /** Whether a valid file of this job is written without waiting for its uploader to confirm it. */
    boolean writesWhenValid(long id) {
        return jdbc.sql("select write_when_valid from people.import_jobs where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /**
     * The uploader confirms a checked job: it is queued for writing with the uploader's scope of now; returns the new
     * attempt number, or empty when the job is not theirs or not ready.
     */
    Optional<Integer> confirm(long id, Scope scope) {
        return jdbc.sql("""
                        update people.import_jobs set status = 'CONFIRMED', scope = ?::jsonb, attempts = attempts + 1
                        where id = ? and account_id = ? and status = 'READY' returning attempts
                        """)
                .params(json.writeValueAsString(scope), id, scope.accountId())
                .query(Integer.class)
                .optional();
    }

    /** The uploader drops a job waiting for them; its file goes. False when it was not theirs or not waiting. */
    boolean cancel(long id, long accountId) {
        return jdbc.sql("""
                        update people.import_jobs set status = 'CANCELLED', content = null, finished_at = now()
                        where id = ? and account_id = ? and status in ('READY', 'REJECTED')
                        """).params(id, accountId).update() == 1;
    }

    /** Checked and valid: the counts of what the file will do, then the uploader decides (current transaction). */
    void ready(long id, int created, int updated, int unchanged, int conversions) {
        jdbc.sql("""
                        update people.import_jobs
                        set status = 'READY', created_count = ?, updated_count = ?, unchanged_count = ?,
                            conversion_count = ?, error_count = 0, processed_rows = total_rows
                        where id = ?
                        """).params(created, updated, unchanged, conversions, id).update();
    }

    /** Refused: nothing is written; the file is kept so that its copy with the errors can be downloaded. */
    void rejected(long id, int errors) {
        jdbc.sql("""
                        update people.import_jobs set status = 'REJECTED', error_count = ?, processed_rows = total_rows,
                            finished_at = now()
                        where id = ?
                        """).params(errors, id).update();
    }

    /** Written (current transaction, with the rows): the counts, and the file forgotten. */
    void done(long id, int created, int updated, int unchanged) {
        jdbc.sql("""
                        update people.import_jobs
                        set status = 'DONE', created_count = ?, updated_count = ?, unchanged_count = ?,
                            total_rows = ? + ? + ?, processed_rows = ? + ? + ?, content = null, finished_at = now()
                        where id = ?
                        """)
                .params(created, updated, unchanged, created, updated, unchanged, created, updated, unchanged, id)
                .update();
    }

    /** The node running the job stopped: the job is interrupted, its file kept so that it can be run again. */
    void interrupt(long id) {
        ownTransaction.executeWithoutResult(
                s -> jdbc.sql("""
                        update people.import_jobs set status = ?
                        where id = ? and status in ('QUEUED', 'VALIDATING', 'CONFIRMED', 'WRITING')
                        """).params(ImportStatus.INTERRUPTED.name(), id).update());
    }

    /**
     * Queues an interrupted job of the caller's again, with the caller's scope of now; returns its new attempt number,
     * or empty when the job is not the caller's or not interrupted.
     */
    Optional<Integer> runAgain(long id, Scope scope) {
        return jdbc.sql("""
                        update people.import_jobs
                        set status = ?, scope = ?::jsonb, attempts = attempts + 1, total_rows = 0, processed_rows = 0,
                            error_count = 0
                        where id = ? and account_id = ? and status = ? and content is not null
                        returning attempts
                        """)
                .params(
                        ImportStatus.QUEUED.name(),
                        json.writeValueAsString(scope),
                        id,
                        scope.accountId(),
                        ImportStatus.INTERRUPTED.name())
                .query(Integer.class)
                .optional();
    }

    Optional<ImportJobView> find(long id, long accountId) {
        return jdbc.sql(JOB + " where id = ? and account_id = ?")
                .params(id, accountId)
                .query(this::map)
                .optional();
    }

    List<ImportJobView> recent(long accountId, int limit) {
        return jdbc.sql(JOB + " where account_id = ? order by id desc limit ?")
                .params(accountId, limit)
                .query(this::map)
                .list();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from people.import_jobs where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }

    void status(long id, ImportStatus status) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql("update people.import_jobs set status = ? where id = ?")
                .params(status.name(), id)
                .update());
    }

    void progress(long id, int total, int processed) {
        ownTransaction.executeWithoutResult(
                s -> jdbc.sql("update people.import_jobs set total_rows = ?, processed_rows = ? where id = ?")
                        .params(total, processed, id)
                        .update());
    }

    /** A job that could not be done: its one problem recorded, its file forgotten (a transaction of its own). */
    void failed(long id, ImportStatus status) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql("""
                        update people.import_jobs
                        set status = ?, error_count = (select count(*) from people.import_errors where job_id = ?),
                            content = case when ? then content end, finished_at = now()
                        where id = ?
                        """)
                .params(status.name(), id, status == ImportStatus.REJECTED, id)
                .update());
    }

    private ImportJobView map(ResultSet rs, int row) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new ImportJobView(
                rs.getLong("id"),
                rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")),
                !rs.getBoolean("write_when_valid"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("unchanged_count"),
                rs.getInt("error_count"),
                rs.getInt("conversion_count"),
                List.of(),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
