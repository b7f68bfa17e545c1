package vn.lamtheobac.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Which characters a text typed by a person may hold. No text of the system needs a control character (NUL, ESC and
 * the ANSI sequences it starts, DEL, the C1 range) other than tab and line breaks in multi-line text; names, titles
 * and file names take neither line breaks nor the invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069,
 * U+200E, U+200F, U+061C) that make {@code report\u202Efdp.exe.pdf} read as {@code reportexe.pdf}.
 */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean multiLine;

    @Override
    public void initialize(PlainText annotation) {
        multiLine = annotation.multiLine();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || (multiLine ? isMultiLine(value) : isOneLine(value));
    }

    /** True when {@code text} holds a control character that no text takes (tab, CR and LF allowed). */
    public static boolean hasControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} is fit for a one-line name, title or file name. */
    public static boolean isOneLine(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL || isBidiControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} is fit for a multi-line text (tab and line breaks allowed, no bidi control). */
    public static boolean isMultiLine(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /**
     * Where the first character of {@code text} lies that no text takes — a control character other than tab and
     * line breaks, or a bidi control — or -1: what a message names ("U+001B") when a reader (the import) reports it
     * at its cell instead of refusing the request.
     */
    public static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r')
                    || isBidiControl(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
