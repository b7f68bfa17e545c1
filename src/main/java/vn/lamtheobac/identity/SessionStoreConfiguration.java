package vn.lamtheobac.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL (Spring Session JDBC). Several requests of one session run at once (tabs, htmx refreshes,
 * a double click): each may add the same attribute, such as the message for the next page. Spring Session's
 * PostgreSQL customiser writes attributes with {@code insert … on conflict do update}, so the second writer updates
 * the row instead of failing on its key and showing an error page for an action that committed.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
