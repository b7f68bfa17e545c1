package vn.lamtheobac.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.evaluation.EvaluationCommands.Correction;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RuleSet;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.RecognitionCommands.AddAwardForm;
import vn.lamtheobac.recognition.RecognitionCommands.CreateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.Decide;
import vn.lamtheobac.recognition.RecognitionCommands.MarkExemplar;
import vn.lamtheobac.recognition.RecognitionCommands.Nominate;
import vn.lamtheobac.recognition.RecognitionCommands.Resubmit;
import vn.lamtheobac.recognition.RecognitionCommands.Review;
import vn.lamtheobac.recognition.RecognitionCommands.WithdrawExemplar;
import vn.lamtheobac.recognition.RecognitionEvents.CommendationDecided;
import vn.lamtheobac.recognition.RecognitionEvents.NominationSubmitted;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;

/**
 * Emulation and commendation from a unit's proposal to a numbered decision: every rule with its source (one
 * achievement once, the movement's minimum rating, discipline in the year, the form's kind, the entitled level), the
 * review flow up three levels with returns and rejections, decisions as party documents and certificates as PDF,
 * exemplars with consent, scope on every route, the pages and the API.
 *
 * <p>The ratings come from the evaluation module: a 2022 round (Quy định 132) of the test tree's city, decided here;
 * the module keeps them from its {@code RatingDecided} events.
 */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionTests {

    static final int YEAR = 2022;
    static final String GIAY_KHEN = "GIAY_KHEN_CO_SO";
    static final String BANG_KHEN = "BANG_KHEN_THANH_UY";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RecognitionManagement recognition;

    @Autowired
    AwardFormManagement awardFormAdmin;

    @Autowired
    DecisionManagement decisionManagement;

    @Autowired
    MovementManagement movementManagement;

    @Autowired
    NominationManagement nominationManagement;

    @Autowired
    NominationQueries nominationQueries;

    @Autowired
    DecidedRatings ratings;

    @Autowired
    EvaluationManagement evaluations;

    @Autowired
    PersonManagement people;

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    ApplicationEvents events;

    TestTree tree;
    Scope officer;
    Scope admin;
    Scope cellsec;
    Scope wardsec;
    Scope officerB;
    long round;

    /**
     * Ratings of 2022: Nguyễn Văn An and Trần Thị Bình HTTNV, Lê Văn Đức HTNV, Phạm Thị Hoa HTTNV (then disciplined
     * for something done that year), Đặng Quốc Việt none; cellA1 HTXSNV, cellA2, schoolA and wardA HTTNV.
     */
    @BeforeAll
    void rateTheYear() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        admin = tree.scope("admin");
        cellsec = tree.scope("cellsec");
        wardsec = tree.scope("wardsec");
        officerB = tree.scope("officerb");
        round = evaluations.open(
                new OpenRound(tree.city, YEAR, RoundKind.ANNUAL, RuleSet.QD132_2018, null, null), officer);
        decideMember(tree.memberA1, Rating.GOOD);
        decideMember(tree.secretaryA1, Rating.GOOD);
        // the city's Bằng khen needs HTXSNV, which the cap of 132 leaves no one of so small a tree: the module learns
        // Trần Thị Bình's HTXSNV from the evaluation module's event, as it learns every rating
        context.publishEvent(new vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided(
                0,
                round,
                YEAR,
                vn.lamtheobac.evaluation.Subject.MEMBER,
                tree.secretaryA1,
                tree.cellA1,
                Rating.EXCELLENT));
        decideMember(tree.personA1, Rating.COMPLETED);
        decideMember(tree.personA2, Rating.GOOD);
        decideCollective(tree.cellA1, Rating.EXCELLENT, wardsec);
        decideCollective(tree.cellA2, Rating.GOOD, wardsec);
        decideCollective(tree.schoolA, Rating.GOOD, wardsec);
        decideCollective(tree.wardA, Rating.GOOD, officer);
        people.recordDiscipline(
                new RecordDiscipline(
                        tree.personA2,
                        DisciplineForm.REPRIMAND,
                        LocalDate.of(YEAR, 9, 15),
                        "Vi phạm quy định về sinh hoạt đảng",
                        "Chi bộ"),
                tree.system);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    void decideMember(long personId, Rating rating) {
        var evaluation = evaluations.members(round, tree.city, officer).stream()
                .filter(e -> e.personId() != null && e.personId() == personId)
                .findFirst()
                .orElseThrow();
        decide(evaluation, rating, wardsec);
    }

    void decideCollective(long organizationId, Rating rating, Scope as) {
        decide(collective(organizationId), rating, as);
    }

    EvaluationView collective(long organizationId) {
        return evaluations.collectives(round, tree.city, officer).stream()
                .filter(e -> e.organizationId() == organizationId)
                .findFirst()
                .orElseThrow();
    }

    void decide(EvaluationView evaluation, Rating rating, Scope as) {
        evaluations.decide(
                new Decision(
                        evaluation.id(),
                        rating,
                        null,
                        evaluations.get(evaluation.id(), as).version()),
                as);
    }

    /** A movement of the city for 2022, new for each test so that nominations of one test do not block another's. */
    long movement(String title, Rating minimum) {
        return movementManagement.createMovement(
                new CreateMovement(
                        tree.city,
                        title + " " + tree.tag,
                        "Gần dân, hiểu dân, tin dân, trọng dân; có cách làm sáng tạo được nhân dân đồng tình.",
                        LocalDate.of(YEAR, 1, 1),
                        LocalDate.of(YEAR, 12, 31),
                        minimum),
                officer);
    }

    long individual(Scope as, long movement, long personId, String form) {
        return nominationManagement.nominate(
                new Nominate(
                        movement,
                        NomineeKind.INDIVIDUAL,
                        null,
                        personId,
                        YEAR,
                        // each movement rewards its own achievement: the same words in two would be one achievement
                        "Hoàn thành xuất sắc nhiệm vụ; hướng dẫn tận tình hơn 300 lượt người dân làm thủ tục (phong"
                                + " trào số " + movement + ").",
                        List.of(),
                        form),
                as);
    }

    long collectiveNomination(Scope as, long movement, long organizationId, String form) {
        return nominationManagement.nominate(
                new Nominate(
                        movement,
                        NomineeKind.COLLECTIVE,
                        organizationId,
                        null,
                        YEAR,
                        "Lãnh đạo hoàn thành xuất sắc các chỉ tiêu năm; 100% hồ sơ được giải quyết đúng hạn (phong trào"
                                + " số " + movement + ").",
                        List.of(),
                        form),
                as);
    }

    void approve(long id, Scope as) {
        nominationManagement.review(new Review(id, ReviewAction.APPROVE_UPWARD, null, null), as);
    }

    NominationDetail detail(long id) {
        return nominationQueries.nomination(id, officer);
    }

    /** A member's Giấy khen decided by wardA's standing committee: cellA1 → schoolA → wardA. */
    DecisionView giayKhen(long movement, long personId) {
        long id = individual(cellsec, movement, personId, GIAY_KHEN);
        approve(id, wardsec);
        return decisionManagement.decide(new Decide(List.of(id), null, null), officer);
    }

    /** Waits until {@code role}'s account holds a notification {@code kind} leading to {@code link}. */
    void notified(String role, String kind, String link) {
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                select count(*) from notification.notifications n
                                join identity.accounts a on a.id = n.account_id
                                where a.username = ? and n.kind = ? and n.link = ?
                                """)
                                .params(tree.username(role), kind, link)
                                .query(Long.class)
                                .single())
                        .as("%s notified of %s at %s", role, kind, link)
                        .isEqualTo(1));
    }

    /** The evaluation module's event of a member's rating of {@code YEAR}, as the module learns every rating. */
    void rated(long personId, Rating rating) {
        context.publishEvent(new vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided(
                0, round, YEAR, vn.lamtheobac.evaluation.Subject.MEMBER, personId, tree.cellA1, rating));
    }

    /** Where an award form's minimum and conditions come from, as its reference data cites it. */
    String formSource(String code) {
        return recognition.awardForms().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow()
                .source();
    }

    static void expectRule(ThrowingCallable call, String rule, String source) {
        assertThatThrownBy(call).isInstanceOf(RuleBrokenException.class).satisfies(e -> {
            assertThat(((RuleBrokenException) e).rule()).isEqualTo(rule);
            assertThat(((RuleBrokenException) e).source()).isEqualTo(source);
        });
    }

    static void expectError(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo(key);
    }

    String page(String url, Object id, String role) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url, id).with(user(tree.user(role))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    // -------------------------------------------------------------------------------------------------- the ratings

    @Test
    void decidedRatingsAreKeptFromTheEvaluationModuleTheLatestWinning() {
        assertThat(ratings.ofMember(tree.memberA1, YEAR)).contains(Rating.GOOD);
        assertThat(ratings.ofMember(tree.personA1, YEAR)).contains(Rating.COMPLETED);
        assertThat(ratings.ofMember(tree.personB1, YEAR)).isEmpty();
        assertThat(ratings.ofOrganization(tree.cellA1, YEAR)).contains(Rating.EXCELLENT);
        assertThat(ratings.ofMember(tree.memberA1, YEAR + 1)).isEmpty();

        var cellA2 = collective(tree.cellA2);
        evaluations.correct(
                new Correction(
                        cellA2.id(),
                        Rating.COMPLETED,
                        "Xem xét lại kết quả",
                        evaluations.get(cellA2.id(), wardsec).version()),
                wardsec);
        assertThat(ratings.ofOrganization(tree.cellA2, YEAR)).contains(Rating.COMPLETED);
        evaluations.correct(
                new Correction(
                        cellA2.id(),
                        Rating.GOOD,
                        "Khôi phục",
                        evaluations.get(cellA2.id(), wardsec).version()),
                wardsec);
        assertThat(ratings.ofOrganization(tree.cellA2, YEAR)).contains(Rating.GOOD);
    }

    // ---------------------------------------------------------------------------------------------------- the rules

    @Test
    @org.junit.jupiter.api.DisplayName("A decision dated before the committee's last decision number asks for"
            + " confirmation (Hướng dẫn 36-HD/VPTW: the register runs in the order of issue)")
    void aDecisionDatedBeforeTheLastNumberAsksForConfirmation_HD36() {
        long movement = movement("Phong trào “Thi đua thực hiện văn hóa công sở”", Rating.GOOD);
        var first = giayKhen(movement, tree.memberA1);
        long id = individual(cellsec, movement, tree.secretaryA1, GIAY_KHEN);
        approve(id, wardsec);
        var earlier = first.decidedOn().minusDays(2);

        assertThatThrownBy(() -> decisionManagement.decide(new Decide(List.of(id), null, earlier), officer))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("decidedOn");
                    assertThat(e.messageKey()).isEqualTo("document.error.dateBeforeLast");
                    assertThat(e.args()).contains(first.symbol());
                });
        var decided = decisionManagement.decide(new Decide(List.of(id), null, earlier, true), officer);
        assertThat(decided.decidedOn()).isEqualTo(earlier);
        assertThat(decided.symbol()).isNotEqualTo(first.symbol());
    }

    @Test
    void oneAchievementIsRewardedOnceAndWithOneForm() {
        long movement = movement("Phong trào “Dân vận khéo”", Rating.GOOD);
        long first = individual(cellsec, movement, tree.memberA1, GIAY_KHEN);
        expectRule(
                () -> individual(cellsec, movement, tree.memberA1, BANG_KHEN),
                "achievement.once",
                RecognitionManagement.LAW);
        expectRule(
                () -> individual(officer, movement, tree.memberA1, GIAY_KHEN),
                "achievement.once",
                RecognitionManagement.LAW);

        // a rejected nomination does not count; a decided one does, and so does its commendation
        nominationManagement.review(new Review(first, ReviewAction.REJECT, "Chưa tiêu biểu", null), wardsec);
        long second = individual(cellsec, movement, tree.memberA1, GIAY_KHEN);
        approve(second, wardsec);
        decisionManagement.decide(new Decide(List.of(second), null, null), officer);
        expectRule(
                () -> individual(cellsec, movement, tree.memberA1, BANG_KHEN),
                "achievement.once",
                RecognitionManagement.LAW);

        // another movement is another achievement
        long other = movement("Phong trào thi đua “Chuyển đổi số”", Rating.GOOD);
        assertThat(individual(cellsec, other, tree.memberA1, GIAY_KHEN)).isPositive();
    }

    @Test
    void theNomineesRatingOfTheYearMustMeetTheMovementsMinimum() {
        long demanding = movement("Phong trào thi đua yêu cầu HTTNV", Rating.GOOD);
        // the Giấy khen itself needs HTTNV: the form's minimum is checked first, citing the form's source
        expectRule(
                () -> individual(cellsec, demanding, tree.personA1, GIAY_KHEN),
                "nominee.minimumRating",
                formSource(GIAY_KHEN));
        assertThatThrownBy(() -> individual(cellsec, demanding, tree.personA1, GIAY_KHEN))
                .extracting("args")
                .isEqualTo(new Object[] {
                    YEAR,
                    "HTNV",
                    "HTTNV",
                    "Giấy khen của Ban Thường vụ Đảng ủy xã, phường, đặc khu / Đảng ủy trực thuộc"
                });
        expectRule(
                () -> individual(officer, demanding, tree.personB1, GIAY_KHEN),
                "nominee.noRating",
                RecognitionManagement.MOVEMENT_RULES);

        // a movement may not loosen the form's minimum
        long lenient = movement("Phong trào thi đua yêu cầu HTNV", Rating.COMPLETED);
        expectRule(
                () -> individual(cellsec, lenient, tree.personA1, GIAY_KHEN),
                "nominee.minimumRating",
                formSource(GIAY_KHEN));
        long id = individual(cellsec, lenient, tree.memberA1, GIAY_KHEN);
        assertThat(detail(id).evidence().rating()).isEqualTo(Rating.GOOD);
        assertThat(detail(id).evidence().ratingMeetsMinimum()).isTrue();

        long excellentOnly = movement("Phong trào thi đua chỉ HTXSNV", Rating.EXCELLENT);
        expectRule(
                () -> collectiveNomination(wardsec, excellentOnly, tree.schoolA, GIAY_KHEN),
                "nominee.minimumRating",
                RecognitionManagement.MOVEMENT_RULES);
        assertThat(collectiveNomination(cellsec, excellentOnly, tree.cellA1, GIAY_KHEN))
                .isPositive();
    }

    @Test
    void aPersonDisciplinedInTheYearIsNotProposed() {
        long movement = movement("Phong trào thi đua kỷ luật", Rating.GOOD);
        assertThat(ratings.ofMember(tree.personA2, YEAR)).contains(Rating.GOOD);
        expectRule(
                () -> individual(wardsec, movement, tree.personA2, GIAY_KHEN),
                "nominee.disciplined",
                RecognitionManagement.LAW);
    }

    @Test
    void theFormMustFitTheNomineeAndHaveAnEntitledCommitteeAboveIt() {
        String tag = tree.tag.toUpperCase(Locale.ROOT);
        awardFormAdmin.addAwardForm(
                new AddAwardForm(
                        "TAP_THE_" + tag,
                        "Giấy khen tập thể tiêu biểu",
                        "Certificate for collectives",
                        AwardFormKind.COLLECTIVE,
                        AwardCategory.GIAY_KHEN,
                        LevelClass.UPPER_GRASSROOTS,
                        Rating.GOOD,
                        null,
                        "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80"),
                admin);
        awardFormAdmin.addAwardForm(
                new AddAwardForm(
                        "CA_NHAN_" + tag,
                        "Giấy khen cá nhân tiêu biểu",
                        "Certificate for individuals",
                        AwardFormKind.INDIVIDUAL,
                        AwardCategory.GIAY_KHEN,
                        LevelClass.UPPER_GRASSROOTS,
                        Rating.GOOD,
                        null,
                        "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80"),
                admin);
        // the law's list gives Giấy khen to grassroots and upper-grassroots committees, not to a cell
        expectRule(
                () -> awardFormAdmin.addAwardForm(
                        new AddAwardForm(
                                "CHI_BO_" + tag,
                                "Giấy khen của chi bộ",
                                "Certificate of the cell",
                                AwardFormKind.BOTH,
                                AwardCategory.GIAY_KHEN,
                                LevelClass.CELL,
                                Rating.GOOD,
                                null,
                                "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80"),
                        admin),
                "award.grantingLevel",
                AwardCategory.GIAY_KHEN.source());
        assertThatThrownBy(() -> awardFormAdmin.addAwardForm(
                        new AddAwardForm(
                                "CA_NHAN_" + tag,
                                "Trùng mã",
                                "Duplicate",
                                AwardFormKind.BOTH,
                                AwardCategory.GIAY_KHEN,
                                LevelClass.GRASSROOTS,
                                Rating.GOOD,
                                null,
                                "Điều 80"),
                        admin))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> awardFormAdmin.addAwardForm(
                        new AddAwardForm(
                                "KHAC_" + tag,
                                "Khác",
                                "Other",
                                AwardFormKind.BOTH,
                                AwardCategory.GIAY_KHEN,
                                LevelClass.GRASSROOTS,
                                Rating.GOOD,
                                null,
                                "Điều 80"),
                        officer))
                .isInstanceOf(ForbiddenException.class);

        long movement = movement("Phong trào thi đua hình thức", Rating.GOOD);
        expectRule(
                () -> individual(cellsec, movement, tree.memberA1, "TAP_THE_" + tag),
                "award.kind",
                RecognitionManagement.LAW);
        // nor does a grassroots committee commend itself with its own form: the entitled body is sought above it
        expectRule(
                () -> collectiveNomination(wardsec, movement, tree.schoolA, "GIAY_KHEN_DANG_UY_CO_SO"),
                "award.noEntitledBody",
                RecognitionManagement.LAW);

        long cell = collectiveNomination(cellsec, movement, tree.cellA1, "TAP_THE_" + tag);
        approve(cell, wardsec);
        assertThat(detail(cell).status()).isEqualTo(NominationStatus.AWAITING_DECISION);
        expectRule(
                () -> decisionManagement.decide(new Decide(List.of(cell), "CA_NHAN_" + tag, null), officer),
                "award.kind",
                RecognitionManagement.LAW);
        assertThat(decisionManagement
                        .decide(new Decide(List.of(cell), null, null), officer)
                        .symbol())
                .matches("\\d{2}-QĐ/ĐU");
    }

    @Test
    void onlyAnOfficerOfTheEntitledCommitteeDecidesAndOnlyItsForms() {
        long movement = movement("Phong trào thi đua thẩm quyền", Rating.GOOD);
        long id = individual(cellsec, movement, tree.secretaryA1, GIAY_KHEN);
        assertThat(detail(id).status()).isEqualTo(NominationStatus.PROPOSED);
        assertThat(detail(id).currentLevelOrganizationId()).isEqualTo(tree.schoolA);
        expectError(
                () -> decisionManagement.decide(new Decide(List.of(id), null, null), officer),
                "recognition.error.notAwaitingDecision");
        approve(id, wardsec);
        assertThat(detail(id).status()).isEqualTo(NominationStatus.AWAITING_DECISION);
        assertThat(detail(id).currentLevelOrganizationId()).isEqualTo(tree.wardA);

        // every level decides within its own entitlement: the ward's secretary may, a reader of the ward may not
        assertThatThrownBy(() -> decisionManagement.decide(new Decide(List.of(id), null, null), tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class)
                .extracting("messageKey")
                .isEqualTo("recognition.error.notDecider");
        assertThatThrownBy(() -> decisionManagement.decide(new Decide(List.of(id), null, null), officerB))
                .isInstanceOf(NotFoundException.class);
        expectRule(
                () -> decisionManagement.decide(new Decide(List.of(id), BANG_KHEN, null), officer),
                "award.entitledLevel",
                RecognitionManagement.LAW);
        expectRule(
                () -> decisionManagement.decide(new Decide(List.of(id), "GIAY_KHEN_DANG_UY_CO_SO", null), officer),
                "award.entitledLevel",
                RecognitionManagement.LAW);

        var decision = decisionManagement.decide(new Decide(List.of(id), null, null), officer);
        assertThat(decision.symbol()).matches("\\d{2}-QĐ/ĐU");
        assertThat(decision.numberLine()).isEqualTo("Số " + decision.symbol());
        var commendation = detail(id).commendation();
        assertThat(commendation.decidingOrganizationId()).isEqualTo(tree.wardA);
        assertThat(commendation.formCode()).isEqualTo(GIAY_KHEN);
        assertThat(detail(id).status()).isEqualTo(NominationStatus.DECIDED);
        expectError(
                () -> decisionManagement.decide(new Decide(List.of(id), null, null), officer),
                "recognition.error.alreadyDecided");
    }

    // -------------------------------------------------------------------------------------------------- the flow

    @Test
    void aNominationClimbsThreeLevelsToTheCityWhichDecidesUnderItsNumber() {
        // the city's Bằng khen needs HTXSNV: Nguyễn Văn An's rating of the year is raised for this test only
        rated(tree.memberA1, Rating.EXCELLENT);
        try {
            long movement = movement("Phong trào thi đua ba cấp", Rating.GOOD);
            long initiative = initiatives.register(
                    new RegisterInitiative(
                            InitiativeKind.INDIVIDUAL,
                            null,
                            tree.memberA1,
                            new InitiativeContent(
                                    InitiativeField.SOCIAL_WELFARE,
                                    null,
                                    YEAR,
                                    "Mỗi tháng một phần quà cho hộ nghèo " + tree.tag,
                                    "Vận động quà tặng hộ nghèo.",
                                    LocalDate.of(YEAR, 2, 1),
                                    LocalDate.of(YEAR, 12, 31),
                                    List.of(new IndicatorInput("Phần quà được trao", new BigDecimal("12"), "phần")))),
                    cellsec);
            long someoneElses = initiatives.register(
                    new RegisterInitiative(
                            InitiativeKind.INDIVIDUAL,
                            null,
                            tree.personA1,
                            new InitiativeContent(
                                    InitiativeField.OTHER,
                                    null,
                                    YEAR,
                                    "Hành động của người khác " + tree.tag,
                                    null,
                                    LocalDate.of(YEAR, 2, 1),
                                    LocalDate.of(YEAR, 12, 31),
                                    List.of(new IndicatorInput("Việc", new BigDecimal("1"), "việc")))),
                    cellsec);
            var nominate = new Nominate(
                    movement,
                    NomineeKind.INDIVIDUAL,
                    null,
                    tree.memberA1,
                    YEAR,
                    "Vận động trao 12 phần quà cho hộ nghèo; hoàn thành xuất sắc nhiệm vụ được giao.",
                    List.of(initiative, someoneElses),
                    BANG_KHEN);
            assertThatThrownBy(() -> nominationManagement.nominate(nominate, cellsec))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                            .extracting(
                                    InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                            .containsExactly(tuple("initiativeIds", "recognition.error.initiative")));

            long id = nominationManagement.nominate(
                    new Nominate(
                            movement,
                            NomineeKind.INDIVIDUAL,
                            null,
                            tree.memberA1,
                            YEAR,
                            nominate.achievements(),
                            List.of(initiative),
                            BANG_KHEN),
                    cellsec);
            assertThat(events.stream(NominationSubmitted.class))
                    .extracting(NominationSubmitted::id, NominationSubmitted::currentLevelOrganizationId)
                    .containsExactly(tuple(id, tree.schoolA));
            assertThat(detail(id).status()).isEqualTo(NominationStatus.PROPOSED);
            String link = "/app/recognition/nominations/" + id;
            // schoolA has no account of its own: the ward's secretary, whose grant covers it, reviews it
            notified("wardsec", "notification.nominationSubmitted", link);

            assertThatThrownBy(() -> approve(id, cellsec))
                    .isInstanceOf(ForbiddenException.class)
                    .extracting("messageKey")
                    .isEqualTo("recognition.error.notReviewer");
            approve(id, wardsec);
            assertThat(detail(id).status()).isEqualTo(NominationStatus.UNDER_REVIEW);
            assertThat(detail(id).currentLevelOrganizationId()).isEqualTo(tree.wardA);
            notified("wardsec", "notification.nominationReviewed.UNDER_REVIEW", link);
            approve(id, wardsec);
            assertThat(detail(id).status()).isEqualTo(NominationStatus.AWAITING_DECISION);
            assertThat(detail(id).currentLevelOrganizationId()).isEqualTo(tree.city);
            notified("officer", "notification.nominationReviewed.AWAITING_DECISION", link);
            assertThatThrownBy(() -> approve(id, wardsec)).isInstanceOf(ForbiddenException.class);
            expectError(() -> approve(id, officer), "recognition.error.awaitingDecision");

            var decision = decisionManagement.decide(
                    new Decide(List.of(id), null, vn.lamtheobac.TestClock.TODAY.minusDays(1)), officer);
            assertThat(decision.symbol()).matches("\\d{2}-QĐ/TU");
            assertThat(events.stream(CommendationDecided.class))
                    .extracting(
                            CommendationDecided::nominationId,
                            CommendationDecided::symbol,
                            CommendationDecided::personId)
                    .containsExactly(tuple(id, decision.symbol(), tree.memberA1));
            notified("member", "notification.commendationDecided", link);
            notified("cellsec", "notification.commendationDecided", link);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(page("/app/notifications", "", "member"))
                            .contains("Quyết định khen thưởng số " + decision.symbol() + " ngày "
                                    + DATE.format(vn.lamtheobac.TestClock.TODAY.minusDays(1))
                                    + ": Nguyễn Văn An được khen thưởng."));

            var decided = detail(id);
            assertThat(decided.status()).isEqualTo(NominationStatus.DECIDED);
            assertThat(decided.timeline())
                    .extracting(ReviewView::action, ReviewView::organizationId)
                    .containsExactly(
                            tuple(ReviewAction.SUBMIT, tree.cellA1),
                            tuple(ReviewAction.APPROVE_UPWARD, tree.schoolA),
                            tuple(ReviewAction.APPROVE_UPWARD, tree.wardA),
                            tuple(ReviewAction.DECIDE, tree.city));
            assertThat(decided.evidence().rating()).isEqualTo(Rating.EXCELLENT);
            assertThat(decided.evidence().initiatives())
                    .extracting(Evidence.LinkedInitiative::id)
                    .containsExactly(initiative);
            assertThat(decided.commendation().formName()).isEqualTo("Bằng khen của Ban Thường vụ Thành ủy");
            assertThat(decided.commendation().decidingOrganizationId()).isEqualTo(tree.city);

            // the next decision of the city takes the next number
            long next = individual(cellsec, movement, tree.secretaryA1, BANG_KHEN);
            approve(next, wardsec);
            approve(next, officer);
            int number = Integer.parseInt(decision.symbol().substring(0, 2));
            assertThat(decisionManagement
                            .decide(new Decide(List.of(next), null, null), officer)
                            .symbol())
                    .isEqualTo(String.format("%02d-QĐ/TU", number + 1));
        } finally {
            rated(tree.memberA1, Rating.GOOD);
        }
    }

    @Test
    void aReturnedNominationIsRevisedAndResentAndARejectedOneStopsThere() {
        long movement = movement("Phong trào thi đua trả lại", Rating.GOOD);
        long id = individual(cellsec, movement, tree.secretaryA1, GIAY_KHEN);
        assertThatThrownBy(() -> nominationManagement.review(new Review(id, ReviewAction.RETURN, "  ", null), wardsec))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("field", "messageKey")
                .containsExactly("reason", "recognition.error.reason");
        expectError(
                () -> nominationManagement.review(new Review(id, ReviewAction.SUBMIT, null, null), wardsec),
                "recognition.error.reviewAction");
        nominationManagement.review(
                new Review(id, ReviewAction.RETURN, "Đề nghị bổ sung số liệu về kết quả vận động nhân dân.", null),
                wardsec);
        var returned = detail(id);
        assertThat(returned.status()).isEqualTo(NominationStatus.RETURNED);
        notified("cellsec", "notification.nominationReviewed.RETURNED", "/app/recognition/nominations/" + id);
        assertThat(returned.currentLevelOrganizationId()).isEqualTo(tree.cellA1);
        assertThat(returned.returnReason()).isEqualTo("Đề nghị bổ sung số liệu về kết quả vận động nhân dân.");
        expectError(() -> approve(id, wardsec), "recognition.error.returnedToUnit");
        assertThat(nominationQueries.actions(returned, cellsec).resubmit()).isTrue();
        assertThat(nominationQueries.actions(returned, wardsec).review()).isFalse();

        nominationManagement.resubmit(
                new Resubmit(
                        id,
                        "Vận động 45 hộ dân ký cam kết giữ gìn vệ sinh; hướng dẫn 320 lượt người dân làm thủ tục.",
                        List.of(),
                        GIAY_KHEN,
                        returned.version()),
                cellsec);
        var resent = detail(id);
        assertThat(resent.status()).isEqualTo(NominationStatus.PROPOSED);
        assertThat(resent.currentLevelOrganizationId()).isEqualTo(tree.schoolA);
        assertThat(resent.achievements()).startsWith("Vận động 45 hộ dân");

        nominationManagement.review(new Review(id, ReviewAction.REJECT, "Thành tích chưa tiêu biểu.", null), wardsec);
        assertThat(detail(id).status()).isEqualTo(NominationStatus.REJECTED);
        expectError(() -> approve(id, wardsec), "recognition.error.alreadyRejected");
        assertThat(detail(id).timeline())
                .extracting(ReviewView::action)
                .containsExactly(ReviewAction.SUBMIT, ReviewAction.RETURN, ReviewAction.RESUBMIT, ReviewAction.REJECT);
        assertThat(individual(cellsec, movement, tree.secretaryA1, GIAY_KHEN)).isNotEqualTo(id);
    }

    @Test
    void severalNominationsWaitingAtOneCommitteeShareOneDecision() throws Exception {
        long movement = movement("Phong trào thi đua quyết định chung", Rating.GOOD);
        long person = individual(cellsec, movement, tree.memberA1, GIAY_KHEN);
        long cell = collectiveNomination(cellsec, movement, tree.cellA1, GIAY_KHEN);
        long city = individual(cellsec, movement, tree.secretaryA1, BANG_KHEN);
        for (long id : List.of(person, cell, city)) {
            approve(id, wardsec);
        }
        approve(city, wardsec);
        expectError(
                () -> decisionManagement.decide(new Decide(List.of(person, city), null, null), officer),
                "recognition.error.batchMixed");
        assertThat(nominationQueries.awaitingDecision(movement, officer))
                .extracting(NominationView::id)
                .containsExactlyInAnyOrder(person, cell, city);
        // the ward's secretary decides what its committee is entitled to, not the city's Bằng khen
        assertThat(nominationQueries.awaitingDecision(movement, wardsec))
                .extracting(NominationView::id)
                .containsExactlyInAnyOrder(person, cell);

        var decided = mvc.perform(post("/app/recognition/movements/{id}/decision", movement)
                        .param("nominationIds", String.valueOf(person), String.valueOf(cell))
                        .param("decidedOn", DATE.format(vn.lamtheobac.TestClock.TODAY.minusDays(1)))
                        // other tests of the class may have decided at this committee today
                        .param("earlierDateConfirmed", "true")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "recognition.flash.decided"))
                .andReturn();
        var one = detail(person).commendation();
        var two = detail(cell).commendation();
        assertThat(one.decisionId()).isEqualTo(two.decisionId());
        assertThat(one.symbol()).isEqualTo(two.symbol()).matches("\\d{2}-QĐ/ĐU");
        assertThat(detail(city).status()).isEqualTo(NominationStatus.AWAITING_DECISION);
        String flashed =
                HtmlUtils.htmlUnescape(mvc.perform(get(decided.getResponse().getRedirectedUrl())
                                .cookie(decided.getResponse().getCookies())
                                .with(user(tree.user("officer"))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(flashed)
                .as("the notice names the decision's number")
                .contains("Đã ban hành quyết định khen thưởng số " + one.symbol() + ".")
                .doesNotContain("[Ljava");

        String number = one.symbol().substring(0, 2);
        byte[] docx = mvc.perform(get("/app/recognition/decisions/{id}/document", one.decisionId())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"quyet-dinh-" + number + "-qd-du.docx\"; filename*=UTF-8''"
                                        + "Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20" + number + "-Q%C4%90-%C4%90U.docx"))
                .andExpect(header().string(
                                "Content-Type",
                                Matchers.startsWith(
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Số " + one.symbol())
                    .contains("QUYẾT ĐỊNH")
                    .contains("Tặng Giấy khen của Ban Thường vụ Đảng ủy xã, phường, đặc khu / Đảng ủy trực thuộc cho:")
                    .contains("1 tập thể")
                    .contains("Chi bộ Giáo viên " + tree.tag)
                    .contains("Đồng chí Nguyễn Văn An")
                    .contains("T/M BAN THƯỜNG VỤ");
        }
        // HD 36: the decision's body is laid out as one: the authority, the basis lines, "QUYẾT ĐỊNH:" centred in
        // bold, the articles with their labels in bold; a ward's office carries it out
        try (var document = vn.lamtheobac.document.DocxFacts.open("recognition-decision", docx)) {
            var facts = new Object() {
                org.apache.poi.xwpf.usermodel.XWPFParagraph at(String text) {
                    return vn.lamtheobac.document.DocxFacts.paragraph(document, text);
                }
            };
            var decides = facts.at("QUYẾT ĐỊNH:");
            assertThat(vn.lamtheobac.document.DocxFacts.centred(decides)).isTrue();
            assertThat(vn.lamtheobac.document.DocxFacts.bold(decides)).isTrue();
            var authority = facts.at(
                    ("Ban Thường vụ Đảng ủy phường An " + tree.tag).toUpperCase(java.util.Locale.forLanguageTag("vi")));
            assertThat(vn.lamtheobac.document.DocxFacts.centred(authority)).isTrue();
            assertThat(vn.lamtheobac.document.DocxFacts.bold(authority)).isTrue();
            var basis = facts.at("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;");
            assertThat(basis.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH);
            for (var article : List.of("Điều 1.", "Điều 2.")) {
                var paragraph = vn.lamtheobac.document.DocxFacts.startingWith(document, article);
                assertThat(paragraph.getRuns().get(0).text()).isEqualTo(article);
                assertThat(paragraph.getRuns().get(0).isBold()).as(article).isTrue();
                assertThat(paragraph.getRuns().get(1).isBold())
                        .as(article + " text")
                        .isFalse();
            }
            assertThat(vn.lamtheobac.document.DocxFacts.startingWith(document, "Điều 2.")
                            .getText())
                    .startsWith("Điều 2. Văn phòng Đảng ủy phường An " + tree.tag);
            assertThat(vn.lamtheobac.document.DocxFacts.text(document)).doesNotContain("Văn phòng Chi bộ");
        }
        mvc.perform(get("/app/recognition/decisions/{id}/document", one.decisionId())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());

        byte[] pdf = mvc.perform(get("/app/recognition/commendations/{id}/certificate", one.id())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                Matchers.startsWith(
                                        "attachment; filename=\"giay-khen-nguyen-van-an.pdf\"; filename*=")))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        assertThat(reader.getPageSize(1).getWidth())
                .as("A4 landscape")
                .isGreaterThan(reader.getPageSize(1).getHeight());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1))
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                .contains("GIẤY KHEN")
                .contains("Đồng chí Nguyễn Văn An")
                .contains("Quyết định số " + one.symbol());
    }

    @Test
    void exemplarsArePublishedOnlyWithTheIndividualsConsent() {
        long movement = movement("Phong trào thi đua gương điển hình", Rating.GOOD);
        var decision = giayKhen(movement, tree.memberA1);
        long commendation = decision.commendationIds().get(0);
        assertThat(recognition.publishedExemplars(100))
                .extracting(ExemplarView::commendationId)
                .doesNotContain(commendation);
        int version = recognition.commendation(commendation, cellsec).version();
        assertThatThrownBy(() -> recognition.markExemplar(new MarkExemplar(commendation, null, null, version), cellsec))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> recognition.markExemplar(
                        new MarkExemplar(commendation, vn.lamtheobac.TestClock.TODAY, "Phiếu đồng ý", version),
                        tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class);
        recognition.markExemplar(
                new MarkExemplar(
                        commendation, vn.lamtheobac.TestClock.TODAY.minusDays(1), "Phiếu đồng ý có chữ ký", version),
                cellsec);
        assertThat(recognition.publishedExemplars(100))
                .filteredOn(e -> e.commendationId() == commendation)
                .extracting(ExemplarView::name, ExemplarView::kind)
                .containsExactly(tuple("Nguyễn Văn An", NomineeKind.INDIVIDUAL));

        var member = tree.scope("member");
        recognition.withdrawExemplar(
                new WithdrawExemplar(
                        commendation,
                        recognition.commendation(commendation, member).version()),
                member);
        var withdrawn = recognition.commendation(commendation, cellsec);
        assertThat(withdrawn.exemplar()).isFalse();
        assertThat(withdrawn.hasConsent()).isFalse();
        assertThat(recognition.publishedExemplars(100))
                .extracting(ExemplarView::commendationId)
                .doesNotContain(commendation);
    }

    // ----------------------------------------------------------------------------------------------------- scope

    @Test
    void outsideTheScopeEveryRouteAnswersNotFound() throws Exception {
        long movement = movement("Phong trào thi đua phạm vi", Rating.GOOD);
        var decision = giayKhen(movement, tree.memberA1);
        long commendation = decision.commendationIds().get(0);
        long nomination = recognition.commendation(commendation, officer).nominationId();
        long wardMovement = movementManagement.createMovement(
                new CreateMovement(
                        tree.wardA,
                        "Phong trào của phường " + tree.tag,
                        null,
                        LocalDate.of(YEAR, 1, 1),
                        LocalDate.of(YEAR, 12, 31),
                        null),
                officer);
        var outsider = user(tree.user("officerb"));

        mvc.perform(get("/app/recognition/nominations/{id}", nomination).with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/nominations/{id}", nomination).with(outsider)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/nominations/{id}/review", nomination)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"REJECT\", \"reason\": \"Không\", \"version\": 0}")
                        .with(csrf())
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/nominations/{id}/decision", nomination)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(csrf())
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(post("/app/recognition/nominations/{id}/review", nomination)
                        .param("action", "REJECT")
                        .param("reason", "Không")
                        .with(csrf())
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/recognition/commendations/{id}/certificate", commendation)
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/recognition/decisions/{id}/document", decision.id())
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commendations")
                        .param("organization", String.valueOf(tree.wardA))
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/recognition/honour-roll")
                        .param("organization", String.valueOf(tree.wardA))
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/recognition/movements/{id}", wardMovement).with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/recognition/nominations/new")
                        .param("movement", String.valueOf(wardMovement))
                        .with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commendations").param("size", "200").with(outsider))
                .andExpect(jsonPath("$.content[*].id", Matchers.not(Matchers.hasItem((int) commendation))));

        // the city's movement is the outsider's too; the member sees their own nomination and nothing else
        assertThat(page("/app/recognition/movements/{id}", movement, "officerb"))
                .contains("Phong trào thi đua phạm vi");
        mvc.perform(get("/api/v1/nominations/{id}", nomination).with(user(tree.user("member"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personName").value("Nguyễn Văn An"));
        mvc.perform(get("/app/recognition/commendations/{id}/certificate", commendation)
                        .with(user(tree.user("member"))))
                .andExpect(status().isOk());
    }

    // ------------------------------------------------------------------------------------------- pages and the API

    @Test
    void aReviewIsSignedWithTheReviewersNameNotTheirLoginName() throws Exception {
        long movement = movement("Phong trào thi đua người xem xét", Rating.GOOD);
        long id = individual(cellsec, movement, tree.memberA1, GIAY_KHEN);
        mvc.perform(post("/app/recognition/nominations/{id}/review", id)
                        .param("action", "APPROVE_UPWARD")
                        .with(csrf())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().is3xxRedirection());
        String history = page("/app/recognition/nominations/{id}", id, "officer");
        assertThat(history).contains("· wardsec " + tree.tag).doesNotContain(tree.username("wardsec"));
    }

    @Test
    void eachFormIsShownOnlyToWhoMayUseIt() throws Exception {
        long movement = movement("Phong trào thi đua trang", Rating.GOOD);
        long id = individual(cellsec, movement, tree.memberA1, GIAY_KHEN);
        assertThat(page("/app/recognition/nominations/{id}", id, "wardsec"))
                .contains("Nguyễn Văn An")
                .contains("/review")
                .contains("Hoàn thành tốt nhiệm vụ")
                .doesNotContain("/decision");
        assertThat(page("/app/recognition/nominations/{id}", id, "cellsec")).doesNotContain("/review");
        assertThat(page("/app/recognition/nominations/{id}", id, "viewer")).doesNotContain("/review");
        approve(id, wardsec);
        assertThat(page("/app/recognition/nominations/{id}", id, "officer")).contains("/decision");
        assertThat(page("/app/recognition/nominations/{id}", id, "wardsec")).contains("/decision");
        assertThat(page("/app/recognition/nominations/{id}", id, "viewer")).doesNotContain("/decision");
        assertThat(page("/app/recognition/movements/{id}", movement, "officer"))
                .contains("Nguyễn Văn An")
                .contains("/app/recognition/movements/" + movement + "/decision");

        String fragment = mvc.perform(get("/app/recognition/movements/{id}", movement)
                        .param("status", "AWAITING_DECISION")
                        .header("HX-Request", "true")
                        .header("HX-Target", "results")
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(fragment)).doesNotContain("<html").contains("Nguyễn Văn An");

        decisionManagement.decide(new Decide(List.of(id), null, null), officer);
        assertThat(page("/app/recognition/honour-roll?organization=" + tree.cellA1 + "&year=" + YEAR, "", "cellsec"))
                .contains("Nguyễn Văn An")
                .contains("-QĐ/ĐU");
        assertThat(page("/app/recognition", "", "officer")).contains("/app/recognition/movements");
        assertThat(page("/app/recognition/award-forms", "", "admin")).contains(BANG_KHEN);
        mvc.perform(get("/app/recognition/award-forms").with(user(tree.user("officer"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNominationFormShowsErrorsAtTheirFieldAndRulesAboveIt() throws Exception {
        long movement = movement("Phong trào thi đua biểu mẫu", Rating.GOOD);
        assertThat(page("/app/recognition/nominations/new?movement=" + movement, "", "cellsec"))
                .contains("name=\"achievements\"")
                .contains(GIAY_KHEN);
        mvc.perform(post("/app/recognition/nominations")
                        .param("movementId", String.valueOf(movement))
                        .param("kind", "INDIVIDUAL")
                        .param("personId", String.valueOf(tree.memberA1))
                        .param("year", String.valueOf(YEAR))
                        .param("proposedFormCode", GIAY_KHEN)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(
                                HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("Vui lòng nhập tóm tắt thành tích")
                        .contains("Nguyễn Văn An"));
        mvc.perform(post("/app/recognition/nominations")
                        .param("movementId", String.valueOf(movement))
                        .param("kind", "INDIVIDUAL")
                        .param("personId", String.valueOf(tree.personA1))
                        .param("year", String.valueOf(YEAR))
                        .param("achievements", "Hoàn thành nhiệm vụ được giao.")
                        .param("proposedFormCode", GIAY_KHEN)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(
                                HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("thấp hơn mức tối thiểu HTTNV"));
        mvc.perform(post("/app/recognition/nominations")
                        .param("movementId", String.valueOf(movement))
                        .param("kind", "INDIVIDUAL")
                        .param("personId", String.valueOf(tree.memberA1))
                        .param("year", String.valueOf(YEAR))
                        .param("achievements", "Hướng dẫn tận tình hơn 300 lượt người dân làm thủ tục hành chính.")
                        .param("proposedFormCode", GIAY_KHEN)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "recognition.flash.nominated"));
    }

    @Test
    void theApiProposesReviewsDecidesAndListsWithTheRuleOfARefusal() throws Exception {
        long movement = movement("Phong trào thi đua API", Rating.GOOD);
        String created = mvc.perform(post("/api/v1/nominations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"movementId": %d, "personId": %d, "year": %d, "proposedFormCode": "%s",
                                 "achievements": "Vận động nhân dân hiến 120 m² đất mở rộng hẻm."}
                                """.formatted(movement, tree.secretaryA1, YEAR, GIAY_KHEN))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));

        mvc.perform(post("/api/v1/nominations/{id}/review", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", detail(id).version())
                        .content("{\"action\": \"APPROVE_UPWARD\"}")
                        .with(csrf())
                        .with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_DECISION"))
                .andExpect(jsonPath("$.currentLevelOrganizationId").value(tree.wardA));
        mvc.perform(post("/api/v1/nominations/{id}/decision", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(csrf())
                        .with(user(tree.user("viewer"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/nominations/{id}/decision", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"formCode\": \"%s\"}".formatted(BANG_KHEN))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("award.entitledLevel"))
                .andExpect(jsonPath("$.source").value(RecognitionManagement.LAW));
        mvc.perform(post("/api/v1/nominations/{id}/decision", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.symbol", Matchers.matchesPattern("\\d{2}-QĐ/ĐU")))
                .andExpect(jsonPath("$.numberLine", Matchers.startsWith("Số ")));

        mvc.perform(get("/api/v1/commendations")
                        .param("organization", String.valueOf(tree.cellA1))
                        .param("year", String.valueOf(YEAR))
                        .param("movement", String.valueOf(movement))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].personName").value("Trần Thị Bình"))
                .andExpect(jsonPath("$.content[0].formCode").value(GIAY_KHEN))
                .andExpect(jsonPath("$.content[0].nominationId").value(id));

        mvc.perform(post("/api/v1/nominations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"movementId": %d, "personId": %d, "year": %d, "proposedFormCode": "%s",
                                 "achievements": "Hoàn thành nhiệm vụ."}
                                """.formatted(movement, tree.personA1, YEAR, GIAY_KHEN))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("nominee.minimumRating"))
                .andExpect(jsonPath("$.source").value(formSource(GIAY_KHEN)))
                .andExpect(jsonPath("$.detail", Matchers.containsString("HTNV")));
        mvc.perform(post("/api/v1/nominations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"movementId": %d, "personId": %d, "year": %d, "proposedFormCode": "%s",
                                 "achievements": "Hoàn thành nhiệm vụ."}
                                """.formatted(movement, tree.memberA1, YEAR, GIAY_KHEN))
                        .with(csrf())
                        .with(user(tree.user("viewer"))))
                .andExpect(status().isForbidden());
    }
}
