package vn.lamtheobac.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import vn.lamtheobac.shared.InCalendar;
import vn.lamtheobac.shared.PlainTextValidator;
import vn.lamtheobac.shared.TextLimits;
import vn.lamtheobac.shared.text.VietnameseText;

/**
 * The JSON side of {@link InputGuard}: a string of an API body holding a control character (NUL, ESC…), or a list
 * holding {@code null}, is refused while the body is read, so the API answers 400 naming the field instead of
 * PostgreSQL refusing the text, or a service meeting {@code null}, later. Every string read is normalised as forms
 * are ({@link VietnameseText#normalise}: NFC, plain spaces, no zero-width characters, trimmed).
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    /** {@code {"items":[null]}}: a list or map of an API body never holds {@code null}; reading it fails at its index. */
    @Bean
    JsonMapperBuilderCustomizer noNullsInLists() {
        return builder -> builder.changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
    }

    @Bean
    JacksonModule plainJsonStrings() {
        return new SimpleModule("plain-json-strings")
                .addDeserializer(String.class, new PlainStrings())
                .addDeserializer(LocalDate.class, new CalendarDates());
    }

    /** A date of an API body within {@link InCalendar}'s range: {@code "9999-12-31"} is refused at its field. */
    static final class CalendarDates extends StdScalarDeserializer<LocalDate> {
        CalendarDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getValueAsString();
            if (text == null) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (java.time.DateTimeException e) {
                throw InvalidFormatException.from(p, "not an ISO date", text, LocalDate.class);
            }
            if (!InCalendar.Validator.holds(date)) {
                throw InvalidFormatException.from(p, "date out of range", text, LocalDate.class);
            }
            return date;
        }
    }

    static final class PlainStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && (PlainTextValidator.hasControl(text) || !PlainTextValidator.isMultiLine(text))) {
                throw InvalidFormatException.from(p, "control character in text", text, String.class);
            }
            if (text != null && text.length() > TextLimits.BODY) {
                throw InvalidFormatException.from(p, "text too long", text.substring(0, 50), String.class);
            }
            return VietnameseText.normalise(text);
        }
    }
}
