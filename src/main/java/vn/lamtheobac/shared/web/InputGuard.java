package vn.lamtheobac.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.lamtheobac.shared.InCalendar;
import vn.lamtheobac.shared.PlainTextValidator;
import vn.lamtheobac.shared.TextLimits;

/**
 * The one place where the parameters of every request (query, form and the text parts of a multipart form) are
 * checked before a controller sees them: a control character (NUL, ESC, DEL…) in a name or a value, a value longer
 * than any text the system keeps ({@link TextLimits#BODY}), or a year outside
 * the calendar the system keeps ({@link InCalendar}), answers 400 naming the parameter,
 * as a page or a problem detail, instead of reaching PostgreSQL (which refuses a NUL in text) or {@code java.time}.
 */
class InputGuard implements HandlerInterceptor {

    private static final Pattern YEAR_NAME = Pattern.compile("(?i)(.*[^a-z])?year");

    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (PlainTextValidator.hasControl(name)) {
                throw new MalformedInputException(printable(name), "error.input.control");
            }
            for (String value : parameter.getValue()) {
                if (value == null) {
                    continue;
                }
                if (PlainTextValidator.hasControl(value)) {
                    throw new MalformedInputException(name, "error.input.control");
                }
                if (value.length() > TextLimits.BODY) {
                    throw new MalformedInputException(name, "error.input.tooLong");
                }
                if (YEAR_NAME.matcher(name).matches()
                        && DIGITS.matcher(value.strip()).matches()) {
                    String digits = value.strip();
                    if (digits.length() > 5
                            || Integer.parseInt(digits) < InCalendar.MIN_YEAR
                            || Integer.parseInt(digits) > InCalendar.MAX_YEAR) {
                        throw new MalformedInputException(name, "error.input.year");
                    }
                }
            }
        }
        return true;
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }
}
