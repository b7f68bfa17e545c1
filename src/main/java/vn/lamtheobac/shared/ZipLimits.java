package vn.lamtheobac.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipInputStream;

/**
 * Bounds what a ZIP-based upload (DOCX, XLSX: attachments, evidence, import files) unpacks to, before it is stored or
 * read: at most {@value #MAX_INFLATED_MB} MB in all, at most {@value #MAX_ENTRIES} parts, and beyond 1 MB never more
 * than {@value #MAX_RATIO} times the file's own size (Apache POI's {@code ZipSecureFile} refuses the same ratio when
 * it opens a file). The parts are inflated through a counting buffer and the scan stops at the first limit passed, so
 * a 2 MB file of zeros that would unpack to gigabytes costs a few milliseconds and no memory.
 */
public final class ZipLimits {

    public static final int MAX_INFLATED_MB = 200;
    public static final int MAX_ENTRIES = 10_000;
    public static final int MAX_RATIO = 100;

    private static final long MAX_INFLATED = MAX_INFLATED_MB * 1024L * 1024L;
    private static final long RATIO_FROM = 1024L * 1024L;

    private ZipLimits() {}

    /**
     * Refuses {@code content} at the form field {@code file} when it is a ZIP that unpacks beyond the limits; any other
     * content (and a ZIP that cannot be read, which the type check refuses) passes.
     */
    public static void check(String fileName, byte[] content) {
        if (content == null || content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            return;
        }
        if (!withinLimits(content)) {
            throw BusinessRuleException.atField("file", "file.error.bomb", fileName, MAX_INFLATED_MB);
        }
    }

    /**
     * An upload's name and content: a name with a control or hidden direction character ({@link PlainTextValidator})
     * is refused at {@code file}, then the ZIP limits are checked as {@link #check} does.
     */
    public static void checkUpload(String fileName, byte[] content) {
        if (fileName != null && !PlainTextValidator.isOneLine(fileName)) {
            throw BusinessRuleException.atField(
                    "file", "file.error.name", fileName.replaceAll("[^\\p{L}\\p{N}. _-]", "?"));
        }
        check(fileName, content);
    }

    /** True when the ZIP in {@code content} unpacks within the limits (or is not a readable ZIP at all). */
    public static boolean withinLimits(byte[] content) {
        long ratioLimit = Math.max(RATIO_FROM, (long) content.length * MAX_RATIO);
        long limit = Math.min(MAX_INFLATED, ratioLimit);
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    return false;
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limit) {
                        return false;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return true;
        }
        return true;
    }
}
