package vn.lamtheobac.people;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The texts of an import file's cells: normalised, dates in day/month/year, labels compared leniently. */
final class ImportCells {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What an officer writes in a cell to clear the value on record (any case, with or without diacritics). */
    static final String CLEAR_MARKER = "XÓA";

    private static final Pattern SPACES = Pattern.compile("[\\u00a0\\u2007\\u202f]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern RUNS_OF_SPACE = Pattern.compile("\\s+");
    private static final String CLEAR_FOLDED = fold(CLEAR_MARKER);

    private ImportCells() {}

    /** The text normalised as every boundary does: NFC, ordinary spaces, no invisible characters. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        text = text.replaceAll("[\\u00a0\\u2007\\u202f]", " ")
                .replaceAll("[\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad]", "");
        return text.strip();
    }

    /** Whether the cell asks for the value on record to be cleared. */
    static boolean clears(String value) {
        return value != null
                && value.length() <= CLEAR_MARKER.length() + 2
                && fold(value).equals(CLEAR_FOLDED);
    }

    /** A date typed as d/m/yyyy (a date cell arrives already so); empty when it is not one. */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value, DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static int indexOfFolded(List<String> labels, String value) {
        String folded = fold(value);
        for (int i = 0; i < labels.size(); i++) {
            if (fold(labels.get(i)).equals(folded)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case without diacritics ("Đảng viên" → "dang vien"), for lenient comparison of labels. */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(value.strip().toLowerCase(), Normalizer.Form.NFD);
        return RUNS_OF_SPACE
                .matcher(MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd'))
                .replaceAll(" ");
    }
}
