package vn.lamtheobac.shared.web;

import java.beans.PropertyEditorSupport;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a page binds into a form object is cleaned once, here, instead of in each service: surrounding spaces
 * are trimmed, the text is put in Unicode NFC (a name typed on a Mac arrives decomposed), and a blank field becomes
 * {@code null}, so "not given" has one representation. Password fields are bound exactly as typed. Only form objects
 * are cleaned; a single request parameter keeps what was sent.
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
            Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                    .map(p -> p.getName())
                    .filter(name -> name.toLowerCase(Locale.ROOT).contains("password"))
                    .forEach(name -> binder.registerCustomEditor(String.class, name, new AsTyped()));
        }
    }

    /** Trimmed, NFC, blank as {@code null}. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    private static final class CleanText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(clean(text));
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
