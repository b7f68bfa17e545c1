package vn.lamtheobac.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDirective;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveCommands.RecordDissemination;
import vn.lamtheobac.directive.DirectiveCommands.ReviseDraft;
import vn.lamtheobac.directive.DirectiveCommands.WithdrawDirective;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Scope;

/** A directive from draft to its last cell: lifecycle rules, scope, tracking, reminders, print and API. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectiveTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectiveManagement directives;

    @Autowired
    vn.lamtheobac.directive.DirectiveTracking tracking;

    @Autowired
    vn.lamtheobac.directive.DisseminationManagement disseminations;

    @Autowired
    DirectiveDocuments documents;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Scope officer;
    LocalDate today;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        today = vn.lamtheobac.TestClock.TODAY;
    }

    DirectiveContent content(TargetMode mode, String level, List<Long> chosen, LocalDate deadline) {
        return new DirectiveContent(
                "KH",
                "Kế hoạch quán triệt chuyên đề năm " + today.getYear(),
                "Các chi bộ quán triệt trong kỳ sinh hoạt gần nhất.\n\nBáo cáo kết quả về Văn phòng.",
                null,
                null,
                deadline,
                mode,
                level,
                chosen);
    }

    /** A directive of the city to every cell (cellA1, cellA2; cellB1 is a grassroots cell, not a CELL). */
    DirectiveView issuedToCells(LocalDate issuedOn, LocalDate deadline) {
        long id = directives.draft(
                new DraftDirective(tree.city, content(TargetMode.LEVEL, "CELL", List.of(), deadline)), officer);
        // the tests issue the city's directives on dates in any order: each date is confirmed
        return directives.issue(
                new IssueDirective(id, issuedOn, directives.get(id, officer).version(), true), officer);
    }

    void held(long directive, long organization, LocalDate on, int partyMembers) {
        disseminations.record(
                new RecordDissemination(
                        directive,
                        organization,
                        on,
                        DisseminationForm.CELL_MEETING,
                        new Attendance(new int[] {1, partyMembers, 0, 0, 0}, new int[] {1, partyMembers, 0, 0, 0}),
                        null),
                officer);
    }

    @Test
    void issuingAllocatesANumberFixesTheTargetsAndFreezesTheDraft() {
        var issued = issuedToCells(today.minusDays(2), today.plusDays(10));
        assertThat(issued.status()).isEqualTo(DirectiveStatus.ISSUED);
        assertThat(issued.numberLine()).matches("Số \\d{2,}-KH/TU");
        var tracking = this.tracking.tracking(issued.id(), null, officer);
        assertThat(tracking.total().targets()).isEqualTo(2);

        assertThatThrownBy(() -> directives.revise(
                        new ReviseDraft(
                                issued.id(), content(TargetMode.LEVEL, "CELL", List.of(), today), issued.version()),
                        officer))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("directive.error.onlyDraftEditable");
        assertThatThrownBy(() -> directives.issue(new IssueDirective(issued.id(), today, issued.version()), officer))
                .extracting("messageKey")
                .isEqualTo("directive.error.alreadyIssued");
    }

    @Test
    void anIssuedDirectiveChangesOnlyByACorrectionWithAReason() {
        var issued = issuedToCells(today.minusDays(1), today.plusDays(10));
        assertThatThrownBy(() -> directives.correct(
                        new CorrectDirective(issued.id(), "Tên mới", null, today.plusDays(12), " ", issued.version()),
                        officer))
                .extracting("messageKey")
                .isEqualTo("directive.error.reasonRequired");
        directives.correct(
                new CorrectDirective(
                        issued.id(),
                        issued.title(),
                        issued.summary(),
                        today.plusDays(12),
                        "Lùi hạn theo đề nghị của các chi bộ",
                        issued.version()),
                officer);
        assertThat(directives.get(issued.id(), officer).deadline()).isEqualTo(today.plusDays(12));
        String after = jdbc.sql("""
                        select after::text from audit.entries where entity_type = 'Directive' and entity_id = ?
                        order by id desc limit 1
                        """)
                .param(String.valueOf(issued.id()))
                .query(String.class)
                .single();
        assertThat(after).contains("Lùi hạn theo đề nghị của các chi bộ");

        var corrected = directives.get(issued.id(), officer);
        directives.withdraw(new WithdrawDirective(issued.id(), "Ban hành nhầm", corrected.version()), officer);
        assertThatThrownBy(() -> disseminations.record(
                        new RecordDissemination(
                                issued.id(),
                                tree.cellA1,
                                today,
                                DisseminationForm.CONFERENCE,
                                new Attendance(new int[] {1, 1, 0, 0, 0}, new int[] {1, 1, 0, 0, 0}),
                                null),
                        officer))
                .extracting("messageKey")
                .isEqualTo("directive.error.notInForce");
    }

    @Test
    void chosenTargetsMustLieUnderTheIssuer() {
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> directives.draft(
                        new DraftDirective(tree.wardA, content(TargetMode.CHOSEN, null, List.of(tree.cellB1), today)),
                        officer));
        assertThat(error.violations())
                .extracting(InvalidInputException.Violation::messageKey)
                .contains("directive.error.targetOutside");
    }

    @Test
    void statusesFollowTheFirstSessionAndTheDeadline() {
        var issued = issuedToCells(today.minusDays(20), today.minusDays(5));
        held(issued.id(), tree.cellA1, today.minusDays(10), 12);
        var tracking = this.tracking.tracking(issued.id(), null, officer);
        assertThat(tracking.total()).isEqualTo(new Tracking.Progress(2, 1, 0, 1, 0));
        assertThat(tracking.overdue())
                .extracting(Tracking.TargetLine::organizationId)
                .containsExactly(tree.cellA2);
        held(issued.id(), tree.cellA2, today.minusDays(1), 7);
        assertThat(this.tracking.tracking(issued.id(), null, officer).total())
                .isEqualTo(new Tracking.Progress(2, 1, 1, 0, 0));
        assertThat(directives.status(issued.id(), tree.cellA2, officer)).isEqualTo(DisseminationStatus.DONE_LATE);
    }

    @Test
    void trackingFiguresEqualADirectCount() {
        var issued = issuedToCells(today.minusDays(3), today.plusDays(7));
        held(issued.id(), tree.cellA2, today.minusDays(2), 9);
        held(issued.id(), tree.cellA2, today.minusDays(1), 4);
        for (long node : List.of(tree.city, tree.wardA, tree.schoolA)) {
            var tracking = this.tracking.tracking(issued.id(), node, officer);
            long targets =
                    jdbc.sql("""
                            select count(*) from directive.targets where directive_id = ?
                            and organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                            """).params(issued.id(), node).query(Long.class).single();
            long done =
                    jdbc.sql("""
                            select count(distinct organization_id) from directive.disseminations where directive_id = ?
                            and organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                            """).params(issued.id(), node).query(Long.class).single();
            long attended = jdbc.sql("""
                            select coalesce(sum(attended_party_members), 0) from directive.disseminations
                            where directive_id = ?
                            """).param(issued.id()).query(Long.class).single();
            assertThat(tracking.total().targets()).isEqualTo(targets);
            assertThat(tracking.total().done() + tracking.total().doneLate()).isEqualTo(done);
            assertThat(tracking.attendance().attended(AttendeeCategory.PARTY_MEMBERS))
                    .isEqualTo(attended);
            assertThat(tracking.byChild().stream()
                            .mapToInt(c -> c.progress().targets())
                            .sum())
                    .isEqualTo(targets);
        }
    }

    @Test
    void theReminderJobRunTwiceSendsOneReminder() {
        var issued = issuedToCells(today.minusDays(2), today.plusDays(2));
        held(issued.id(), tree.cellA2, today.minusDays(1), 5);
        long secretary = jdbc.sql("select id from identity.accounts where username = ?")
                .param(tree.username("cellsec"))
                .query(Long.class)
                .single();
        int first = disseminations.sendDueReminders(today);
        int second = disseminations.sendDueReminders(today);
        assertThat(first).isPositive();
        assertThat(second).isZero();
        long reminders = jdbc.sql("select count(*) from directive.reminders where directive_id = ?")
                .param(issued.id())
                .query(Long.class)
                .single();
        assertThat(reminders).isEqualTo(1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from notification.notifications
                        where account_id = ? and kind = 'notification.reminder.DUE_SOON' and link like ?
                        """)
                                .params(secretary, "/app/directives/" + issued.id() + "/%")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
    }

    @Test
    void aTargetSeesItInItsInboxAndACellOutsideDoesNot() throws Exception {
        var issued = issuedToCells(today, today.plusDays(15));
        mvc.perform(get("/api/v1/inbox").with(user(tree.user("cellsec"))))
                .andExpect(jsonPath("$.content[*].directiveId", Matchers.hasItem((int) issued.id())))
                .andExpect(jsonPath("$.content[*].organizationId", Matchers.everyItem(Matchers.is((int) tree.cellA1))));
        mvc.perform(get("/api/v1/directives/{id}", issued.id()).with(user(tree.user("cellsec"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/directives/{id}", issued.id()).with(user(tree.user("officerb"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/directives/{id}/tracking", issued.id()).with(user(tree.user("officerb"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/directives/{id}/tracking", issued.id())
                        .param("node", String.valueOf(tree.cellA2))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> mvc.perform(get("/app/notifications").with(user(tree.user("cellsec"))))
                        .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                                .contains("Văn bản mới cần quán triệt: Số " + issued.symbol())));
    }

    @Test
    void aDraftIsInvisibleToItsTargets() throws Exception {
        long id = directives.draft(
                new DraftDirective(tree.city, content(TargetMode.LEVEL, "CELL", List.of(), today)), officer);
        mvc.perform(get("/api/v1/directives/{id}", id).with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/directives/{id}", id).with(user(tree.user("viewer"))))
                .andExpect(status().isOk());
    }

    @Test
    void aRenamedExecutableUploadedAsPdfIsRefusedWithAClearMessage() throws Exception {
        long id = directives.draft(
                new DraftDirective(tree.city, content(TargetMode.LEVEL, "CELL", List.of(), today)), officer);
        var executable = new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", new byte[] {
            'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF
        });
        var upload = mvc.perform(multipart("/app/directives/{id}/attachments", id)
                        .file(executable)
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(upload.getFlashMap().get("attachmentError")).isEqualTo("file.error.content");
        String message = context.getMessage(
                "file.error.content",
                (Object[]) upload.getFlashMap().get("attachmentErrorArgs"),
                java.util.Locale.forLanguageTag("vi"));
        assertThat(message)
                .isEqualTo("Nội dung tệp \"ke-hoach.pdf\" không phải là tệp PDF hợp lệ (có thể tệp đã bị đổi"
                        + " tên); hệ thống không nhận tệp này.");
        assertThat(directives.attachments(id, officer)).isEmpty();
        assertThatThrownBy(() -> directives.attach(id, "ke-hoach.pdf", executable.getBytes(), officer))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("file.error.content");
    }

    @Test
    void anAttachmentDownloadsWithItsVietnameseName() throws Exception {
        long id = directives.draft(
                new DraftDirective(tree.city, content(TargetMode.LEVEL, "CELL", List.of(), today)), officer);
        var stored = directives.attach(id, "Kế hoạch số 05.pdf", "%PDF-1.4\n1 0 obj\n".getBytes(), officer);
        assertThat(stored.sha256()).hasSize(64);
        mvc.perform(get("/app/directives/{id}/attachments/{f}", id, stored.id()).with(user(tree.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                Matchers.containsString(
                                        "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20s%E1%BB%91%2005.pdf")));
        mvc.perform(get("/app/directives/{id}/attachments/{f}", id, stored.id()).with(user(tree.user("officerb"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCoverPagePrintsInThePartyLayout() throws Exception {
        var issued = issuedToCells(today, today.plusDays(30));
        try (var docx = new XWPFDocument(new ByteArrayInputStream(documents.coverPage(issued.id(), officer)))) {
            var text = new StringBuilder();
            docx.getTables().forEach(t -> text.append(t.getText()).append('\n'));
            docx.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            assertThat(text.toString())
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("THÀNH ỦY THỬ " + tree.tag.toUpperCase())
                    .contains(issued.numberLine())
                    .contains("KẾ HOẠCH")
                    .contains("Chi bộ Giáo viên " + tree.tag);
            docx.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text() != null && !r.text().isBlank())
                    .forEach(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    @Test
    void theApiDraftsIssuesTracksAndRecords() throws Exception {
        String body = """
                {"issuingOrganizationId": %d, "typeCode": "HD", "title": "Hướng dẫn quán triệt qua API",
                 "deadline": "%s", "targetMode": "CHOSEN", "chosenTargetIds": [%d, %d]}
                """.formatted(tree.wardA, today.plusDays(20), tree.cellA1, tree.cellA2);
        String created = mvc.perform(post("/api/v1/directives")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        mvc.perform(post("/api/v1/directives/{id}/issue", id)
                        .header("If-Match", directives.get(id, officer).version())
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.symbol", Matchers.matchesPattern("\\d{2,}-HD/ĐU")))
                .andExpect(jsonPath("$.number").isNumber());
        mvc.perform(post("/api/v1/directives/{id}/disseminations", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId": %d, "heldOn": "%s", "form": "CELL_MEETING",
                                 "invited": [1, 20, 0, 0, 0], "attended": [1, 25, 0, 0, 0]}
                                """.formatted(tree.cellA1, today))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors['attended[1]']").value("Số tham dự không được lớn hơn số triệu tập."));
        mvc.perform(post("/api/v1/directives/{id}/disseminations", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId": %d, "heldOn": "%s", "form": "CELL_MEETING",
                                 "invited": [1, 20, 0, 0, 0], "attended": [1, 18, 0, 0, 0]}
                                """.formatted(tree.cellA1, today))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/directives/{id}/disseminations", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId": %d, "heldOn": "%s", "form": "CELL_MEETING",
                                 "invited": [1, 20, 0, 0, 0], "attended": [1, 18, 0, 0, 0]}
                                """.formatted(tree.cellA2, today))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/directives/{id}/tracking", id).with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets").value(2))
                .andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.doneLate").value(0))
                .andExpect(jsonPath("$.overdue").value(0))
                .andExpect(jsonPath("$.byChild[0].organizationId").value(tree.schoolA))
                .andExpect(jsonPath("$.byChild[0].targets").value(2));
    }

    @Test
    void trackingRefreshesAsAnHtmxFragmentOfTheSameUrl() throws Exception {
        var issued = issuedToCells(today, today.plusDays(15));
        var fragment = mvc.perform(get("/app/directives/{id}/tracking", issued.id())
                        .header("HX-Request", "true")
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("id=\"figures\"")
                .contains("hx-trigger=\"every 30s\"")
                .doesNotContain("<html");
    }
}
