package vn.lamtheobac.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.db.EmbeddedDatabase;

/**
 * What a new password must be: long enough, not the user name, not guessable. zxcvbn (Dropbox's estimator) checks it
 * against its bundled frequency lists — the 30,000 most common passwords among them — and finds repeats
 * ({@code aaaaaaaaaaaa}), sequences ({@code 123456789012}), keyboard walks, dates and the user's own names; a
 * password it scores below "safely unguessable" (3 of 4) is refused. The demo's published password is refused
 * whenever the demo is off.
 */
@Component
class PasswordPolicy {

    /** Printed at start-up and in the README for the demo accounts. */
    static final String DEMO_PASSWORD = "LamTheoBac@2025";

    private static final int MIN_SCORE = 3;

    /** BCrypt reads 72 bytes (UTF-8) and refuses more: about 64 letters without diacritics, fewer with them. */
    static final int MAX_BYTES = 72;

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final SecurityProperties properties;
    private final boolean demo;

    PasswordPolicy(
            SecurityProperties properties,
            @Value("${lamtheobac.demo.enabled:#{null}}") Boolean demoEnabled,
            ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
        this.properties = properties;
        this.demo = demoEnabled != null ? demoEnabled : embeddedDatabase.getIfAvailable() != null;
    }

    /** Refuses {@code password} at {@code field} with the reason a user can act on. */
    void check(String field, String password, String username, String displayName) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw BusinessRuleException.atField(field, "account.error.passwordLength", properties.minPasswordLength());
        }
        if (tooLong(password)) {
            throw BusinessRuleException.atField(field, "account.error.passwordTooLong");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw BusinessRuleException.atField(field, "account.error.passwordContainsUsername");
        }
        if (password.equals(DEMO_PASSWORD)) {
            if (demo) {
                return;
            }
            throw BusinessRuleException.atField(field, "account.error.passwordDemo");
        }
        if (zxcvbn.measure(password, personalWords(username, displayName)).getScore() < MIN_SCORE) {
            throw BusinessRuleException.atField(field, "account.error.passwordGuessable");
        }
    }

    static boolean tooLong(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    private static List<String> personalWords(String username, String displayName) {
        var words = new ArrayList<>(
                List.of(username, "lamtheobac", "lamtheo", "dangvien", "dangcongsan", "matkhau", "hochiminh", "bacho"));
        words.addAll(List.of(username.split("[._-]+")));
        if (displayName != null) {
            for (String word : displayName.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!word.isBlank()) {
                    words.add(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                            .replaceAll("\\p{M}", "")
                            .replace('đ', 'd'));
                }
            }
        }
        return words;
    }
}
