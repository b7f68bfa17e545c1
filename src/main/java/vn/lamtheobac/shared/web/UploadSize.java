package vn.lamtheobac.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * An upload larger than {@code spring.servlet.multipart.max-request-size} is answered 413 before anything reads it
 * (the CSRF check would otherwise find no token in the unparsed body and answer 403, or the connection be reset): a
 * problem detail for the API, the error page for the browser. Tomcat reads and discards the rest of the body
 * ({@code server.tomcat.max-swallow-size}), so the browser shows the answer instead of a broken connection.
 */
@Configuration(proxyBeanMethods = false)
class UploadSize {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeFilter(
            MultipartProperties multipart, MessageSource messages) {
        long max = multipart.getMaxRequestSize().toBytes();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (max > 0 && request.getContentLengthLong() > max) {
                    refuse(request, response, max, messages);
                } else {
                    chain.doFilter(request, response);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, long max, MessageSource messages)
            throws IOException {
        boolean english =
                (request.getQueryString() != null && request.getQueryString().contains("lang=en"))
                        || (request.getCookies() != null
                                && java.util.Arrays.stream(request.getCookies())
                                        .anyMatch(c -> c.getName().equals("lang") && "en".equals(c.getValue())));
        var locale = english ? java.util.Locale.ENGLISH : WebConfiguration.VIETNAMESE;
        String title = messages.getMessage("error.413.title", null, locale);
        String detail = messages.getMessage("error.413.detail", new Object[] {max / 1024 / 1024}, locale);
        response.setHeader("Connection", "close");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":413,\"detail\":\""
                            + json(detail) + "\"}");
        } else {
            request.setAttribute("jakarta.servlet.error.message", HtmlUtils.htmlEscape(detail));
            response.sendError(413, detail);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
