package vn.lamtheobac.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.lamtheobac.shared.Role;

/**
 * Lets the actuator ask {@code isUserInRole("ADMIN")} of the account's grants (read afresh, like every scope), so
 * health details (data path, free disk) are shown to administrators only ({@code management.endpoint.health.roles}).
 */
class AdministratorRoleFilter extends OncePerRequestFilter {

    private final CurrentScope currentScope;

    AdministratorRoleFilter(CurrentScope currentScope) {
        this.currentScope = currentScope;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public boolean isUserInRole(String role) {
                        if (Role.ADMIN.name().equals(role)) {
                            var scope = currentScope.of(
                                    SecurityContextHolder.getContext().getAuthentication(), request);
                            return scope != null && scope.has(Role.ADMIN);
                        }
                        return false;
                    }
                },
                response);
    }
}
