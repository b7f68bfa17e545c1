package vn.lamtheobac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every text field of every form object has a length limit ({@code @Size(max)} within {@link TextLimits#BODY}, the
 * bound PostgreSQL holds the column to since V1_24), which the form binding enforces at the field. A new form with an
 * unbounded text fails here.
 */
class TextLimitsTests {

    @Test
    void everyTextOfEveryFormIsBoundedAndPlain() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.lamtheobac");
        List<String> unbounded = new ArrayList<>();
        int checked = 0;
        for (var javaClass : classes) {
            if (!javaClass.getSimpleName().endsWith("Form")
                    || javaClass.isEnum()
                    || javaClass.isInterface()
                    // the account and profile forms are the sign-in work's (issue 11, auth)
                    || javaClass.getPackageName().startsWith("vn.lamtheobac.identity")) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() != String.class
                        || Modifier.isStatic(field.getModifiers())
                        || field.getName().toLowerCase(java.util.Locale.ROOT).contains("password")
                        || field.getName().equals("confirmation")) {
                    continue;
                }
                checked++;
                Size[] sizes = field.getAnnotationsByType(Size.class);
                boolean bounded = java.util.Arrays.stream(sizes)
                        .anyMatch(s -> s.groups().length == 0 && s.max() <= TextLimits.BODY);
                if (!bounded) {
                    unbounded.add(type.getName() + "." + field.getName());
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(unbounded).as("form texts without @Size(max)").isEmpty();
    }

    @Test
    void plainTextRefusesControlsAndHiddenDirectionCharacters() {
        assertThat(PlainTextValidator.isOneLine("Chi bộ Giáo viên")).isTrue();
        assertThat(PlainTextValidator.isOneLine("report\u202Efdp.exe.pdf")).isFalse();
        assertThat(PlainTextValidator.isOneLine("tên\u001B[31m")).isFalse();
        assertThat(PlainTextValidator.isOneLine("hai\ndòng")).isFalse();
        assertThat(PlainTextValidator.isMultiLine("hai\ndòng\tthụt")).isTrue();
        assertThat(PlainTextValidator.isMultiLine("a\u0000b")).isFalse();
        assertThat(PlainTextValidator.isMultiLine("a\u2066b")).isFalse();
    }
}
