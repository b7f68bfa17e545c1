package vn.lamtheobac.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.lamtheobac.shared.Scope;

/** Lets any controller declare a {@link Scope} parameter and receive the caller's scope. */
@Configuration(proxyBeanMethods = false)
class ScopeWebConfiguration implements WebMvcConfigurer {

    private final CurrentScope currentScope;

    ScopeWebConfiguration(CurrentScope currentScope) {
        this.currentScope = currentScope;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return Scope.class.equals(parameter.getParameterType());
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    ModelAndViewContainer container,
                    NativeWebRequest request,
                    WebDataBinderFactory binders) {
                var scope = currentScope.of(
                        SecurityContextHolder.getContext().getAuthentication(),
                        request.getNativeRequest(HttpServletRequest.class));
                if (scope == null) {
                    throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                            "no account");
                }
                return scope;
            }
        });
    }
}
