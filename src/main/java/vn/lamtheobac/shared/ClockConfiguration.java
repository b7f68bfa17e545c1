package vn.lamtheobac.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One clock for the whole application, in Vietnam's time zone, so rules about dates can be tested. With
 * {@code lamtheobac.clock.start} set (an ISO offset date-time), the clock starts at that instant when the application
 * starts and ticks on from there: the browser journeys and demonstrations run on a known date whatever the calendar
 * says.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${lamtheobac.clock.start:}") String start) {
        var system = Clock.system(VietnamTime.ZONE);
        if (!StringUtils.hasText(start)) {
            return system;
        }
        var offset =
                Duration.between(system.instant(), OffsetDateTime.parse(start).toInstant());
        return Clock.offset(system, offset);
    }
}
