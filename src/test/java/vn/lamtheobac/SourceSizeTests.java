package vn.lamtheobac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class grows past 500 lines, what one can read at once: a service above it is split by use case, a controller by
 * page, a repository by aggregate.
 */
class SourceSizeTests {

    static final int MAX_LINES = 500;

    @Test
    void noSourceFileIsLongerThanTheLimit() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            var tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MAX_LINES)
                    .map(f -> f + " (" + lines(f) + " lines)")
                    .toList();
            assertThat(tooLong).as("source files above %d lines", MAX_LINES).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
