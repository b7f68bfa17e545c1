package vn.lamtheobac.shared.web;

import jakarta.validation.constraints.Size;
import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import vn.lamtheobac.shared.PlainText;
import vn.lamtheobac.shared.PlainTextValidator;
import vn.lamtheobac.shared.text.VietnameseText;

/**
 * Every text a page binds into a form object is cleaned once, here, instead of in each service: it is normalised by
 * {@link VietnameseText#normalise} (Unicode NFC, as a name typed on a Mac arrives decomposed; non-breaking and other
 * spaces made plain; zero-width characters removed; trimmed), and a blank field becomes {@code null}, so "not given"
 * has one representation. A single request parameter, path variable or header bound to a {@code String} (a search's
 * {@code q}) is normalised the same way, blank kept as sent. Password fields and parameters are bound exactly as
 * typed.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

    @InitBinder
    void cleanText(WebDataBinder binder) {
        var type =
                binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type == null && binder.getTarget() != null) {
            type = binder.getTarget().getClass();
        }
        if (type != null && !BeanUtils.isSimpleValueType(type)) {
            binder.registerCustomEditor(String.class, new CleanText());
            for (var property : BeanUtils.getPropertyDescriptors(type)) {
                if (property.getPropertyType() == String.class) {
                    var field = ReflectionUtils.findField(type, property.getName());
                    if (field != null) {
                        int max = Arrays.stream(field.getAnnotationsByType(Size.class))
                                .filter(size -> size.groups().length == 0)
                                .mapToInt(Size::max)
                                .min()
                                .orElse(Integer.MAX_VALUE);
                        var plain = field.getAnnotation(PlainText.class);
                        boolean oneLine = plain != null && !plain.multiLine();
                        binder.registerCustomEditor(String.class, property.getName(), new CleanText(max, oneLine));
                    }
                }
            }
            Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                    .map(p -> p.getName())
                    .filter(name -> name.toLowerCase(Locale.ROOT).contains("password"))
                    .forEach(name -> binder.registerCustomEditor(String.class, name, new AsTyped()));
        } else if (!binder.getObjectName().toLowerCase(Locale.ROOT).contains("password")) {
            binder.registerCustomEditor(String.class, new NormalisedParameter());
        }
    }

    /** The text without the invisible direction controls that disguise it ({@code report\u202Efdp.exe.pdf}). */
    static String withoutBidiControls(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!PlainTextValidator.isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Normalised ({@link VietnameseText#normalise}), blank as {@code null}. */
    static String clean(String text) {
        String normalised = VietnameseText.normalise(text);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }

    /**
     * Trimmed, NFC, blank as {@code null}; bidirectional controls dropped; longer than the field's {@code @Size(max)},
     * or a line break in a one-line {@link PlainText} field, is a binding error at the field (whether or not the
     * controller validates the form), so no form stores a text its column does not hold.
     */
    private static final class CleanText extends PropertyEditorSupport {
        private final int max;
        private final boolean oneLine;

        CleanText() {
            this(Integer.MAX_VALUE, false);
        }

        CleanText(int max, boolean oneLine) {
            this.max = max;
            this.oneLine = oneLine;
        }

        @Override
        public void setAsText(String text) {
            String cleaned = clean(text);
            if (cleaned != null) {
                cleaned = withoutBidiControls(cleaned);
                if (cleaned.length() > max || (oneLine && !PlainTextValidator.isOneLine(cleaned))) {
                    throw new IllegalArgumentException("text of " + cleaned.length() + " characters");
                }
                cleaned = cleaned.isBlank() ? null : cleaned;
            }
            setValue(cleaned);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    /** A request parameter: normalised, blank kept as sent ({@code defaultValue = ""} stays empty). */
    private static final class NormalisedParameter extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(VietnameseText.normalise(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    private static final class AsTyped extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
