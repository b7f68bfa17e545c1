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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.shared.Scope;

/**
 * The import jobs in {@code people.import_jobs}: the queued file, its progress and its outcome, so that any node can
 * show them. Progress is written in transactions of its own, visible while the import's own transaction runs.
 */
@Repository
class ImportJobs {

    private static final String JOB = """
            select id, file_name, status, total_rows, processed_rows, created_count, updated_count, unchanged_count,
                   errors::text as errors, created_at, finished_at
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

    long queue(Scope scope, String fileName, byte[] content) {
        return jdbc.sql("""
                        insert into people.import_jobs (account_id, file_name, content, status, scope)
                        values (?, ?, ?, ?, ?::jsonb) returning id
                        """)
                .params(
                        scope.accountId(),
                        fileName,
                        content,
                        ImportStatus.QUEUED.name(),
                        json.writeValueAsString(scope))
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

    /** Takes a queued job for running; false when it is not queued (already run, or interrupted meanwhile). */
    boolean begin(long id) {
        return ownTransaction.execute(
                        s -> jdbc.sql("update people.import_jobs set status = ? where id = ? and status = ?")
                                .params(ImportStatus.VALIDATING.name(), id, ImportStatus.QUEUED.name())
                                .update())
                == 1;
    }

    /** The node running the job stopped: the job is interrupted, its file kept so that it can be run again. */
    void interrupt(long id) {
        ownTransaction.executeWithoutResult(
                s -> jdbc.sql("""
                        update people.import_jobs set status = ?
                        where id = ? and status in ('QUEUED', 'VALIDATING', 'WRITING')
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
                            errors = '[]'
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

    /** Records the outcome and forgets the uploaded file: personal data is not kept longer than needed. */
    void finish(long id, ImportStatus status, List<ImportError> errors, int created, int updated, int unchanged) {
        var reported = errors.size() > PeopleImport.MAX_REPORTED_ERRORS
                ? errors.subList(0, PeopleImport.MAX_REPORTED_ERRORS)
                : errors;
        ownTransaction.executeWithoutResult(s -> jdbc.sql("""
                        update people.import_jobs
                        set status = ?, errors = ?::jsonb, created_count = ?, updated_count = ?, unchanged_count = ?,
                            processed_rows = case when ? then total_rows else processed_rows end,
                            content = null, finished_at = now()
                        where id = ?
                        """)
                .params(
                        status.name(),
                        json.writeValueAsString(reported),
                        created,
                        updated,
                        unchanged,
                        status == ImportStatus.DONE,
                        id)
                .update());
    }

    private ImportJobView map(ResultSet rs, int row) throws SQLException {
        List<ImportError> errors = json.readValue(rs.getString("errors"), new TypeReference<List<ImportError>>() {});
        var finished = rs.getTimestamp("finished_at");
        return new ImportJobView(
                rs.getLong("id"),
                rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("created_count"),
                rs.getInt("updated_count"),
                rs.getInt("unchanged_count"),
                errors,
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
