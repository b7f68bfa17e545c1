package vn.lamtheobac.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: a session signed in longer ago than {@code lamtheobac.security.session-lifetime}
 * ends, however active its user, and the next request meets the sign-in page (an API call a 401). The idle timeout
 * stays Spring Session's.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "lamtheobac.signedInAt";

    private final Clock clock;
    private final Duration lifetime;
    private final ProblemResponses problems;

    SessionLifetimeFilter(Clock clock, Duration lifetime, ProblemResponses problems) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.problems = problems;
    }

    /** Called at sign-in, on the session's new id. */
    static void signedIn(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && !clock.instant().isBefore(signedInAt.plus(lifetime))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (BearerTokenFilter.isApi(request)) {
                problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.401.message");
            } else if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
