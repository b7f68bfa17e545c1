package vn.lamtheobac.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheobac.shared.Scope;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the caller's {@link Scope} is resolved from the sign-in, not sent by
 * the client, so it is left out; personal access tokens are the documented way in.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Scope.class);
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("lamtheobac API")
                        .version("v1")
                        .description(
                                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Errors are RFC 9457"
                                        + " problem details; an id outside the caller's scope answers 404."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token created on the profile page (ltb_…)")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
