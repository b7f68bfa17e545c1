package vn.lamtheobac.shared.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is one well-formed syllable of Vietnamese orthography: an initial consonant (or none), a rhyme (an
 * optional medial o/u, a vowel nucleus, an optional final consonant or semivowel) and at most one of the five tone
 * marks, where a syllable closed by p, t, c or ch takes only the acute (sắc) or the dot below (nặng), and k, gh, ngh
 * stand only before i, e, ê, y (c, g, ng never do). It tells "Nguyễn" from "NguyÔn", "Müller" or "José". The tone may
 * sit on either vowel of oa, oe, uy (hoà and hòa are both written). Case is ignored.
 */
public final class VietnameseSyllables {

    private static final List<String> INITIALS = List.of(
            "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l",
            "m", "n", "p", "r", "s", "t", "v", "x", "");

    /** Toneless rhymes, by nucleus (the spelling of Vietnamese: vần). */
    private static final Set<String> RHYMES = Set.of(
            // a ă â
            "a",
            "ac",
            "ach",
            "ai",
            "am",
            "an",
            "ang",
            "anh",
            "ao",
            "ap",
            "at",
            "au",
            "ay",
            "ăc",
            "ăm",
            "ăn",
            "ăng",
            "ăp",
            "ăt",
            "âc",
            "âm",
            "ân",
            "âng",
            "âp",
            "ât",
            "âu",
            "ây",
            // e ê
            "e",
            "ec",
            "em",
            "en",
            "eng",
            "eo",
            "ep",
            "et",
            "ê",
            "êch",
            "êm",
            "ên",
            "ênh",
            "êp",
            "êt",
            "êu",
            // i y and iê/yê
            "i",
            "ia",
            "ich",
            "im",
            "in",
            "inh",
            "ip",
            "it",
            "iu",
            "iêc",
            "iêm",
            "iên",
            "iêng",
            "iêp",
            "iêt",
            "iêu",
            "y",
            "yêm",
            "yên",
            "yêt",
            "yêu",
            // o ô ơ, and the medial o
            "o",
            "oc",
            "oi",
            "om",
            "on",
            "ong",
            "op",
            "ot",
            "ooc",
            "oong",
            "oa",
            "oac",
            "oach",
            "oai",
            "oam",
            "oan",
            "oang",
            "oanh",
            "oao",
            "oap",
            "oat",
            "oay",
            "oăc",
            "oăm",
            "oăn",
            "oăng",
            "oăt",
            "oe",
            "oen",
            "oeo",
            "oet",
            "ô",
            "ôc",
            "ôi",
            "ôm",
            "ôn",
            "ông",
            "ôp",
            "ôt",
            "ơ",
            "ơi",
            "ơm",
            "ơn",
            "ơp",
            "ơt",
            // u ư, uô ươ, and the medial u
            "u",
            "uc",
            "ui",
            "um",
            "un",
            "ung",
            "up",
            "ut",
            "ua",
            "uôc",
            "uôi",
            "uôm",
            "uôn",
            "uông",
            "uôt",
            "uân",
            "uâng",
            "uât",
            "uây",
            "uê",
            "uêch",
            "uênh",
            "uơ",
            "uy",
            "uya",
            "uych",
            "uyên",
            "uyêt",
            "uynh",
            "uyt",
            "uyu",
            "ư",
            "ưc",
            "ưi",
            "ưm",
            "ưn",
            "ưng",
            "ưt",
            "ưu",
            "ưa",
            "ươc",
            "ươi",
            "ươm",
            "ươn",
            "ương",
            "ươp",
            "ươt",
            "ươu");

    /** After qu the medial is the u of qu: qua, quân, quốc, quyết, quỳnh (and the medial o is written u: quang). */
    private static final Set<String> AFTER_QU = Set.of(
            "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "ay", "ăc", "ăm", "ăn", "ăng", "ăp",
            "ăt", "ân", "âng", "ât", "ây", "e", "en", "eo", "et", "ê", "êch", "ênh", "i", "it", "inh", "y", "ya", "ych",
            "yên", "yêt", "ynh", "yt", "yu", "ơ", "ôc", "ôi", "ôn", "ông");

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseSyllables() {}

    /** True when {@code word} (letters only) is one well-formed Vietnamese syllable. */
    public static boolean isSyllable(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        var base = new StringBuilder();
        char tone = 0;
        char letter = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                // one tone, on a vowel (ñ is n with a tilde, not a syllable with a tone)
                if (tone != 0 || "aeiouy".indexOf(letter) < 0) {
                    return false;
                }
                tone = c;
            } else {
                base.append(c);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    letter = c;
                }
            }
        }
        String toneless = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (String initial : INITIALS) {
            if (toneless.startsWith(initial) && fits(initial, toneless.substring(initial.length()), tone)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String initial, String rhyme, char tone) {
        boolean valid = switch (initial) {
            case "qu" -> AFTER_QU.contains(rhyme);
            case "gi" -> rhyme.isEmpty() || RHYMES.contains(rhyme) || RHYMES.contains("i" + rhyme);
            default -> RHYMES.contains(rhyme);
        };
        if (!valid || !spelledRight(initial, rhyme)) {
            return false;
        }
        boolean checked = rhyme.endsWith("p") || rhyme.endsWith("t") || rhyme.endsWith("c") || rhyme.endsWith("ch");
        return !checked || tone == '\u0301' || tone == '\u0323';
    }

    /** k, gh, ngh before the front vowels i, e, ê, y; c, g, ng before the others. */
    private static boolean spelledRight(String initial, String rhyme) {
        boolean front = !rhyme.isEmpty() && "ieêy".indexOf(rhyme.charAt(0)) >= 0;
        return switch (initial) {
            case "k", "gh", "ngh" -> front;
            case "c", "g", "ng" -> !front;
            default -> true;
        };
    }
}
