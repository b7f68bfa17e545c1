package vn.lamtheobac.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;
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
                if (max <= 0 || request.getContentLengthLong() <= max) {
                    chain.doFilter(request, response);
                } else if (request.getDispatcherType() == DispatcherType.ERROR) {
                    chain.doFilter(withoutBody(request), response);
                } else {
                    refuse(request, response, max, messages);
                }
            }

            /**
             * The error page of a refused upload is rendered in an ERROR dispatch of the same request: there the
             * DispatcherServlet would parse the refused body as multipart and fail on its size (an empty 413), and
             * any {@code getParameter} would make Tomcat parse it and throw (Tomcat's English 413 page). The error
             * page sees the request without its body.
             */
            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The error page of a 413 names the limit. Other statuses keep what Spring Boot's default resolver (which this
     * bean replaces) gives here, where there is no {@code error/<status>} template: the {@code error} template.
     */
    @Bean
    ErrorViewResolver uploadSizeErrorPage(MultipartProperties multipart) {
        long limit = multipart.getMaxRequestSize().toBytes() / 1024 / 1024;
        return (request, status, model) -> {
            if (status.value() != 413) {
                return null;
            }
            var page = new ModelAndView("error", model, status);
            page.addObject("detailKey", "error.413.detail");
            page.addObject("detailArgs", new Object[] {limit});
            return page;
        };
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
            request.setAttribute(RequestDispatcher.ERROR_MESSAGE, HtmlUtils.htmlEscape(detail));
            response.sendError(413, detail);
        }
    }

    /**
     * The request as its error page sees it: no body, and only the parameters of its address ({@code ?lang=en}), so
     * neither Spring's multipart check nor a {@code getParameter} makes Tomcat parse the refused body (which fails, and
     * Tomcat answers with its own English page).
     */
    private static HttpServletRequest withoutBody(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        var parameters = queryParameters(original != null ? original.toString() : request.getQueryString());
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return name.equalsIgnoreCase("Content-Type") ? null : super.getHeader(name);
            }

            @Override
            public String getParameter(String name) {
                String[] values = parameters.get(name);
                return values == null ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return parameters;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return parameters.get(name);
            }
        };
    }

    private static Map<String, String[]> queryParameters(String query) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        var map = new LinkedHashMap<String, String[]>();
        parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(map);
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
