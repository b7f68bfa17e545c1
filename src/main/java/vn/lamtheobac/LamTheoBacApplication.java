package vn.lamtheobac;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** The lamtheobac modular monolith: one process, one PostgreSQL, modules per {@code package-info.java}. */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class LamTheoBacApplication {

    public static void main(String[] args) {
        SpringApplication.run(LamTheoBacApplication.class, args);
    }
}
