package vn.lamtheobac.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text a person typed, free of control characters and of the invisible bidirectional controls that disguise a name
 * ({@code report\u202Efdp.exe.pdf} shows as "reportexe.pdf"). Names, titles and file names are one line; with
 * {@code multiLine} tab and line breaks are allowed (notes, contents, reasons). See {@link PlainTextValidator}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    boolean multiLine() default false;

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
