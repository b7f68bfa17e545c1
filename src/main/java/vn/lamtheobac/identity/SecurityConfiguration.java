package vn.lamtheobac.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.Role;

/**
 * Form sign-in (throttled, one neutral answer) for the staff application, session or personal-token sign-in for the
 * API (tokens on {@code /api/**} only), CSRF protection for every browser request, an absolute session lifetime, a
 * strict Content-Security-Policy and the other security headers, and URL-level guards. The real authorisation (scope
 * by subtree) happens in the services; the URL rules are a second line.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = SecurityHeaders.CSP;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            Accounts accounts,
            Clock clock,
            ProblemResponses problems,
            CurrentScope currentScope,
            ApplicationEventPublisher events,
            AccountUserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            SecurityProperties properties)
            throws Exception {
        RequestMatcher api = BearerTokenFilter::isApi;
        var signIn = new ProviderManager(new ThrottledSignIn(users, passwordEncoder, throttle, accounts));
        signIn.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(signIn);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/error/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/favicon.svg",
                                "/favicon-*.svg",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info")
                        .permitAll()
                        .requestMatchers("/app/admin/**", "/actuator/**")
                        .access((authentication, context) -> new AuthorizationDecision(
                                isAdmin(currentScope, authentication.get(), context.getRequest())))
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(successHandler(clock))
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::isTokenApiRequest))
                .addFilterBefore(
                        new BearerTokenFilter(accounts, clock, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(
                        new SessionLifetimeFilter(clock, properties.sessionLifetime(), problems),
                        SecurityContextHolderFilter.class)
                .addFilterAfter(new AdministratorRoleFilter(currentScope), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problems.write(request, response, 401, "error.401.message"),
                                api)
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> {
                                    if (request.getHeader("HX-Request") != null) {
                                        response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                                        response.setStatus(401);
                                    } else {
                                        response.sendRedirect(request.getContextPath() + "/login");
                                    }
                                },
                                request -> true)
                        .accessDeniedHandler((request, response, e) -> {
                            events.publishEvent(new AccessDenied("Url", request.getRequestURI(), e.getMessage()));
                            if (api.matches(request)) {
                                problems.write(request, response, 403, "error.403.message");
                            } else {
                                response.sendError(403);
                            }
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(policy -> policy.policy(SecurityHeaders.PERMISSIONS_POLICY))
                        // written on HTTPS requests only; behind a proxy, server.forward-headers-strategy tells
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    private static boolean isAdmin(
            CurrentScope currentScope,
            org.springframework.security.core.Authentication authentication,
            HttpServletRequest request) {
        var scope = currentScope.of(authentication, request);
        return scope != null && scope.has(Role.ADMIN);
    }

    /** Remembers when the session signed in (its absolute lifetime), then goes where the user was going. */
    private static AuthenticationSuccessHandler successHandler(Clock clock) {
        var next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/app");
        return (request, response, authentication) -> {
            SessionLifetimeFilter.signedIn(request, clock);
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * One answer for an unknown name, a wrong password and a disabled account; a throttled attempt adds when to try
     * again, which an unknown name gets exactly the same way.
     */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String retry = exception instanceof SignInThrottledException throttled
                    ? "&retry=" + SignInThrottle.minutes(throttled.retryIn())
                    : "";
            response.sendRedirect(request.getContextPath() + "/login?error" + retry);
        };
    }
}
