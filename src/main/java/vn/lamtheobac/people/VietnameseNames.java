package vn.lamtheobac.people;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese personal names: "Nguyễn Thị Minh Khai" is family name Nguyễn, middle names Thị Minh, given name Khai.
 * Lists sort by given name, then middle names, then family name, each by the Vietnamese alphabet (a ă â b c d đ e ê…,
 * tones after the base letter), which the JDK's Vietnamese collator implements. The key is stored hex-encoded in a
 * column with the binary "C" collation, so PostgreSQL sorts and pages by it with a plain index.
 */
final class VietnameseNames {

    private static final HexFormat HEX = HexFormat.of();
    private static final char PART_SEPARATOR = '!';

    private VietnameseNames() {}

    /** Collapses runs of spaces and trims; the form in which names are stored. */
    static String normalise(String fullName) {
        return fullName == null ? null : fullName.strip().replaceAll("\\s+", " ");
    }

    static String sortKey(String fullName) {
        return sortKey(fullName, Collator.getInstance(Locale.forLanguageTag("vi")));
    }

    /** The sort key with a collator the caller keeps (not thread-safe), for many names in a row. */
    static String sortKey(String fullName, Collator collator) {
        String[] words = normalise(fullName).split(" ");
        String family = words.length > 1 ? words[0] : "";
        String given = words[words.length - 1];
        String middle =
                words.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1)) : "";
        return key(collator, given) + PART_SEPARATOR + key(collator, middle) + PART_SEPARATOR + key(collator, family);
    }

    private static String key(Collator collator, String part) {
        return HEX.formatHex(collator.getCollationKey(part).toByteArray());
    }
}
