package vn.lamtheobac.document;

import java.time.Instant;

/** A stored file's description; its content is read with {@link Files#content(long)}. */
public record StoredFile(long id, String fileName, String contentType, long size, String sha256, Instant createdAt) {

    /** The size for people: "1,2 MB", "340 KB". */
    public String displaySize() {
        if (size >= 1024 * 1024) {
            return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", size / 1024.0 / 1024.0);
        }
        return Math.max(1, size / 1024) + " KB";
    }
}
