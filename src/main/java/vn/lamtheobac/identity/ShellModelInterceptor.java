package vn.lamtheobac.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Grant;
import vn.lamtheobac.shared.Role;

/**
 * Gives every staff page what the layout shows: who is signed in, their grants for the scope switcher (with
 * organisation names), the active grant, what the grants allow (for the menu) and the idle-session timeout for the
 * on-page warning.
 */
@Configuration(proxyBeanMethods = false)
class ShellModelInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    /** A grant as the scope switcher lists it. */
    record GrantChoice(String key, Grant grant, String organizationName) {}

    private final CurrentScope currentScope;
    private final OrganizationManagement organizations;

    ShellModelInterceptor(CurrentScope currentScope, OrganizationManagement organizations) {
        this.currentScope = currentScope;
        this.organizations = organizations;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/app", "/app/**");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null
                || page.getViewName() == null
                || page.getViewName().startsWith("redirect:")
                || request.getHeader("HX-Request") != null) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        List<Grant> grants = currentScope.grantsOf(principal.accountId());
        var names =
                organizations.names(grants.stream().map(Grant::organizationId).toList());
        page.addObject("shellUri", request.getRequestURI());
        page.addObject("shellUser", principal.displayName());
        page.addObject("shellAccountId", principal.accountId());
        page.addObject("shellPersonId", principal.personId());
        page.addObject(
                "shellGrants",
                grants.stream()
                        .map(g -> new GrantChoice(CurrentScope.key(g), g, names.get(g.organizationId())))
                        .toList());
        var session = request.getSession(false);
        var active = session == null ? null : session.getAttribute(CurrentScope.ACTIVE_GRANT);
        page.addObject("shellActiveGrant", active);
        // the menu follows the scope the pages apply: the chosen grant when the switcher narrowed it
        var chosen =
                grants.stream().filter(g -> CurrentScope.key(g).equals(active)).toList();
        var effective = chosen.isEmpty() ? grants : chosen;
        page.addObject("shellIsAdmin", effective.stream().anyMatch(g -> g.role() == Role.ADMIN));
        page.addObject("shellCan", capabilities(effective));
        page.addObject("shellHasGrant", !effective.isEmpty());
        page.addObject("shellSessionTimeout", session == null ? 1800 : session.getMaxInactiveInterval());
    }

    /**
     * What the caller's grants let them do somewhere, by capability name ({@code shellCan.READ}…): the menu shows an
     * entry only when its page has something the caller may do there.
     */
    static Map<String, Boolean> capabilities(List<Grant> grants) {
        var can = new HashMap<String, Boolean>();
        for (var capability : Capability.values()) {
            var roles = List.of(capability.roles());
            can.put(capability.name(), grants.stream().anyMatch(g -> roles.contains(g.role())));
        }
        return Map.copyOf(can);
    }
}
