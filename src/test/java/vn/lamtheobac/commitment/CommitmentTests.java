package vn.lamtheobac.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.Assess;
import vn.lamtheobac.commitment.CommitmentCommands.Close;
import vn.lamtheobac.commitment.CommitmentCommands.Correct;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.ReturnForRevision;
import vn.lamtheobac.commitment.CommitmentCommands.SelfAssess;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;

/** A member's yearly commitment through every step, and the cell secretary's view of the cell's commitments. */
@IntegrationTest
class CommitmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    vn.lamtheobac.commitment.CommitmentReview review;

    @Autowired
    CommitmentPrinter printer;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Scope member;
    Scope secretary;
    /** Last year's commitments can be self-assessed whatever today's date. */
    int year;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
        member = tree.scope("member");
        secretary = tree.scope("cellsec");
        year = vn.lamtheobac.TestClock.TODAY.getYear() - 1;
    }

    static List<ItemDraft> complete() {
        return List.of(
                new ItemDraft(Section.POLITICAL_STUDY, "Học tập đầy đủ các chuyên đề", null),
                new ItemDraft(Section.ETHICS, "Giữ gìn lối sống giản dị", null),
                new ItemDraft(Section.WORKING_STYLE, "Gần dân, trọng dân", null),
                new ItemDraft(Section.TASK, "Giải quyết hồ sơ đúng hạn", "100% hồ sơ"));
    }

    long written() {
        return commitments.write(new WriteCommitment(tree.memberA1, year, complete(), 0), member);
    }

    int version(long id) {
        return commitments.get(id, secretary).version();
    }

    Map<Long, ItemResult> all(long id, ItemResult result) {
        var results = new java.util.HashMap<Long, ItemResult>();
        commitments.get(id, secretary).items().forEach(i -> results.put(i.id(), result));
        return results;
    }

    @Test
    void aCommitmentGoesFromDraftToClosed() {
        long id = written();
        commitments.submit(id, version(id), member);
        review.acknowledge(new Acknowledge(List.of(id), "Đồng ý"), secretary);
        commitments.selfAssess(
                new SelfAssess(id, all(id, ItemResult.ACHIEVED), Map.of(), "Hoàn thành tốt", version(id)), member);
        review.assess(
                new Assess(id, all(id, ItemResult.ACHIEVED), Map.of(), ItemResult.ACHIEVED, "Tốt", version(id)),
                secretary);
        review.close(new Close(id, version(id)), secretary);
        var closed = commitments.get(id, member);
        assertThat(closed.status()).isEqualTo(CommitmentStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(ItemResult.ACHIEVED);
        assertThat(closed.items()).allSatisfy(i -> assertThat(i.cellResult()).isEqualTo(ItemResult.ACHIEVED));

        assertThatThrownBy(() ->
                        review.correct(new Correct(id, ItemResult.PARTLY_ACHIEVED, null, "", version(id)), secretary))
                .extracting("messageKey")
                .isEqualTo("commitment.error.reasonRequired");
        review.correct(
                new Correct(
                        id, ItemResult.PARTLY_ACHIEVED, "Một chỉ tiêu chưa đạt", "Phúc tra của cấp ủy", version(id)),
                secretary);
        assertThat(commitments.get(id, member).outcome()).isEqualTo(ItemResult.PARTLY_ACHIEVED);
        assertThat(jdbc.sql("""
                        select after::text from audit.entries where entity_type = 'Commitment' and entity_id = ?
                        order by id desc limit 1
                        """).param(String.valueOf(id)).query(String.class).single())
                .contains("Phúc tra của cấp ủy");
    }

    @Test
    void illegalTransitionsAreRefusedWithAClearMessage() {
        long id = written();
        assertThatThrownBy(() -> review.acknowledge(new Acknowledge(List.of(id), null), secretary))
                .extracting("messageKey")
                .isEqualTo("commitment.error.acknowledgeOnlySubmitted");
        assertThatThrownBy(() -> review.close(new Close(id, version(id)), secretary))
                .extracting("messageKey")
                .isEqualTo("commitment.error.closeOnlyAssessed");
        commitments.submit(id, version(id), member);
        assertThatThrownBy(() -> commitments.submit(id, version(id), member))
                .extracting("messageKey")
                .isEqualTo("commitment.error.submitOnlyDraft");
        assertThatThrownBy(() ->
                        commitments.write(new WriteCommitment(tree.memberA1, year, complete(), version(id)), member))
                .extracting("messageKey")
                .isEqualTo("commitment.error.notDraft");
        assertThatThrownBy(() -> commitments.selfAssess(
                        new SelfAssess(id, all(id, ItemResult.ACHIEVED), Map.of(), null, version(id)), member))
                .extracting("messageKey")
                .isEqualTo("commitment.error.selfAssessOnlyAcknowledged");
        assertThatThrownBy(() -> review.assess(
                        new Assess(id, all(id, ItemResult.ACHIEVED), Map.of(), ItemResult.ACHIEVED, null, version(id)),
                        secretary))
                .extracting("messageKey")
                .isEqualTo("commitment.error.assessOnlySelfAssessed");

        review.returnForRevision(new ReturnForRevision(id, "Bổ sung chỉ tiêu cụ thể", version(id)), secretary);
        var returned = commitments.get(id, member);
        assertThat(returned.status()).isEqualTo(CommitmentStatus.DRAFT);
        assertThat(returned.returnedReason()).isEqualTo("Bổ sung chỉ tiêu cụ thể");
    }

    @Test
    void anIllegalTransitionOnAPageIsAMessageNotAnError() throws Exception {
        long id = written();
        var page = mvc.perform(post("/app/commitments/{id}/close", id)
                        .param("version", String.valueOf(version(id)))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Chỉ khóa sổ được bản cam kết đã được chi bộ đánh giá.");
    }

    @Test
    void submittingNeedsEverySectionAndATargetForEachTask() {
        long id = commitments.write(
                new WriteCommitment(
                        tree.memberA1,
                        year,
                        List.of(
                                new ItemDraft(Section.ETHICS, "Giữ gìn lối sống giản dị", null),
                                new ItemDraft(Section.TASK, "Vận động phân loại rác", " ")),
                        0),
                member);
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> commitments.submit(id, version(id), member));
        assertThat(error.violations())
                .extracting(InvalidInputException.Violation::messageKey)
                .containsExactlyInAnyOrder(
                        "commitment.error.sectionEmpty",
                        "commitment.error.sectionEmpty",
                        "commitment.error.taskTarget");
        assertThat(commitments.get(id, member).status()).isEqualTo(CommitmentStatus.DRAFT);
    }

    @Test
    void selfAssessmentCoversEveryItem() {
        long id = written();
        commitments.submit(id, version(id), member);
        review.acknowledge(new Acknowledge(List.of(id), null), secretary);
        var partial = all(id, ItemResult.ACHIEVED);
        partial.remove(partial.keySet().iterator().next());
        assertThatThrownBy(
                        () -> commitments.selfAssess(new SelfAssess(id, partial, Map.of(), null, version(id)), member))
                .extracting("messageKey")
                .isEqualTo("commitment.error.everyItem");
    }

    @Test
    void twoSimultaneousEditsGiveOne409AndLoseNothing() throws Exception {
        long id = written();
        int stale = version(id);
        String first = """
                {"version": %d, "items": [{"section": "POLITICAL_STUDY", "content": "Sửa trên máy tính"},
                 {"section": "ETHICS", "content": "Giữ gìn lối sống giản dị"}]}
                """.formatted(stale);
        String second = """
                {"version": %d, "items": [{"section": "POLITICAL_STUDY", "content": "Sửa trên điện thoại"}]}
                """.formatted(stale);
        mvc.perform(put("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(first)
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(second)
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isConflict());
        assertThat(commitments.get(id, member).items())
                .extracting(CommitmentItem::content)
                .contains("Sửa trên máy tính")
                .doesNotContain("Sửa trên điện thoại");

        var page = mvc.perform(post("/app/commitments/mine")
                        .param("year", String.valueOf(year))
                        .param("version", String.valueOf(stale))
                        .param("politicalStudy[0]", "Nội dung đang gõ dở")
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("Nội dung đang gõ dở")
                .contains("vừa được cập nhật ở nơi khác");
    }

    @Test
    void everyRouteKeepsToItsScope() throws Exception {
        long id = written();
        long sibling =
                commitments.write(new WriteCommitment(tree.personA2, year, complete(), 0), tree.scope("wardsec"));
        commitments.submit(
                sibling, commitments.get(sibling, tree.scope("wardsec")).version(), tree.scope("wardsec"));

        assertThatThrownBy(() -> commitments.get(sibling, secretary)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> commitments.get(id, tree.scope("officerb"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> review.acknowledge(new Acknowledge(List.of(sibling), null), secretary))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> commitments.write(new WriteCommitment(tree.personA1, year, complete(), 0), member))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> commitments.write(
                        new WriteCommitment(tree.personA1, year, complete(), 0), tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class);
        review.acknowledge(new Acknowledge(List.of(sibling), null), tree.scope("wardsec"));

        mvc.perform(get("/app/commitments/{id}", sibling).with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/commitments/{id}", id).with(user(tree.user("member"))))
                .andExpect(status().isOk());
        mvc.perform(get("/app/commitments/{id}", sibling).with(user(tree.user("member"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments")
                        .param("organization", String.valueOf(tree.cellA2))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments")
                        .param("organization", String.valueOf(tree.cellA1))
                        .with(user(tree.user("member"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/commitments/print")
                        .param("organization", String.valueOf(tree.cellA2))
                        .param("year", String.valueOf(year))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .with(user(tree.user("member"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.personName").value("Nguyễn Văn An"));
    }

    @Test
    void theNotSubmittedListEqualsADirectCount() throws Exception {
        long id = written();
        commitments.submit(id, version(id), member);
        commitments.write(new WriteCommitment(tree.personA1, year, complete(), 0), secretary);
        var notSubmitted = commitments.rows(tree.schoolA, year, CommitmentStatus.DRAFT, tree.scope("wardsec"));
        long direct = jdbc.sql("""
                        select count(*) from people.people p
                        where p.organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                          and p.category in ('PARTY_MEMBER_OFFICIAL', 'PARTY_MEMBER_PROBATIONARY', 'CIVIL_SERVANT')
                          and not exists (select 1 from commitment.commitments c
                                          where c.person_id = p.id and c.year = ? and c.status <> 'DRAFT')
                        """).params(tree.schoolA, year).query(Long.class).single();
        assertThat(notSubmitted)
                .hasSize((int) direct)
                .extracting(CommitmentRow::fullName)
                .doesNotContain("Nguyễn Văn An");
        mvc.perform(get("/api/v1/commitments")
                        .param("organization", String.valueOf(tree.schoolA))
                        .param("year", String.valueOf(year))
                        .param("status", "DRAFT")
                        .with(user(tree.user("wardsec"))))
                .andExpect(jsonPath("$.length()").value((int) direct));
    }

    /** Above the cell a committee starts from one line per unit, counted in the database, never from every person. */
    @Test
    void aCommitteeSeesOneLinePerUnitWithCountsThatMatchTheFacts() throws Exception {
        long id = written();
        commitments.submit(id, version(id), member);
        var summary = commitments.unitSummary(tree.wardA, year, tree.scope("wardsec"));
        assertThat(summary).extracting(UnitCommitments::unitId).containsExactly(tree.schoolA);
        var school = summary.get(0);
        long members = jdbc.sql("""
                        select count(*) from people.people
                        where organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                          and category in ('PARTY_MEMBER_OFFICIAL', 'PARTY_MEMBER_PROBATIONARY', 'CIVIL_SERVANT')
                        """).param(tree.schoolA).query(Long.class).single();
        assertThat(school.members()).isEqualTo(members);
        assertThat(school.count(CommitmentStatus.SUBMITTED)).isEqualTo(1);
        assertThat(school.notSubmitted()).isEqualTo(members - 1);

        // the page: the unit with its counts and a link to open it, no person's name
        String page = mvc.perform(get("/app/commitments")
                        .param("organization", String.valueOf(tree.wardA))
                        .param("year", String.valueOf(year))
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"commitment-summary\"")
                .contains("organization=" + tree.schoolA)
                .doesNotContain("Nguyễn Văn An");
        // the cell's own page lists the people
        mvc.perform(get("/app/commitments")
                        .param("organization", String.valueOf(tree.cellA1))
                        .param("year", String.valueOf(year))
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nguyễn Văn An")));
    }

    @Test
    void aReminderReachesTheMember() {
        int sent = review.remind(tree.cellA1, year, List.of(tree.memberA1), secretary);
        assertThat(sent).isEqualTo(1);
        assertThat(review.remind(tree.cellA1, year, List.of(tree.memberA1), secretary))
                .isZero();
        long account = jdbc.sql("select id from identity.accounts where username = ?")
                .param(tree.username("member"))
                .query(Long.class)
                .single();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("""
                        select count(*) from notification.notifications
                        where account_id = ? and kind = 'notification.commitmentReminder'
                        """).param(account).query(Long.class).single() == 1);
    }

    @Test
    void thePrintHoldsEveryMembersNameWithDiacritics() throws Exception {
        written();
        commitments.write(new WriteCommitment(tree.secretaryA1, year, complete(), 0), secretary);
        commitments.write(new WriteCommitment(tree.personA1, year, complete(), 0), secretary);
        try (var docx = new XWPFDocument(new ByteArrayInputStream(printer.print(tree.cellA1, year, secretary)))) {
            var text = new StringBuilder();
            docx.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            assertThat(text.toString())
                    .contains("Họ và tên: Nguyễn Văn An")
                    .contains("Họ và tên: Trần Thị Bình")
                    .contains("Họ và tên: Lê Văn Đức")
                    .contains("BẢN CAM KẾT")
                    .contains("Chỉ tiêu: 100% hồ sơ");
        }
    }

    @Test
    void aSecretaryDoesNotAcknowledgeTheirOwnCommitment() {
        long own = commitments.write(new WriteCommitment(tree.secretaryA1, year, complete(), 0), secretary);
        commitments.submit(own, commitments.get(own, secretary).version(), secretary);
        assertThatThrownBy(() -> review.acknowledge(new Acknowledge(List.of(own), null), secretary))
                .isInstanceOf(ForbiddenException.class)
                .extracting("messageKey")
                .isEqualTo("commitment.error.ownReview");
        assertThat(review.acknowledge(new Acknowledge(List.of(own), null), tree.scope("wardsec")))
                .isEqualTo(1);
    }

    @Test
    void aMemberWithoutAPersonRecordIsToldWhy() {
        assertThatThrownBy(() -> commitments.mine(year, tree.scope("viewer")))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("commitment.error.noPerson");
    }
}
