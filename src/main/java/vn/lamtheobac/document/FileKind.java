package vn.lamtheobac.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the system accepts, recognised by their content (magic numbers, and for Office files the parts
 * inside the ZIP), never by their name: a renamed executable is not a PDF however it is called.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    /** What directives and evidence may carry. */
    public static final List<FileKind> DOCUMENTS_AND_IMAGES = List.of(values());

    private final String contentType;
    private final List<String> extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The kind a file's name claims, by its extension. */
    public static Optional<FileKind> byName(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase();
        return Arrays.stream(values())
                .filter(k -> k.extensions.contains(extension))
                .findFirst();
    }

    /** The kind a file's bytes show it to be, if it is one we accept. */
    public static Optional<FileKind> sniff(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
            return officeKind(content);
        }
        return Optional.empty();
    }

    /** A DOCX has a {@code word/} part, an XLSX an {@code xl/} part, both beside {@code [Content_Types].xml}. */
    private static Optional<FileKind> officeKind(byte[] content) {
        boolean contentTypes = false;
        FileKind kind = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                if (name.startsWith("word/")) {
                    kind = DOCX;
                } else if (name.startsWith("xl/")) {
                    kind = XLSX;
                }
                if (contentTypes && kind != null) {
                    return Optional.of(kind);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
