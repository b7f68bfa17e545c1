package vn.lamtheobac.people;

/** Small normalisations shared by the people module's writers. */
final class PersonCommandsSupport {

    private PersonCommandsSupport() {}

    /** Trimmed value, or {@code null} when blank: how optional text is stored. */
    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
