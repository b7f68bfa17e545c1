package vn.lamtheobac.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data generation.
 *
 * @param enabled whether to generate the demo on a start with an empty database; unset means only when the
 *     application runs on its embedded PostgreSQL
 * @param seed the seed of every random choice: the same seed gives the same demo
 */
@ConfigurationProperties("lamtheobac.demo")
public record DemoProperties(
        Boolean enabled, @DefaultValue("20251130") long seed) {}
