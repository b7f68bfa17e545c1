package vn.lamtheobac.people;

import vn.lamtheobac.shared.text.VietnameseText;

/** Small normalisations shared by the people module's writers. */
final class PersonCommandsSupport {

    private PersonCommandsSupport() {}

    /**
     * Normalised value ({@link VietnameseText#normalise}: NFC, plain spaces, no zero-width characters, trimmed), or
     * {@code null} when blank: how optional text is stored, whichever way it came (form, API, import).
     */
    static String trim(String value) {
        String normalised = VietnameseText.normalise(value);
        return normalised == null || normalised.isBlank() ? null : normalised;
    }
}
