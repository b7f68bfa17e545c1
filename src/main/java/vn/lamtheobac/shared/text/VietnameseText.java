package vn.lamtheobac.shared.text;

import java.text.Normalizer;

/**
 * The one normalisation of a text a person typed or pasted, applied at every boundary (form binding, API bodies,
 * request parameters, import cells) so the same letters are stored the same way whatever sent them: a name typed on a
 * Mac arrives decomposed (NFD: "e" + U+0302 + U+0303 for "ễ"), a name copied from a web page carries non-breaking
 * spaces, one copied from a chat or a PDF zero-width spaces and soft hyphens. Without it a re-import reports changes
 * where nothing changed and the search cannot find the name.
 *
 * <p>{@link #normalise} puts the text in Unicode NFC, turns every space separator (U+00A0, U+2007, U+202F, U+3000…)
 * into an ordinary space, removes the zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF, U+180E) and soft
 * hyphens (U+00AD), and strips leading and trailing white space. Inner spaces and line breaks are kept (a minute or a
 * directive's content keeps its layout; names collapse their spaces on their own). One exception: in a text written in
 * the TCVN3 font encoding, byte 0xAD is the letter "ư" ("Tr\u00ADêng" is "Trường"), so a soft hyphen is kept when the
 * text reads as TCVN3 ({@link LegacyVietnamese#detect}), for the field to offer the converted text.
 */
public final class VietnameseText {

    private static final char SOFT_HYPHEN = '\u00AD';

    private VietnameseText() {}

    /** The text normalised as described above; {@code null} stays {@code null}. Idempotent. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = clean(text, true);
        if (cleaned.indexOf(SOFT_HYPHEN) >= 0) {
            String withoutSoftHyphens = clean(cleaned, false);
            boolean tcvn3 = LegacyVietnamese.detect(cleaned)
                    .filter(legacy -> legacy.encoding() == LegacyVietnamese.Encoding.TCVN3)
                    .isPresent();
            return tcvn3 ? cleaned : withoutSoftHyphens;
        }
        return cleaned;
    }

    /** Whether {@code c} is removed by {@link #normalise}: a zero-width character or a soft hyphen. */
    public static boolean isInvisible(char c) {
        return isZeroWidth(c) || c == SOFT_HYPHEN;
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    /** Spaces made plain, zero-width characters (and soft hyphens unless kept) removed, NFC, stripped. */
    private static String clean(String text, boolean keepSoftHyphens) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isZeroWidth(c) || (c == SOFT_HYPHEN && !keepSoftHyphens)) {
                continue;
            }
            out.append(Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c);
        }
        return Normalizer.normalize(out.toString().strip(), Normalizer.Form.NFC);
    }
}
