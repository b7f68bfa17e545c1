package vn.lamtheobac.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file answered as a download. The name goes in both {@code filename} (ASCII fallback) and {@code filename*}
 * (RFC 5987, UTF-8), so "Kế hoạch số 05.pdf" arrives with its Vietnamese name in every browser.
 */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> of(String fileName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
