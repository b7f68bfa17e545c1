package vn.lamtheobac.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the application runs on an embedded real PostgreSQL whose data survives
 * restarts in {@code ./data/pg}. With a URL, Spring Boot's own data source is used and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "embedded")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    /** Marker other beans use to know the database is the embedded one (e.g. to enable demo data). */
    @Bean
    EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        String url = EmbeddedPostgresServer.acquire(properties);
        var dataSource = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                EmbeddedPostgresServer.release();
            }
        };
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded");
        return dataSource;
    }
}
