package vn.lamtheobac.identity;

import java.util.Map;

/**
 * The security headers of every answer: written by Spring Security on the application's pages and by
 * {@link TomcatErrorHeaders} on the errors Tomcat answers itself before any filter runs (a malformed request, a body
 * too large).
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** No page needs these browser features; photos are chosen through the file picker, which needs none. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), browsing-topics=()";

    /** Sent only over HTTPS (as seen through {@code server.forward-headers-strategy} behind a proxy). */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Every header but HSTS, as Tomcat's own error answers carry them. */
    static final Map<String, String> ALWAYS = Map.of(
            "Content-Security-Policy", CSP,
            "Permissions-Policy", PERMISSIONS_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "same-origin",
            "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");

    private SecurityHeaders() {}
}
