package vn.lamtheobac.shared.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Events whose listener did not complete (the node died, the listener failed) are delivered again by one recurring
 * db-scheduler task: each run is picked by one node of the cluster, and only publications older than
 * {@link EventResubmissionProperties#resubmitAfter()} are resubmitted, so an event another node is still delivering is
 * left alone. This replaces Spring Modulith's republication at start-up, which every starting node would do at once.
 */
@Configuration(proxyBeanMethods = false)
class EventResubmissionJob {

    @Bean
    RecurringTask<Void> eventPublicationResubmission(
            IncompleteEventPublications publications, EventResubmissionProperties properties) {
        return Tasks.recurring("event-publication-resubmission", Schedules.fixedDelay(properties.resubmitEvery()))
                .execute((instance, context) ->
                        publications.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter()));
    }
}
