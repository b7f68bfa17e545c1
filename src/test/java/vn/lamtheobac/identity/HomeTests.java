package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentCommands.Acknowledge;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.commitment.Section;
import vn.lamtheobac.directive.Attendance;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveCommands.RecordDissemination;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.DirectiveView;
import vn.lamtheobac.directive.DisseminationForm;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RuleSet;

/**
 * The start page is each person's to-do list: their own commitment and evaluation for a member; for a secretary or
 * officer what waits in their subtrees, each line with its count, nearest deadline and the page where they act.
 */
@IntegrationTest
class HomeTests {

    private static final Pattern BADGE = Pattern.compile("<span class=\"badge[^\"]*\">([^<]+)</span>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    vn.lamtheobac.commitment.CommitmentReview review;

    @Autowired
    DirectiveManagement directives;

    @Autowired
    vn.lamtheobac.directive.DisseminationManagement disseminations;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    LocalDate today = TestClock.TODAY;
    int year = TestClock.TODAY.getYear();

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
    }

    String home(String role) throws Exception {
        return mvc.perform(get("/app").with(user(tree.user(role))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The to-do line with that id, or {@code null} when the page has none. */
    static String item(String page, String id) {
        int start = page.indexOf("id=\"todo-" + id + "\"");
        if (start < 0) {
            return null;
        }
        return page.substring(page.lastIndexOf("<a", start), page.indexOf("</a>", start));
    }

    static String badge(String item) {
        var m = BADGE.matcher(item);
        return m.find() ? m.group(1) : null;
    }

    String opens(String item, String role) throws Exception {
        var m = HREF.matcher(item);
        assertThat(m.find()).isTrue();
        String href = m.group(1).replace("&amp;", "&");
        var response =
                mvc.perform(get(href).with(user(tree.user(role)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(href).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void aMemberSeesWhereTheirCommitmentStandsAndTheCellWhatWaitsForIt() throws Exception {
        var page = home("member");
        var mine = item(page, "my-commitment");
        assertThat(mine).contains("Đồng chí chưa viết bản cam kết năm " + year);
        assertThat(opens(mine, "member")).contains("Bản cam kết");
        assertThat(page).doesNotContain("Đồng chí không có việc cần xử lý.");
        assertThat(item(home("cellsec"), "commitments-to-acknowledge")).isNull();

        var member = tree.scope("member");
        long id = commitments.write(
                new WriteCommitment(
                        tree.memberA1,
                        year,
                        List.of(
                                new ItemDraft(Section.POLITICAL_STUDY, "Học tập đầy đủ các chuyên đề", null),
                                new ItemDraft(Section.ETHICS, "Giữ gìn lối sống giản dị", null),
                                new ItemDraft(Section.WORKING_STYLE, "Gần dân, trọng dân", null),
                                new ItemDraft(Section.TASK, "Giải quyết hồ sơ đúng hạn", "100% hồ sơ")),
                        0),
                member);
        assertThat(item(home("member"), "my-commitment")).contains("còn là bản nháp");
        commitments.submit(id, commitments.get(id, member).version(), member);

        page = home("member");
        assertThat(item(page, "my-commitment")).contains("đang chờ chi bộ xác nhận");
        assertThat(page).contains("Đồng chí không có việc cần xử lý.");

        var secretary = item(home("cellsec"), "commitments-to-acknowledge");
        assertThat(badge(secretary)).isEqualTo("1");
        assertThat(secretary).contains("Bản cam kết chờ xác nhận");
        assertThat(opens(secretary, "cellsec")).contains("Nguyễn Văn An");
        assertThat(badge(item(home("wardsec"), "commitments-to-acknowledge"))).isEqualTo("1");
        var viewer = home("viewer");
        assertThat(item(viewer, "commitments-to-acknowledge")).isNull();
        assertThat(viewer).contains("Đồng chí không có việc cần xử lý.", "Tổ chức đảng trong phạm vi");

        review.acknowledge(new Acknowledge(List.of(id), null), tree.scope("cellsec"));
        assertThat(item(home("member"), "my-commitment"))
                .contains("Đã đến kỳ tự đánh giá kết quả thực hiện bản cam kết năm " + year);
        assertThat(item(home("cellsec"), "commitments-to-acknowledge")).isNull();
    }

    DirectiveView issuedToCells(LocalDate issuedOn, LocalDate deadline) {
        var officer = tree.scope("officer");
        long id = directives.draft(
                new DraftDirective(
                        tree.city,
                        new DirectiveContent(
                                "KH",
                                "Kế hoạch quán triệt " + deadline,
                                null,
                                null,
                                null,
                                deadline,
                                TargetMode.LEVEL,
                                "CELL",
                                List.of())),
                officer);
        return directives.issue(
                new IssueDirective(id, issuedOn, directives.get(id, officer).version()), officer);
    }

    @Test
    void directivesStillToDisseminateShowTheOverdueFirstWithTheirNearestDeadline() throws Exception {
        var late = issuedToCells(today.minusDays(10), today.minusDays(2));
        issuedToCells(today.minusDays(1), today.plusDays(5));
        issuedToCells(today.minusDays(1), today.plusDays(9));

        var page = home("cellsec");
        var overdue = item(page, "directives-overdue");
        var open = item(page, "directives-to-disseminate");
        assertThat(badge(overdue)).isEqualTo("1");
        assertThat(overdue).contains("Văn bản quá hạn chưa quán triệt, triển khai", "Hạn 29/11/2026");
        assertThat(badge(open)).isEqualTo("2");
        assertThat(open).contains("Hạn 06/12/2026");
        assertThat(page.indexOf("todo-directives-overdue")).isLessThan(page.indexOf("todo-directives-to-disseminate"));
        assertThat(opens(overdue, "cellsec")).contains("Kế hoạch quán triệt " + today.minusDays(2));
        // the ward's secretary sees both cells of the ward; a read-only leader has nothing to record
        assertThat(badge(item(home("wardsec"), "directives-overdue"))).isEqualTo("2");
        assertThat(item(home("viewer"), "directives-overdue")).isNull();

        disseminations.record(
                new RecordDissemination(
                        late.id(),
                        tree.cellA1,
                        today.minusDays(1),
                        DisseminationForm.CELL_MEETING,
                        new Attendance(new int[] {1, 3, 0, 0, 0}, new int[] {1, 3, 0, 0, 0}),
                        null),
                tree.scope("cellsec"));
        assertThat(item(home("cellsec"), "directives-overdue")).isNull();
        assertThat(badge(item(home("wardsec"), "directives-overdue"))).isEqualTo("1");
    }

    @Test
    void anOpenRoundAsksTheMemberToSelfAssessThenTheCellToProposeThenTheCommitteeToDecide() throws Exception {
        long round = evaluations.open(
                new OpenRound(tree.wardA, year, RoundKind.ANNUAL, RuleSet.QD366_2025, null, null),
                tree.scope("wardsec"));
        var mine = item(home("member"), "my-evaluation");
        assertThat(mine).contains("Đợt đánh giá, xếp loại đang mở");
        assertThat(opens(mine, "member")).contains("Nguyễn Văn An");

        var own = evaluations.members(round, tree.cellA1, tree.system).stream()
                .filter(e -> e.personId() == tree.memberA1)
                .findFirst()
                .orElseThrow();
        var member = tree.scope("member");
        evaluations.selfAssess(
                new SelfAssessment(
                        own.id(),
                        java.math.BigDecimal.valueOf(100),
                        java.math.BigDecimal.valueOf(27),
                        java.math.BigDecimal.valueOf(55),
                        java.math.BigDecimal.valueOf(40),
                        null,
                        Rating.GOOD,
                        "Hoàn thành tốt",
                        own.version()),
                member);
        assertThat(item(home("member"), "my-evaluation")).isNull();
        var toPropose = item(home("cellsec"), "evaluations-to-propose");
        assertThat(badge(toPropose)).isEqualTo("1");
        assertThat(toPropose).contains("/app/evaluations/" + round);
        opens(toPropose, "cellsec");

        var cell = tree.scope("cellsec");
        evaluations.propose(
                new Proposal(
                        own.id(),
                        Rating.GOOD,
                        null,
                        evaluations.get(own.id(), cell).version()),
                cell);
        assertThat(item(home("cellsec"), "evaluations-to-propose")).isNull();
        // the grassroots committee decides, not the cell: the ward's secretary sees it waiting
        assertThat(item(home("cellsec"), "evaluations-to-decide")).isNull();
        var toDecide = item(home("wardsec"), "evaluations-to-decide");
        assertThat(badge(toDecide)).isEqualTo("1");
        assertThat(toDecide).contains("Đảng viên chờ quyết định xếp loại");
        opens(toDecide, "wardsec");

        // a discipline recorded after the decision asks the deciding committee to review it
        var ward = tree.scope("wardsec");
        evaluations.decide(
                new vn.lamtheobac.evaluation.EvaluationCommands.Decision(
                        own.id(),
                        Rating.GOOD,
                        null,
                        evaluations.get(own.id(), ward).version()),
                ward);
        assertThat(item(home("wardsec"), "evaluations-to-review")).isNull();
        context.getBean(vn.lamtheobac.people.PersonManagement.class)
                .recordDiscipline(
                        new vn.lamtheobac.people.PersonCommands.RecordDiscipline(
                                tree.memberA1,
                                vn.lamtheobac.people.DisciplineForm.REPRIMAND,
                                today.minusDays(1),
                                "Vi phạm chế độ sinh hoạt đảng",
                                "Chi bộ"),
                        tree.system);
        var toReview = item(home("wardsec"), "evaluations-to-review");
        assertThat(badge(toReview)).isEqualTo("1");
        assertThat(toReview).contains("/app/evaluations/" + round);
        assertThat(opens(toReview, "wardsec")).contains("review-flag-" + own.id());
    }

    long nomination(String status, long level) {
        long movement = jdbc.sql("""
                        insert into recognition.movements (organization_id, title, starts_on, ends_on)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(tree.city, "Phong trào thi đua " + tree.tag, today.minusDays(30), today.plusDays(20))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into recognition.nominations (movement_id, kind, organization_id, person_id, year,
                            achievements, proposed_form_code, status, current_level_organization_id)
                        values (?, 'INDIVIDUAL', ?, ?, ?, 'Hoàn thành xuất sắc nhiệm vụ', 'GIAY_KHEN_DANG_UY_CO_SO', ?, ?)
                        """)
                .params(movement, tree.cellA1, tree.personA1, year, status, level)
                .update();
        return movement;
    }

    @Test
    void nominationsWaitAtTheCommitteeThatReviewsOrDecidesThemAndReturnedOnesAtTheUnit() throws Exception {
        long movement = nomination("PROPOSED", tree.schoolA);
        nomination("AWAITING_DECISION", tree.wardA);
        nomination("RETURNED", tree.cellA1);

        var ward = home("wardsec");
        var toReview = item(ward, "nominations-to-review");
        assertThat(badge(toReview)).isEqualTo("1");
        assertThat(toReview).contains("Hồ sơ đề nghị khen thưởng chờ xét duyệt", "Hạn 21/12/2026");
        assertThat(toReview).contains("/app/recognition/movements/" + movement);
        opens(toReview, "wardsec");
        assertThat(badge(item(ward, "nominations-to-decide"))).isEqualTo("1");

        var cell = home("cellsec");
        assertThat(item(cell, "nominations-to-review")).isNull();
        assertThat(item(cell, "nominations-to-decide")).isNull();
        var returned = item(cell, "nominations-returned");
        assertThat(badge(returned)).isEqualTo("1");
        opens(returned, "cellsec");
        assertThat(item(home("officerb"), "nominations-to-review")).isNull();
    }

    @Test
    void everyTextIsInEnglishToo() throws Exception {
        var page = mvc.perform(get("/app").param("lang", "en").with(user(tree.user("member"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(item(page, "my-commitment")).contains("You have not written your " + year + " commitment yet");
        assertThat(page).contains("My evaluation", "My commendations");
    }
}
