package vn.lamtheobac.people;

import java.time.Instant;
import java.util.List;

/** A people import as its progress page shows it. */
public record ImportJobView(
        long id,
        String fileName,
        ImportStatus status,
        int totalRows,
        int processedRows,
        int createdCount,
        int updatedCount,
        int unchangedCount,
        List<ImportError> errors,
        Instant createdAt,
        Instant finishedAt) {

    public enum ImportStatus {
        QUEUED,
        VALIDATING,
        WRITING,
        DONE,
        REJECTED,
        FAILED,
        /** The node running it stopped (killed, restarted) before it finished; nothing was written. */
        INTERRUPTED;

        /** Nothing more will happen to the job by itself. */
        public boolean finished() {
            return this == DONE || this == REJECTED || this == FAILED || this == INTERRUPTED;
        }

        /** The job can be run again, from the file it kept. */
        public boolean canRunAgain() {
            return this == INTERRUPTED;
        }
    }

    /**
     * One problem in the file: the spreadsheet row (as Excel numbers it) and column letter, and a message key with
     * its arguments.
     */
    public record ImportError(int row, String column, String messageKey, List<String> args) {}

    public int percent() {
        return totalRows == 0 ? (status.finished() ? 100 : 0) : Math.min(100, processedRows * 100 / totalRows);
    }
}
