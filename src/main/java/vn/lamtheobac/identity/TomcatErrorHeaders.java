package vn.lamtheobac.identity;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat answers some errors itself, before Spring Security's filters run (a malformed URI, a request body over its
 * limits): its error report valve is replaced by one that writes the same security headers as every page, and no
 * report (no server version, no stack trace).
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new HeadersErrorReportValve());
            // else the host adds a plain one (with its full report) when it starts, not finding one of that name
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(HeadersErrorReportValve.class.getName());
            }
        });
    }

    /** After Spring Boot's own customiser, which adds a plain error report valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static final class HeadersErrorReportValve extends ErrorReportValve {

        public HeadersErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SecurityHeaders.ALWAYS.forEach((name, value) -> {
                    if (!response.containsHeader(name)) {
                        response.setHeader(name, value);
                    }
                });
                if (request.isSecure() && !response.containsHeader("Strict-Transport-Security")) {
                    response.setHeader("Strict-Transport-Security", SecurityHeaders.HSTS);
                }
            }
            super.report(request, response, throwable);
        }
    }
}
