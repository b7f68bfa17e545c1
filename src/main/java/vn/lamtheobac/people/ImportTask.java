package vn.lamtheobac.people;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.NextExecutionTime;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An import runs as a durable db-scheduler one-time task: the uploaded file waits in {@code people.import_jobs}, any
 * node picks the task up, and a node that dies while running it (killed, power cut) leaves no partial row, since the
 * rows are written in one transaction. db-scheduler notices the dead node by its missing heartbeats; the job is then
 * shown as interrupted, with its file kept, and its owner can run it again.
 */
@Configuration(proxyBeanMethods = false)
class ImportTask {

    static final String NAME = "people-import";

    private static final Logger log = LoggerFactory.getLogger(ImportTask.class);

    @Bean
    OneTimeTask<Long> peopleImportTask(ImportRun imports, ImportJobs jobs) {
        return Tasks.oneTime(NAME, Long.class)
                .onDeadExecution(new DeadExecutionHandler<Long>() {
                    @Override
                    public void deadExecution(
                            com.github.kagkarlsson.scheduler.task.ExecutionComplete execution,
                            com.github.kagkarlsson.scheduler.task.ExecutionOperations<Long> operations) {
                        long jobId =
                                (Long) execution.getExecution().taskInstance.getData();
                        log.warn("Import job {} was interrupted: the node running it stopped", jobId);
                        jobs.interrupt(jobId);
                        operations.remove();
                    }
                })
                .execute((instance, context) -> run(imports, jobs, instance.getData()));
    }

    /** Runs the job as its uploader, with the scope they had when they queued it or last ran it again. */
    private static void run(ImportRun imports, ImportJobs jobs, long jobId) {
        var scope = jobs.scope(jobId).orElse(null);
        if (scope == null) {
            log.warn("Import job {} is gone or has no scope; nothing to do", jobId);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(scope.username(), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            imports.run(jobId, scope);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Queues runs of import jobs; looked up lazily, since the scheduler itself is built from the tasks. */
    @Component
    static class Queue {

        private final ObjectProvider<SchedulerClient> scheduler;

        Queue(ObjectProvider<SchedulerClient> scheduler) {
            this.scheduler = scheduler;
        }

        /** The job's run number {@code attempt}, due at once by the scheduler's own clock. */
        void schedule(long jobId, int attempt) {
            var instance = new TaskInstance<>(NAME, jobId + "-" + attempt, jobId);
            scheduler
                    .getObject()
                    .scheduleIfNotExists(SchedulableInstance.of(instance, NextExecutionTime.from(now -> now)));
        }
    }
}
