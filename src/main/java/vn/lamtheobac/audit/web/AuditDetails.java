package vn.lamtheobac.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The detail of an audit line as a reader understands it. Modules record details as {@code key=value} pairs, an
 * export's filter as the query record itself ({@code rows=12 query=PeopleQuery[text=an, organizationId=5, …]}), a
 * denial's reason and a failed sign-in's exception in English: the page shows labelled parts in the reader's language
 * instead ("Số bản ghi: 12 · Từ khóa: an · Tổ chức số: 5"). Anything it does not recognise is shown as recorded.
 */
final class AuditDetails {

    /** One labelled part: the label and value are message keys when known, otherwise shown as they are. */
    record Part(String labelKey, String label, String valueKey, String value) {}

    private static final Map<String, String> REASONS = Map.of(
            "out of scope", "outOfScope",
            "Access Denied", "accessDenied",
            "BadCredentialsException", "BadCredentialsException",
            "SignInThrottledException", "SignInThrottledException",
            "DisabledException", "DisabledException");

    /** Filter fields whose values are enum constants with labels of their own. */
    private static final Map<String, String> VALUE_PREFIXES = Map.of(
            "category", "person.category.",
            "field", "initiative.field.",
            "status", "initiative.status.");

    private AuditDetails() {}

    static List<Part> of(String detail) {
        if (detail == null || detail.isBlank()) {
            return List.of();
        }
        String reason = REASONS.get(detail.strip());
        if (reason != null) {
            return List.of(new Part(null, null, "audit.detail.reason." + reason, null));
        }
        var pairs = pairs(detail.strip(), ' ');
        if (pairs == null) {
            return List.of(new Part(null, null, null, detail));
        }
        var parts = new ArrayList<Part>();
        for (var pair : pairs) {
            if (pair[0].equals("query")) {
                parts.addAll(filter(pair[1]));
            } else {
                String valueKey = pair[0].equals("kind") ? "audit.alert." + pair[1] : null;
                parts.add(new Part("audit.detail." + pair[0], pair[0], valueKey, pair[1]));
            }
        }
        return parts;
    }

    /** The fields of a recorded query record that filtered something; the page it asked for is not a filter. */
    private static List<Part> filter(String query) {
        int open = query.indexOf('[');
        var fields = open > 0 && query.endsWith("]") ? pairs(query.substring(open + 1, query.length() - 1), ',') : null;
        if (fields == null) {
            return List.of(new Part("audit.detail.query", "query", null, query));
        }
        var parts = new ArrayList<Part>();
        for (var field : fields) {
            String name = field[0];
            String value = field[1];
            if (name.equals("page") || value.equals("null") || value.equals("false") || value.isEmpty()) {
                continue;
            }
            String valueKey = value.equals("true")
                    ? "audit.detail.yes"
                    : VALUE_PREFIXES.containsKey(name) ? VALUE_PREFIXES.get(name) + value : null;
            parts.add(new Part("audit.detail.filter." + name, name, valueKey, value));
        }
        if (parts.isEmpty()) {
            parts.add(new Part("audit.detail.query", "query", "audit.detail.noFilter", null));
        }
        return parts;
    }

    /**
     * {@code a=1 b=X[c=2, d=3]} split at the separator outside brackets into name and value, or null when a piece is
     * not {@code name=value}.
     */
    private static List<String[]> pairs(String text, char separator) {
        var pieces = new ArrayList<String>();
        int depth = 0;
        var current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            if (c == separator && depth == 0) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        var pairs = new ArrayList<String[]>();
        for (String piece : pieces) {
            String trimmed = piece.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0 || !trimmed.substring(0, equals).matches("[A-Za-z]+")) {
                return null;
            }
            pairs.add(new String[] {trimmed.substring(0, equals), trimmed.substring(equals + 1)});
        }
        return pairs;
    }
}
