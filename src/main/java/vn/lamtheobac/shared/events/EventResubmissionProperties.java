package vn.lamtheobac.shared.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When event publications that no listener completed are delivered again.
 *
 * @param resubmitEvery how often the cluster looks for them (one node per run)
 * @param resubmitAfter how old a publication must be to count as abandoned rather than still being delivered; longer
 *     than any listener takes
 */
@ConfigurationProperties("lamtheobac.events")
public record EventResubmissionProperties(
        @DefaultValue("1m") Duration resubmitEvery,
        @DefaultValue("5m") Duration resubmitAfter) {}
