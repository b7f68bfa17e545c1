package vn.lamtheobac.shared.web;

import org.springframework.dao.DataIntegrityViolationException;

/** Whether PostgreSQL refused a write because a text is longer than its column's bound (a {@code *_length} CHECK). */
final class TooLong {

    private TooLong() {}

    static boolean is(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.contains("check constraint") && message.contains("_length\"");
    }
}
