package vn.lamtheobac.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import vn.lamtheobac.shared.InCalendar;

/**
 * A date as Vietnamese users type it: day, month, year. On a computer with slashes (18/05/2023, 18/5/2023); on a
 * phone keyboard, where "/" is often missing, with dashes or dots (18-05-2023, 18.05.2023) or as eight digits
 * (18052023). Strict: a day that is not in the calendar (31/02/2023) is refused, never rounded to another day, and
 * so is a year outside 1900–2100 ({@link InCalendar}: 31/12/9999 is a slip of the keyboard, not a deadline).
 */
final class DateInput {

    /** The same separator twice, or none with exactly two digits for the day and two for the month. */
    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");

    private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");

    private static final DateTimeFormatter CANONICAL =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DateInput() {}

    static LocalDate parse(String text) {
        LocalDate date = parseAny(text);
        if (!InCalendar.Validator.holds(date)) {
            throw new DateTimeParseException("outside 1900–2100", text, 0);
        }
        return date;
    }

    private static LocalDate parseAny(String text) {
        String typed = text.strip();
        var separated = SEPARATED.matcher(typed);
        if (separated.matches()) {
            return LocalDate.parse(separated.group(1) + "/" + separated.group(3) + "/" + separated.group(4), CANONICAL);
        }
        var digits = DIGITS.matcher(typed);
        if (digits.matches()) {
            return LocalDate.parse(digits.group(1) + "/" + digits.group(2) + "/" + digits.group(3), CANONICAL);
        }
        throw new DateTimeParseException("not a day/month/year date", text, 0);
    }

    static String print(LocalDate date) {
        return OUTPUT.format(date);
    }
}
