package vn.lamtheobac.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.SelfAssess;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.shared.Scope;

/** The commitment pages and API calls as the member and the cell secretary use them, step by step. */
@IntegrationTest
class CommitmentScreensTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    vn.lamtheobac.commitment.CommitmentReview review;

    TestTree tree;
    Scope member;
    Scope secretary;
    int thisYear;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
        member = tree.scope("member");
        secretary = tree.scope("cellsec");
        thisYear = vn.lamtheobac.TestClock.TODAY.getYear();
    }

    /** An acknowledged commitment of the member for {@code year}. */
    long acknowledged(int year) {
        long id = commitments.write(new WriteCommitment(tree.memberA1, year, CommitmentTests.complete(), 0), member);
        commitments.submit(id, version(id), member);
        review.acknowledge(new Acknowledge(List.of(id), null), secretary);
        return id;
    }

    /** Last year's commitment of the member, self-assessed (last year's self-assessment is open whatever the date). */
    long selfAssessed() {
        long id = acknowledged(thisYear - 1);
        commitments.selfAssess(
                new SelfAssess(id, all(id, ItemResult.ACHIEVED), Map.of(), "Hoàn thành tốt", version(id)), member);
        return id;
    }

    int version(long id) {
        return commitments.get(id, secretary).version();
    }

    Map<Long, ItemResult> all(long id, ItemResult result) {
        var results = new java.util.HashMap<Long, ItemResult>();
        commitments.get(id, secretary).items().forEach(i -> results.put(i.id(), result));
        return results;
    }

    String page(MockHttpServletRequestBuilder request, String account) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(user(tree.user(account))))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The text of the element with the given id (its first line of content), or null when there is none. */
    static String element(String page, String id) {
        var matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<")
                .matcher(page);
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    // ------------------------------------------------------------------------------------ 1. the cell's assessment

    @Test
    void theCellAssessesEveryItemOnThePage() throws Exception {
        long id = selfAssessed();
        var items = commitments.get(id, secretary).items();

        String page = page(get("/app/commitments/{id}", id), "cellsec");
        for (var item : items) {
            assertThat(page)
                    .contains("name=\"results[" + item.id() + "]\"")
                    .contains("id=\"result-" + item.id() + "\"")
                    .contains("name=\"notes[" + item.id() + "]\"");
        }
        assertThat(page).contains("id=\"outcome\"").contains("id=\"summary\"").contains("id=\"assess-button\"");

        // one item left without a result: refused with the message, nothing changes
        var first = items.get(0);
        var partial = post("/app/commitments/{id}/assess", id)
                .param("version", String.valueOf(version(id)))
                .param("outcome", "ACHIEVED")
                .with(csrf());
        items.stream().skip(1).forEach(i -> partial.param("results[" + i.id() + "]", "ACHIEVED"));
        assertThat(page(partial, "cellsec")).contains("Vui lòng đánh giá tất cả các nội dung đã cam kết.");
        assertThat(commitments.get(id, secretary).status()).isEqualTo(CommitmentStatus.SELF_ASSESSED);

        var complete = post("/app/commitments/{id}/assess", id)
                .param("version", String.valueOf(version(id)))
                .param("outcome", "PARTLY_ACHIEVED")
                .param("summary", "Còn một chỉ tiêu chưa đạt")
                .with(csrf());
        items.forEach(i -> complete.param("results[" + i.id() + "]", i == first ? "NOT_ACHIEVED" : "ACHIEVED"));
        complete.param("notes[" + first.id() + "]", "Chưa có minh chứng");
        mvc.perform(complete.with(user(tree.user("cellsec"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/app/commitments/" + id));

        var assessed = commitments.get(id, member);
        assertThat(assessed.status()).isEqualTo(CommitmentStatus.ASSESSED);
        assertThat(assessed.outcome()).isEqualTo(ItemResult.PARTLY_ACHIEVED);
        assertThat(assessed.assessment()).isEqualTo("Còn một chỉ tiêu chưa đạt");
        var assessedFirst = assessed.items().stream()
                .filter(i -> i.id() == first.id())
                .findFirst()
                .orElseThrow();
        assertThat(assessedFirst.cellResult()).isEqualTo(ItemResult.NOT_ACHIEVED);
        assertThat(assessedFirst.cellComment()).isEqualTo("Chưa có minh chứng");

        // the member sees the cell's result of each item and the whole
        String mine = page(get("/app/commitments/mine").param("year", String.valueOf(thisYear - 1)), "member");
        assertThat(element(mine, "cell-result-" + first.id())).isEqualTo("Không hoàn thành");
        assertThat(element(mine, "commitment-outcome")).isEqualTo("Hoàn thành một phần");
    }

    @Test
    void theCellAssessesThroughTheApiWithProblemsOnRefusal() throws Exception {
        long id = selfAssessed();
        var items = commitments.get(id, secretary).items();
        var results = new StringBuilder();
        for (var item : items) {
            results.append(results.isEmpty() ? "" : ", ")
                    .append('"')
                    .append(item.id())
                    .append("\": \"ACHIEVED\"");
        }
        String body = """
                {"version": %d, "results": {%s}, "comments": {"%d": "Đúng hạn"},
                 "outcome": "ACHIEVED", "assessment": "Hoàn thành tốt"}
                """;
        String partialBody = """
                {"version": %d, "results": {"%d": "ACHIEVED"}, "outcome": "ACHIEVED"}
                """.formatted(version(id), items.get(0).id());

        mvc.perform(post("/api/v1/commitments/{id}/assess", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                version(id), results, items.get(0).id()))
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chính mình")));
        mvc.perform(post("/api/v1/commitments/{id}/assess", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(partialBody)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("commitment.error.everyItem"))
                .andExpect(jsonPath("$.detail").value("Vui lòng đánh giá tất cả các nội dung đã cam kết."));
        mvc.perform(post("/api/v1/commitments/{id}/assess", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                version(id) - 1, results, items.get(0).id()))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        mvc.perform(post("/api/v1/commitments/{id}/assess", id + 1_000_000)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(partialBody)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        assertThat(commitments.get(id, secretary).status()).isEqualTo(CommitmentStatus.SELF_ASSESSED);

        mvc.perform(post("/api/v1/commitments/{id}/assess", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                version(id), results, items.get(0).id()))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSESSED"))
                .andExpect(jsonPath("$.outcome").value("ACHIEVED"))
                .andExpect(jsonPath("$.items[0].cellResult").value("ACHIEVED"));
        mvc.perform(post("/api/v1/commitments/{id}/assess", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(
                                version(id), results, items.get(0).id()))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("commitment.error.assessOnlySelfAssessed"));
    }

    // ------------------------------------------------------------------------------- 2. a refused submission

    @Test
    void aRefusedSubmissionKeepsTheTextWritesNothingAndTheFixedOneGoesThrough() throws Exception {
        int year = thisYear;
        var refused = post("/app/commitments/mine")
                .param("year", String.valueOf(year))
                .param("version", "0")
                .param("politicalStudy[0]", "Học tập đầy đủ các chuyên đề")
                .param("tasks[0]", "Giải quyết hồ sơ đúng hạn")
                .param("taskTargets[0]", "100% hồ sơ")
                .param("submit", "true")
                .with(csrf());
        String page = page(refused, "member");
        assertThat(page).contains("Học tập đầy đủ các chuyên đề").contains("100% hồ sơ");
        assertThat(element(page, "ethics-error")).isEqualTo("Mục 2 cần ít nhất một nội dung.");
        assertThat(element(page, "workingStyle-error")).isEqualTo("Mục 3 cần ít nhất một nội dung.");
        assertThat(element(page, "politicalStudy-error")).isNull();
        assertThat(commitments.mine(year, member).written())
                .as("a refused submission writes nothing")
                .isFalse();

        // a draft saved earlier: the refused submission neither changes it nor bumps its version
        mvc.perform(post("/app/commitments/mine")
                        .param("year", String.valueOf(year))
                        .param("version", "0")
                        .param("politicalStudy[0]", "Học tập đầy đủ các chuyên đề")
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().is3xxRedirection());
        int saved = commitments.mine(year, member).version();
        refused.param("version", String.valueOf(saved));
        assertThat(element(page(refused, "member"), "ethics-error")).isEqualTo("Mục 2 cần ít nhất một nội dung.");
        var draft = commitments.mine(year, member);
        assertThat(draft.version()).isEqualTo(saved);
        assertThat(draft.items()).extracting(CommitmentItem::section).containsExactly(Section.POLITICAL_STUDY);

        // the member fixes it and presses "Gửi chi bộ" again, with the version the page still holds
        mvc.perform(post("/app/commitments/mine")
                        .param("year", String.valueOf(year))
                        .param("version", String.valueOf(saved))
                        .param("politicalStudy[0]", "Học tập đầy đủ các chuyên đề")
                        .param("ethics[0]", "Giữ gìn lối sống giản dị")
                        .param("workingStyle[0]", "Gần dân, trọng dân")
                        .param("tasks[0]", "Giải quyết hồ sơ đúng hạn")
                        .param("taskTargets[0]", "100% hồ sơ")
                        .param("submit", "true")
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().is3xxRedirection());
        var submitted = commitments.mine(year, member);
        assertThat(submitted.status()).isEqualTo(CommitmentStatus.SUBMITTED);
        assertThat(submitted.items()).hasSize(4);
    }

    @Test
    void aTaskWithoutATargetIsShownAtTheTasks() throws Exception {
        String page = page(
                post("/app/commitments/mine")
                        .param("year", String.valueOf(thisYear))
                        .param("version", "0")
                        .param("politicalStudy[0]", "Học tập")
                        .param("ethics[0]", "Giản dị")
                        .param("workingStyle[0]", "Gần dân")
                        .param("tasks[0]", "Giải quyết hồ sơ đúng hạn")
                        .param("submit", "true")
                        .with(csrf()),
                "member");
        assertThat(element(page, "tasks-error")).isEqualTo("Mỗi nhiệm vụ cụ thể cần có chỉ tiêu đo được.");
        assertThat(commitments.mine(thisYear, member).written()).isFalse();
    }

    // ----------------------------------------------------------------------------------------------- 3. the years

    @Test
    void onlyTheYearsTheRulesAllowAreOfferedAndAnotherIsRefusedWithAMessage() throws Exception {
        for (int shown : List.of(thisYear - 1, thisYear, thisYear + 1)) {
            String page = page(get("/app/commitments/mine").param("year", String.valueOf(shown)), "member");
            for (int offered = thisYear - 1; offered <= thisYear + 1; offered++) {
                assertThat(page).contains("id=\"year-" + offered + "\"");
            }
            assertThat(page)
                    .doesNotContain("mine?year=" + (thisYear + 2))
                    .doesNotContain("mine?year=" + (thisYear - 2));
        }

        String message = "Chỉ viết bản cam kết cho các năm từ " + (thisYear - 1) + " đến " + (thisYear + 1) + ".";
        String posted = page(
                post("/app/commitments/mine")
                        .param("year", String.valueOf(thisYear + 2))
                        .param("version", "0")
                        .param("politicalStudy[0]", "Học tập đầy đủ các chuyên đề")
                        .with(csrf()),
                "member");
        assertThat(element(posted, "year-error")).isEqualTo(message);

        String shown = page(get("/app/commitments/mine").param("year", String.valueOf(thisYear + 3)), "member");
        assertThat(element(shown, "year-error")).isEqualTo(message);
        assertThat(shown).doesNotContain("id=\"submit-button\"");
    }

    // ---------------------------------------------------------------------------------- 4. self-assessment opens

    @Test
    void theSelfAssessmentIsOfferedOnlyFromTheDayItOpens() throws Exception {
        int next = thisYear + 1;
        long id = acknowledged(next);
        String opens = "01/10/" + next;

        String page = page(get("/app/commitments/mine").param("year", String.valueOf(next)), "member");
        assertThat(page)
                .doesNotContain("/self-assessment")
                .doesNotContain("id=\"self-assess-button\"")
                .contains("Tự đánh giá mở từ ngày " + opens);

        var post = post("/app/commitments/{id}/self-assessment", id)
                .param("version", String.valueOf(version(id)))
                .param("summary", "Hoàn thành")
                .with(csrf());
        commitments.get(id, member).items().forEach(i -> post.param("results[" + i.id() + "]", "ACHIEVED"));
        assertThat(page(post, "member")).contains("Việc tự đánh giá cuối năm bắt đầu từ ngày " + opens + ".");
        assertThat(commitments.get(id, member).status()).isEqualTo(CommitmentStatus.ACKNOWLEDGED);

        // last year's is open: the form is there, with a field per item
        long open = acknowledged(thisYear - 1);
        String lastYear = page(get("/app/commitments/mine").param("year", String.valueOf(thisYear - 1)), "member");
        assertThat(lastYear).contains("id=\"self-assess-button\"");
        commitments
                .get(open, member)
                .items()
                .forEach(i -> assertThat(lastYear).contains("name=\"results[" + i.id() + "]\""));
    }
}
