package vn.lamtheobac.shared.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file answered as a download. The name goes in both {@code filename}, as a readable ASCII transliteration
 * ("Quyết định 05-QĐ-TU.docx" → "quyet-dinh-05-qd-tu.docx") for clients that ignore the extended parameter, and
 * {@code filename*} (RFC 5987/6266, UTF-8, percent-encoded), so the file arrives with its Vietnamese name in every
 * current browser. Every download of the application builds its header here.
 */
public final class Downloads {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {}

    public static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /**
     * The {@code Content-Disposition} value of an attachment named {@code fileName}: {@code attachment;
     * filename="<ascii>"; filename*=UTF-8''<percent-encoded>}.
     */
    public static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "tep" : fileName.strip();
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /**
     * A name without diacritics, in lower case, words joined by hyphens, the extension kept: "Giấy khen – Nguyễn Văn
     * An.pdf" → "giay-khen-nguyen-van-an.pdf". Only letters, digits, hyphens and the extension's dot remain.
     */
    public static String ascii(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? slug(name.substring(dot + 1)) : "";
        String slug = slug(base);
        if (slug.isEmpty()) {
            slug = "tep";
        }
        return extension.isEmpty() ? slug : slug + "." + extension;
    }

    /** Lower case ASCII letters and digits, other runs of characters turned into one hyphen. */
    private static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String rfc5987(String text) {
        var out = new StringBuilder();
        for (byte b : Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
