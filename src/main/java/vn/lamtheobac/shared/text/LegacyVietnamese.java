package vn.lamtheobac.shared.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Text typed in one of the 8-bit Vietnamese font encodings of the 1990s and 2000s, which every provincial office still
 * has in its Word and Excel files, recognised and converted to Unicode. Shown in a font of its encoding the text reads
 * right; read as Windows-1252 (as Excel, a browser or POI reads it) it is "NguyÔn V¨n An" (TCVN3) or "Nguyeãn Vaên An"
 * (VNI) for "Nguyễn Văn An", and no search finds it.
 *
 * <ul>
 *   <li>{@link Encoding#TCVN3}: TCVN 5712:1993, table VN3 (the ".Vn" fonts, ".VnTime", known as ABC): one byte per
 *       letter, the lower-case letters with their tones in 0xB5–0xFE, Ă Â Ê Ô Ơ Ư Đ in 0xA1–0xA7 and ă â ê ô ơ ư đ in
 *       0xA8–0xAE; other capitals with a tone have no code (the ".VnTimeH" fonts draw the lower-case codes as
 *       capitals).
 *   <li>{@link Encoding#VNI}: VNI-Windows (the "VNI-" fonts, "VNI-Times"): an ASCII base letter followed by one mark
 *       byte (aù = á, aø = à, aû = ả, aõ = ã, aï = ạ, aâ = â, aê = ă, aá = ấ, aé = ắ …), single bytes for ơ ư đ and the
 *       i's and ỵ (ô, ö, ñ, í ì æ ó ò, î), capitals likewise (AÙ = Á, Ñ = Đ).
 * </ul>
 *
 * <p>A text is taken to be legacy only when it is not already well-formed Vietnamese and every word of one
 * encoding's conversion is a well-formed Vietnamese syllable ({@link VietnameseSyllables}): correct Unicode
 * ("Nguyễn"), plain ASCII ("Nguyen Van An") and foreign names with accents ("José", "Müller", "François") are left
 * alone. The tables below are written from the encodings' published definitions.
 */
public final class LegacyVietnamese {

    /** The legacy encodings recognised. */
    public enum Encoding {
        TCVN3,
        VNI
    }

    /** A text recognised as legacy-encoded, and the same text in Unicode (NFC). */
    public record LegacyText(Encoding encoding, String converted) {}

    /** TCVN 5712:1993 VN3, bytes 0xA1–0xFE (0 where the table has no letter). */
    private static final char[] TCVN3 = new char[256];

    static {
        String[] rows = {
            "A1 Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ",
            "B5 à ả ã á ạ",
            "BB ằ ẳ ẵ ắ",
            "C6 ặ ầ ẩ ẫ ấ ậ è",
            "CE ẻ ẽ é ẹ ề ể ễ ế ệ ì ỉ",
            "DC ĩ í ị ò",
            "E1 ỏ õ ó ọ ồ ổ ỗ ố ộ ờ ở ỡ ớ ợ ù",
            "F1 ủ ũ ú ụ ừ ử ữ ứ ự ỳ ỷ ỹ ý ỵ"
        };
        for (String row : rows) {
            String[] cells = row.split(" ");
            int code = Integer.parseInt(cells[0], 16);
            for (int i = 1; i < cells.length; i++) {
                TCVN3[code++] = cells[i].charAt(0);
            }
        }
    }

    /** VNI-Windows letters of one byte: ơ ư đ, the i's with a tone, ỵ, and their capitals. */
    private static final String VNI_LETTERS = "ôơ öư ñđ íí ìì æỉ óĩ òị îỵ ÔƠ ÖƯ ÑĐ ÍÍ ÌÌ ÆỈ ÓĨ ÒỊ ÎỴ";

    /**
     * VNI-Windows marks following a vowel, lower and upper case alike: the combining characters each adds (vowel
     * modifier, then tone).
     */
    private static final String[][] VNI_MARKS = {
        {"ù", "\u0301"},
        {"ø", "\u0300"},
        {"û", "\u0309"},
        {"õ", "\u0303"},
        {"ï", "\u0323"},
        {"â", "\u0302"},
        {"á", "\u0302\u0301"},
        {"à", "\u0302\u0300"},
        {"å", "\u0302\u0309"},
        {"ã", "\u0302\u0303"},
        {"ä", "\u0302\u0323"},
        {"ê", "\u0306"},
        {"é", "\u0306\u0301"},
        {"è", "\u0306\u0300"},
        {"ú", "\u0306\u0309"},
        {"ü", "\u0306\u0303"},
        {"ë", "\u0306\u0323"}
    };

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    private LegacyVietnamese() {}

    /**
     * The text's legacy encoding and its Unicode conversion, when it reads as TCVN3 or VNI and not as Unicode
     * Vietnamese; empty otherwise (also for {@code null}, blank, ASCII and foreign text).
     */
    public static Optional<LegacyText> detect(String text) {
        if (text == null || text.chars().allMatch(c -> c < 0x80) || allSyllables(text)) {
            return Optional.empty();
        }
        int[] bytes = bytes(text);
        if (bytes == null) {
            return Optional.empty();
        }
        var candidates = new ArrayList<LegacyText>(2);
        vni(bytes)
                .filter(LegacyVietnamese::allSyllables)
                .ifPresent(t -> candidates.add(new LegacyText(Encoding.VNI, t)));
        tcvn3(bytes)
                .filter(LegacyVietnamese::allSyllables)
                .ifPresent(t -> candidates.add(new LegacyText(Encoding.TCVN3, t)));
        candidates.removeIf(candidate -> candidate.converted().equals(text));
        // both readable (rare): the one whose words are cased alike, as names are; then VNI, which needs a mark after
        // a vowel for every byte it reads where TCVN3 reads any byte as a letter
        return candidates.stream()
                .filter(candidate -> candidates.size() == 1 || casedAlike(candidate.converted()))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** Every word in capitals, or every word capitalised ("NGUYỄN VĂN AN", "Nguyễn Văn An"). */
    private static boolean casedAlike(String text) {
        String[] words = text.strip().split("\\s+");
        boolean capitals =
                java.util.Arrays.stream(words).allMatch(w -> w.chars().noneMatch(Character::isLowerCase));
        boolean titles = java.util.Arrays.stream(words)
                .allMatch(w -> Character.isUpperCase(w.charAt(0))
                        && w.substring(1).chars().noneMatch(Character::isUpperCase));
        return capitals || titles;
    }

    /** {@code text} written in {@code encoding}, as Windows-1252 shows it (the inverse of {@link #detect}). */
    public static String encode(String text, Encoding encoding) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        var out = new StringBuilder();
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            out.append(encoding == Encoding.TCVN3 ? tcvn3Of(c) : vniOf(c));
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------ decoding

    /** The Windows-1252 byte of each character (the C1 range there holds €, ‚, ƒ…), or {@code null} if one has none. */
    private static int[] bytes(String text) {
        int[] bytes = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
                bytes[i] = c;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(WINDOWS_1252);
                if (encoded.length != 1 || encoded[0] == '?') {
                    return null;
                }
                bytes[i] = encoded[0] & 0xFF;
            }
        }
        return bytes;
    }

    private static Optional<String> tcvn3(int[] bytes) {
        var out = new StringBuilder(bytes.length);
        boolean changed = false;
        for (int b : bytes) {
            if (b < 0x80 || b == 0xA0) {
                out.append(b == 0xA0 ? ' ' : (char) b);
            } else if (TCVN3[b] != 0) {
                out.append(TCVN3[b]);
                changed = true;
            } else {
                return Optional.empty();
            }
        }
        return changed ? Optional.of(recase(out.toString())) : Optional.empty();
    }

    private static Optional<String> vni(int[] bytes) {
        var out = new StringBuilder(bytes.length);
        boolean changed = false;
        for (int b : bytes) {
            char c = (char) b;
            if (b < 0x80 || b == 0xA0) {
                out.append(b == 0xA0 ? ' ' : c);
                continue;
            }
            int letter = VNI_LETTERS.indexOf(c);
            String marks = marksOf(c);
            if (marks != null && !out.isEmpty() && takes(out.charAt(out.length() - 1), marks)) {
                char vowel = out.charAt(out.length() - 1);
                out.setCharAt(out.length() - 1, compose(vowel, marks));
            } else if (letter >= 0 && letter % 3 == 0) {
                out.append(VNI_LETTERS.charAt(letter + 1));
            } else {
                return Optional.empty();
            }
            changed = true;
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    private static String marksOf(char c) {
        char lower = Character.toLowerCase(c);
        for (String[] mark : VNI_MARKS) {
            if (mark[0].charAt(0) == lower) {
                return mark[1];
            }
        }
        return null;
    }

    /** Whether a vowel takes these marks: a modifier only on a bare a/e/o (breve on a), a tone only on a toneless vowel. */
    private static boolean takes(char vowel, String marks) {
        String d = Normalizer.normalize(String.valueOf(Character.toLowerCase(vowel)), Normalizer.Form.NFD);
        char base = d.charAt(0);
        // VNI writes the i's with a tone and ỵ as letters of one byte, never i or y followed by a mark
        if ("aeouy".indexOf(base) < 0 || (base == 'y' && marks.equals("\u0323"))) {
            return false;
        }
        String existing = d.substring(1);
        boolean hasTone = existing.chars().anyMatch(m -> "\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0);
        if (hasTone) {
            return false;
        }
        if (marks.charAt(0) == '\u0302') {
            return existing.isEmpty() && "aeo".indexOf(base) >= 0;
        }
        if (marks.charAt(0) == '\u0306') {
            return existing.isEmpty() && base == 'a';
        }
        return true;
    }

    private static char compose(char vowel, String marks) {
        String d = Normalizer.normalize(String.valueOf(vowel), Normalizer.Form.NFD);
        return Normalizer.normalize(d + marks, Normalizer.Form.NFC).charAt(0);
    }

    /**
     * TCVN3 has no capitals with a tone: a text written in capitals ("NGUYÔN V¡N AN", a word of two ASCII letters or
     * more, all capitals) takes its converted letters in capitals too, and a word starting with a lower-case converted letter among capitalised words ("¸nh" in "Lª ¸nh"), or
     * among words that all start with one ("¸nh"), is capitalised, as names are.
     */
    private static String recase(String converted) {
        boolean capitals = java.util.Arrays.stream(converted.split("\\s+"))
                        .anyMatch(w -> w.chars()
                                        .filter(c -> c < 0x80 && Character.isLetter(c))
                                        .count()
                                > 1)
                && converted
                        .chars()
                        .filter(c -> c < 0x80 && Character.isLetter(c))
                        .allMatch(Character::isUpperCase);
        if (capitals) {
            return converted.toUpperCase(Locale.ROOT);
        }
        List<String> words = List.of(converted.split("(?<=\\s)|(?=\\s)"));
        boolean titled = words.stream().anyMatch(w -> !w.isBlank() && Character.isUpperCase(w.charAt(0)))
                || words.stream()
                        .noneMatch(w -> !w.isBlank() && w.charAt(0) < 0x80 && Character.isLowerCase(w.charAt(0)));
        var out = new StringBuilder(converted.length());
        for (String word : words) {
            if (titled && !word.isBlank() && Character.isLowerCase(word.charAt(0)) && word.charAt(0) >= 0x80) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    /** Every word (run of letters and marks) a well-formed Vietnamese syllable, and at least one word. */
    static boolean allSyllables(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String[] words = composed.split("[^\\p{L}\\p{M}]+");
        boolean any = false;
        for (String word : words) {
            if (!word.isEmpty()) {
                if (!VietnameseSyllables.isSyllable(word)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    // ------------------------------------------------------------------------------------------------ encoding

    private static String tcvn3Of(char c) {
        if (c < 0x80) {
            return String.valueOf(c);
        }
        for (int b = 0xA1; b < 256; b++) {
            if (TCVN3[b] == c) {
                return String.valueOf(windows1252(b));
            }
        }
        char lower = Character.toLowerCase(c);
        for (int b = 0xA8; b < 256; b++) {
            if (TCVN3[b] == lower) {
                return String.valueOf(windows1252(b));
            }
        }
        throw new IllegalArgumentException("no TCVN3 code for " + c);
    }

    private static String vniOf(char c) {
        if (c < 0x80) {
            return String.valueOf(c);
        }
        int letter = unicodeLetter(c);
        if (letter >= 0) {
            return String.valueOf(VNI_LETTERS.charAt(letter - 1));
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        // the vowel's modifier (circumflex, breve, horn) before its tone, as VNI writes them
        String marks = d.substring(1).replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "")
                + d.substring(1).replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
        boolean upper = Character.isUpperCase(base);
        if (marks.startsWith("\u031B")) {
            // ơ, ư with a tone: the one-byte letter, then the tone mark
            char horned =
                    Normalizer.normalize(base + "\u031B", Normalizer.Form.NFC).charAt(0);
            return vniOf(horned) + vniMark(marks.substring(1), upper);
        }
        if ((base == 'i' || base == 'I' || base == 'y' || base == 'Y')
                && !vniOf(base, marks).isEmpty()) {
            return vniOf(base, marks);
        }
        return base + vniMark(marks, upper);
    }

    /** The one-byte VNI letters for i with a tone and ỵ, empty if there is none. */
    private static String vniOf(char base, String marks) {
        char composed = Normalizer.normalize(base + marks, Normalizer.Form.NFC).charAt(0);
        int letter = unicodeLetter(composed);
        return letter >= 0 ? String.valueOf(VNI_LETTERS.charAt(letter - 1)) : "";
    }

    /** The index of {@code c} as the Unicode side of a one-byte VNI letter, or -1. */
    private static int unicodeLetter(char c) {
        for (int i = 1; i < VNI_LETTERS.length(); i += 3) {
            if (VNI_LETTERS.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static String vniMark(String marks, boolean upper) {
        if (marks.isEmpty()) {
            return "";
        }
        for (String[] mark : VNI_MARKS) {
            if (mark[1].equals(marks)) {
                return upper ? mark[0].toUpperCase(Locale.ROOT) : mark[0];
            }
        }
        throw new IllegalArgumentException("no VNI mark for " + marks);
    }

    private static char windows1252(int b) {
        return new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
    }
}
