package vn.lamtheobac.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import vn.lamtheobac.shared.PlainTextValidator;

/**
 * The JSON side of {@link InputGuard}: a string of an API body holding a control character (NUL, ESC…), or a list
 * holding {@code null}, is refused while the body is read, so the API answers 400 naming the field instead of
 * PostgreSQL refusing the text, or a service meeting {@code null}, later.
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
        return new SimpleModule("plain-json-strings").addDeserializer(String.class, new PlainStrings());
    }

    static final class PlainStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && PlainTextValidator.hasControl(text)) {
                throw InvalidFormatException.from(p, "control character in text", text, String.class);
            }
            return text;
        }
    }
}
