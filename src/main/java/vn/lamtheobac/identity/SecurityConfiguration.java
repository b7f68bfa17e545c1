package vn.lamtheobac.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.Role;

/**
 * Form sign-in for the staff application, session or personal-token sign-in for the API, CSRF protection for every
 * browser request, a strict Content-Security-Policy, and URL-level guards. The real authorisation (scope by subtree)
 * happens in the services; the URL rules are a second line.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

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
            ApplicationEventPublisher events)
            throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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
                        .defaultSuccessUrl("/app", false)
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesToken))
                .addFilterBefore(
                        new BearerTokenFilter(accounts, clock, problems), UsernamePasswordAuthenticationFilter.class)
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

    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException
                    ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }
}
