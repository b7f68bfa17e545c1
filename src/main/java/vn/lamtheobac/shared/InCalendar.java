package vn.lamtheobac.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date within the calendar the system keeps, 1900 to 2100: a birth date of the oldest member, a deadline of the
 * longest plan. 31/12/9999 is a typing slip, not a deadline. Every date of every form and command carries it.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = InCalendar.Validator.class)
public @interface InCalendar {

    int MIN_YEAR = 1900;
    int MAX_YEAR = 2100;

    String message() default "{validation.inCalendar}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link InCalendar}. */
    class Validator implements ConstraintValidator<InCalendar, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return holds(value);
        }

        /** True when {@code date} is absent or between 1 January 1900 and 31 December 2100. */
        public static boolean holds(LocalDate date) {
            return date == null || (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR);
        }
    }
}
