package vn.lamtheobac.directive;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Every morning at 07:00 (Vietnam time) the targets whose deadline is near or past are reminded. db-scheduler runs the
 * task on one node only; the reminder table makes a second run send nothing.
 */
@Configuration(proxyBeanMethods = false)
class DisseminationReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DisseminationReminderJob.class);

    @Bean
    RecurringTask<Void> disseminationReminders(DisseminationManagement directives, java.time.Clock clock) {
        return Tasks.recurring("dissemination-reminders", Schedules.daily(VietnamTime.ZONE, LocalTime.of(7, 0)))
                .execute((instance, context) -> {
                    int sent = directives.sendDueReminders(VietnamTime.today(clock));
                    log.info("Dissemination reminders sent: {}", sent);
                });
    }
}
