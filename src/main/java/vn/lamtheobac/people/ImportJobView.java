package vn.lamtheobac.people;

import java.time.Instant;
import java.util.List;

/**
 * A people import as its page shows it. The counts are what the file will do while the job waits for confirmation
 * ({@link ImportStatus#READY}) and what it did once written; {@code errors} is the first page of its problems
 * (all of them: {@link PeopleImport#forEachError}).
 */
public record ImportJobView(
        long id,
        String fileName,
        ImportStatus status,
        boolean reviewFirst,
        int totalRows,
        int processedRows,
        int createdCount,
        int updatedCount,
        int unchangedCount,
        int errorCount,
        int conversionCount,
        List<ImportError> errors,
        Instant createdAt,
        Instant finishedAt) {

    public enum ImportStatus {
        QUEUED,
        VALIDATING,
        /** Checked and valid: waits for its uploader to look at the changes and confirm them. */
        READY,
        /** Confirmed: waits for a node to write it. */
        CONFIRMED,
        WRITING,
        DONE,
        REJECTED,
        FAILED,
        /** The node running it stopped (killed, restarted) before it finished; nothing was written. */
        INTERRUPTED,
        /** Its uploader dropped it before it was written. */
        CANCELLED;

        /** Nothing more will happen to the job by itself (a ready job waits for a person). */
        public boolean finished() {
            return this == DONE || this == REJECTED || this == FAILED || this == INTERRUPTED || this == CANCELLED;
        }

        /** Work is under way or queued: its page follows the progress. */
        public boolean moving() {
            return this == QUEUED || this == VALIDATING || this == CONFIRMED || this == WRITING;
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

    ImportJobView withErrors(List<ImportError> page) {
        return new ImportJobView(
                id,
                fileName,
                status,
                reviewFirst,
                totalRows,
                processedRows,
                createdCount,
                updatedCount,
                unchangedCount,
                errorCount,
                conversionCount,
                page,
                createdAt,
                finishedAt);
    }
}
