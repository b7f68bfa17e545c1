package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.shared.Scope;

/**
 * The failure suite's interrupted import (issue 11 §3): an import runs as a durable task of the scheduler; when the node
 * running it dies in the middle of writing, nothing of the file is written, the job shows as interrupted instead of
 * running forever, keeps its file, and its owner runs it again to the end. The node's death is what db-scheduler sees
 * of a killed process: the task's row picked by a node that stopped heartbeating. (The real SIGKILL of a packaged
 * application is the e2e profile's {@code ImportKillJourney}.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportInterruptionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PeopleImport imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Scope officer;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
    }

    byte[] file(String nationalId) throws Exception {
        try (var template =
                        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(imports.template()));
                var out = new ByteArrayOutputStream()) {
            var row = template.getSheetAt(0).createRow(1);
            String[] cells = {
                "Trịnh Thị Gián Đoạn",
                "Nữ",
                "12/03/1991",
                "Công chức, viên chức",
                nationalId,
                null,
                null,
                "Chuyên viên",
                null,
                null,
                "Chi bộ Văn phòng " + tree.tag
            };
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            template.write(out);
            return out.toByteArray();
        }
    }

    int peopleWith(String nationalId) {
        return jdbc.sql("select count(*) from people.people where national_id = ?")
                .param(nationalId)
                .query(Integer.class)
                .single();
    }

    ImportJobView await(long id, ImportStatus status) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> imports.get(id, officer), job -> job.status() == status);
    }

    /** A job in the middle of writing on a node that was killed: picked, its last heartbeat an hour ago. */
    long jobOnAKilledNode(byte[] file) {
        long id = jobs.queue(officer, "danh-sach-lon.xlsx", file, true);
        jobs.progress(id, 100_000, 42_000);
        jdbc.sql("update people.import_jobs set status = 'WRITING' where id = ?")
                .param(id)
                .update();
        String instance = id + "-1";
        scheduler.schedule(new TaskInstance<>(ImportTask.NAME, instance, id), Instant.parse("2100-01-01T00:00:00Z"));
        jdbc.sql("""
                        update public.scheduled_tasks
                        set picked = true, picked_by = 'killed-node',
                            execution_time = now() - interval '1 hour', last_heartbeat = now() - interval '1 hour'
                        where task_name = ? and task_instance = ?
                        """).params(ImportTask.NAME, instance).update();
        return id;
    }

    @Test
    void anImportWhoseNodeDiedShowsAsInterruptedWithNothingWrittenAndRunsAgainToTheEnd() throws Exception {
        String nationalId = TestTree.nationalId();
        long id = jobOnAKilledNode(file(nationalId));

        var interrupted = await(id, ImportStatus.INTERRUPTED);
        assertThat(interrupted.status().finished()).as("the page stops polling").isTrue();
        assertThat(peopleWith(nationalId)).as("no row of the file is written").isZero();
        mvc.perform(get("/app/people/import/" + id).with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bị gián đoạn")))
                .andExpect(content().string(Matchers.containsString("id=\"run-again\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger=\"every 1s\""))));
        // nobody else may run the officer's job again
        mvc.perform(post("/app/people/import/" + id + "/run-again")
                        .with(user(tree.user("officerb")))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/app/people/import/" + id + "/run-again")
                        .with(user(tree.user("officer")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/app/people/import/" + id));

        var done = await(id, ImportStatus.DONE);
        assertThat(done.createdCount()).isEqualTo(1);
        assertThat(peopleWith(nationalId)).isEqualTo(1);
        assertThat(jdbc.sql("select content is null from people.import_jobs where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .as("the file is forgotten once the import is done")
                .isTrue();
        // a finished job is not run a second time
        mvc.perform(post("/app/people/import/" + id + "/run-again")
                        .with(user(tree.user("officer")))
                        .with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(peopleWith(nationalId)).isEqualTo(1);
    }

    @Test
    void anUploadedFileIsImportedByTheSchedulersTaskAndTheAuditNamesTheUploader() throws Exception {
        String nationalId = TestTree.nationalId();
        long id = imports.start("mot-nguoi.xlsx", file(nationalId), officer);
        await(id, ImportStatus.DONE);
        assertThat(peopleWith(nationalId)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select a.actor from audit.entries a join people.people p on a.entity_id = p.id::text
                        where p.national_id = ? and a.action = 'CREATE' and a.entity_type = 'Person'
                        """).param(nationalId).query(String.class).list())
                .containsExactly(tree.username("officer"));
    }
}
