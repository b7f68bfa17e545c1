package vn.lamtheobac.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.PlainTextValidator;
import vn.lamtheobac.shared.ZipLimits;

/**
 * The file store of every module: files live in PostgreSQL with their SHA-256, and their type is taken from their
 * content. The owning module decides who may read a file; this service only stores and returns it.
 */
@Service
@Transactional(readOnly = true)
public class Files {

    /** 20 MB per file. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final JdbcClient jdbc;

    Files(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a file if its content is one of {@code allowed} and agrees with its name's extension. Refusals name the
     * form field {@code file} and say what is wrong in the user's words.
     */
    @Transactional
    public StoredFile store(String fileName, byte[] content, Collection<FileKind> allowed) {
        if (fileName != null && !PlainTextValidator.isOneLine(fileName)) {
            throw BusinessRuleException.atField("file", "file.error.name", printable(fileName));
        }
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw BusinessRuleException.atField("file", "file.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessRuleException.atField("file", "file.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        var claimed = FileKind.byName(name).filter(allowed::contains);
        if (claimed.isEmpty()) {
            throw BusinessRuleException.atField("file", "file.error.extension", name, allowedExtensions(allowed));
        }
        ZipLimits.check(name, content);
        var actual = FileKind.sniff(content);
        if (actual.isEmpty() || actual.get() != claimed.get()) {
            throw BusinessRuleException.atField(
                    "file", "file.error.content", name, claimed.get().name());
        }
        String sha256 = sha256(content);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        long id = jdbc.sql("""
                        insert into document.files (file_name, content_type, size, sha256, content, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        name,
                        actual.get().contentType(),
                        content.length,
                        sha256,
                        content,
                        authentication == null ? "system" : authentication.getName())
                .query(Long.class)
                .single();
        return describe(id);
    }

    public StoredFile describe(long id) {
        return jdbc.sql("select id, file_name, content_type, size, sha256, created_at from document.files where id = ?")
                .param(id)
                .query((rs, i) -> new StoredFile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("File", id));
    }

    public List<StoredFile> describe(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, file_name, content_type, size, sha256, created_at from document.files
                        where id = any (?) order by id
                        """)
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> new StoredFile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    public byte[] content(long id) {
        return jdbc.sql("select content from document.files where id = ?")
                .param(id)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new NotFoundException("File", id));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the name a user gave, without any path and without control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "tep-dinh-kem";
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return bytes.length > 200 ? name.substring(0, Math.min(name.length(), 200)) : name;
    }

    /** The name as it can be shown in a message: each control character as "?", each bidi control as its code. */
    private static String printable(String fileName) {
        var out = new StringBuilder();
        fileName.codePoints().limit(200).forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                out.append('?');
            } else if (c <= 0xFFFF && PlainTextValidator.isBidiControl((char) c)) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String allowedExtensions(Collection<FileKind> allowed) {
        return String.join(
                ", ",
                allowed.stream()
                        .flatMap(k -> k.extensions().stream())
                        .map(e -> "." + e)
                        .toList());
    }
}
