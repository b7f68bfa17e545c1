package vn.lamtheobac.document;

import java.text.Normalizer;

/**
 * The advance widths of Times New Roman, in thousandths of an em, to measure a line before it is printed: the header of
 * HD 36 must keep "ĐẢNG CỘNG SẢN VIỆT NAM" on one line with a rule beneath it exactly as long as the words.
 *
 * <p>The widths of the printable ASCII letters are those of the font's published metrics (the Adobe Font Metrics of
 * Times Roman, Bold and Italic, which Times New Roman and the metric-compatible Liberation Serif share). A Vietnamese
 * letter takes the advance of its base letter, since the tone and vowel marks sit above or below it without widening it
 * ("Ậ" is as wide as "A", "Đ" as "D"); only the horned letters Ơ, ơ, Ư, ư are wider, and they have their own advances,
 * read from Liberation Serif 2.00. Kerning is not applied: Word and LibreOffice do not kern body text by default.
 */
final class TimesNewRoman {

    /** The faces the party documents use. */
    enum Face {
        REGULAR(
                new int[] {
                    250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500,
                            500, 500,
                    500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
                            389, 722,
                    611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
                            333, 444,
                    500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
                            500, 722,
                    500, 500, 444, 480, 200, 480, 541
                },
                722,
                528,
                775,
                541),
        BOLD(
                new int[] {
                    250, 333, 555, 500, 500, 1000, 833, 333, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500,
                            500, 500,
                    500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
                            500, 778,
                    667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
                            333, 500,
                    556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556,
                            500, 722,
                    500, 500, 444, 394, 220, 394, 520
                },
                778,
                553,
                795,
                600),
        ITALIC(
                new int[] {
                    250, 333, 420, 500, 500, 833, 778, 333, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500,
                            500, 500,
                    500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333,
                            444, 667,
                    556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500,
                            333, 500,
                    500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389, 278, 500,
                            444, 667,
                    444, 444, 389, 400, 275, 400, 541
                },
                722,
                533,
                753,
                545);

        /** Widths of U+0020 to U+007E. */
        private final int[] ascii;

        private final int capitalOHorn;
        private final int smallOHorn;
        private final int capitalUHorn;
        private final int smallUHorn;

        Face(int[] ascii, int capitalOHorn, int smallOHorn, int capitalUHorn, int smallUHorn) {
            this.ascii = ascii;
            this.capitalOHorn = capitalOHorn;
            this.smallOHorn = smallOHorn;
            this.capitalUHorn = capitalUHorn;
            this.smallUHorn = smallUHorn;
        }

        /** The advance of one character in thousandths of an em; a character outside the table counts as an "n". */
        int advance(int codePoint) {
            switch (codePoint) {
                case 'Đ', 'Ð' -> codePoint = 'D';
                case 'đ' -> codePoint = 'd';
                case 0xA0 -> codePoint = ' ';
                case 'Ơ' -> {
                    return capitalOHorn;
                }
                case 'ơ' -> {
                    return smallOHorn;
                }
                case 'Ư' -> {
                    return capitalUHorn;
                }
                case 'ư' -> {
                    return smallUHorn;
                }
                default -> {}
            }
            if (codePoint >= 0x20 && codePoint <= 0x7E) {
                return ascii[codePoint - 0x20];
            }
            return ascii['n' - 0x20];
        }
    }

    private TimesNewRoman() {}

    /**
     * The width of a line of text in points: each letter with its diacritics stripped, except the horns, which widen
     * it.
     */
    static double width(String text, Face face, double size) {
        var decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        long total = 0;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (c == 0x031B && i > 0) {
                    // the horn: the base letter before it takes the horned letter's advance instead of its own
                    total -= face.advance(previousBase(decomposed, i));
                    total += face.advance(horned(previousBase(decomposed, i)));
                }
                continue;
            }
            total += face.advance(c);
        }
        return total * size / 1000.0;
    }

    private static int previousBase(String decomposed, int end) {
        for (int j = end - 1; j >= 0; j--) {
            char c = decomposed.charAt(j);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return c;
            }
        }
        return ' ';
    }

    private static int horned(int base) {
        return switch (base) {
            case 'O' -> 'Ơ';
            case 'o' -> 'ơ';
            case 'U' -> 'Ư';
            case 'u' -> 'ư';
            default -> base;
        };
    }
}
