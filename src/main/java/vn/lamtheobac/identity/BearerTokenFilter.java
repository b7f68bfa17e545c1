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
 * Signs in API requests that carry {@code Authorization: Bearer ltb_…}, a personal access token. The token stands for
 * its account, with the same grants and scope; nothing is stored in a session. A bad token answers 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Accounts accounts;
    private final Clock clock;
    private final ProblemResponses problems;

    BearerTokenFilter(Accounts accounts, Clock clock, ProblemResponses problems) {
        this.accounts = accounts;
        this.clock = clock;
        this.problems = problems;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String token = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(PREFIX.length())
                .trim();
        var account = accounts.findByTokenHash(AccountManagement.hash(token), clock.instant())
                .filter(a -> a.enabled() && !a.locked(clock.instant()));
        if (account.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.401.token");
            return;
        }
        var principal = AccountUserDetailsService.principal(account.get(), clock);
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
