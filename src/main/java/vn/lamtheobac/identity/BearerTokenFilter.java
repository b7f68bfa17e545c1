package vn.lamtheobac.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API requests ({@code /api/**} only) that carry {@code Authorization: Bearer ltb_…}, a personal access token.
 * The token stands for its account, with the same grants and scope; nothing is stored in a session. A bad, revoked or
 * expired token answers 401 at once; a read-only token answers 403 to anything but GET and HEAD. Anywhere else (the
 * browser application) a bearer header signs nobody in: those routes need the session and its CSRF token.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private static final java.util.Set<String> READS = java.util.Set.of("GET", "HEAD");

    private final Accounts accounts;
    private final Clock clock;
    private final ProblemResponses problems;

    BearerTokenFilter(Accounts accounts, Clock clock, ProblemResponses problems) {
        this.accounts = accounts;
        this.clock = clock;
        this.problems = problems;
    }

    /** An API request with a bearer token: the only kind that skips CSRF (a token is never sent by a browser itself). */
    static boolean isTokenApiRequest(HttpServletRequest request) {
        return isApi(request) && carriesToken(request);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTokenApiRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(PREFIX.length())
                .trim();
        var holder = accounts.findByTokenHash(AccountManagement.hash(token), clock.instant())
                .filter(h -> h.account().enabled());
        if (holder.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.401.token");
            return;
        }
        if (holder.get().readOnly() && !READS.contains(request.getMethod())) {
            problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "error.403.readOnlyToken");
            return;
        }
        var principal = AccountUserDetailsService.principal(holder.get().account());
        principal.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
