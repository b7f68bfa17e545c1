package vn.lamtheobac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.DirectiveStatus;
import vn.lamtheobac.directive.TargetMode;

/**
 * An API update never overwrites a change it did not see: without the version it read (in the body or an
 * {@code If-Match} header) it answers 428 and changes nothing; with a stale one, 409.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiVersionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectiveManagement directives;

    @Autowired
    CommitmentManagement commitments;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    @Test
    void writingACommitmentWithoutItsVersionIs428AndWritesNothing() throws Exception {
        int year = TestClock.TODAY.getYear();
        mvc.perform(put("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"section\": \"ETHICS\", \"content\": \"Giữ gìn lối sống giản dị\"}]}")
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().is(428))
                .andExpect(jsonPath("$.field").value("version"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
        assertThat(commitments.mine(year, tree.scope("member")).items()).isEmpty();

        int version = commitments.mine(year, tree.scope("member")).version();
        mvc.perform(put("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"section\": \"ETHICS\", \"content\": \"Giữ gìn lối sống giản dị\"}]}")
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isOk());
        int read = commitments.mine(year, tree.scope("member")).version();
        mvc.perform(put("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .header("If-Match", "W/\"" + read + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + read + ", \"items\": [{\"section\": \"ETHICS\","
                                + " \"content\": \"Giữ gìn lối sống giản dị\"}]}")
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .header("If-Match", "\"" + read + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"section\": \"ETHICS\", \"content\": \"Ghi đè\"}]}")
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isConflict());
        assertThat(commitments.mine(year, tree.scope("member")).items())
                .extracting(i -> i.content())
                .containsExactly("Giữ gìn lối sống giản dị");
    }

    @Test
    void issuingADirectiveWithoutItsVersionIs428AndLeavesItADraft() throws Exception {
        var officer = tree.scope("officer");
        long id = directives.draft(
                new DraftDirective(
                        tree.city,
                        new DirectiveContent(
                                "KH",
                                "Kế hoạch phiên bản " + tree.tag,
                                "Nội dung.",
                                null,
                                null,
                                TestClock.TODAY.plusDays(30),
                                TargetMode.LEVEL,
                                "CELL",
                                List.of())),
                officer);
        mvc.perform(post("/api/v1/directives/{id}/issue", id).with(csrf()).with(user(tree.user("officer"))))
                .andExpect(status().is(428));
        assertThat(directives.get(id, officer).status()).isEqualTo(DirectiveStatus.DRAFT);
    }
}
