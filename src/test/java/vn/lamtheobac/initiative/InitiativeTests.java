package vn.lamtheobac.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.initiative.InitiativeCommands.AdoptGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.EvaluateInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.RecordConsent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.ReviseInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.WithdrawConsent;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/**
 * Models and actions from registration to replication: the lifecycle and its rules, who may evaluate and recognise,
 * progress bars, consent before publishing, replication, lists and search, scope, the API, photos and the export.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeTests {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    InitiativeManagement initiatives;

    TestTree tree;
    Scope officer;
    Scope cellsec;
    Scope wardsec;
    Scope officerB;
    Scope member;
    LocalDate today;
    LocalDate startsOn;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        cellsec = tree.scope("cellsec");
        wardsec = tree.scope("wardsec");
        officerB = tree.scope("officerb");
        member = tree.scope("member");
        today = vn.lamtheobac.TestClock.TODAY;
        startsOn = today.minusDays(30);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    static IndicatorInput indicator(String name, String target, String unit) {
        return new IndicatorInput(name, new BigDecimal(target), unit);
    }

    InitiativeContent content(String title, InitiativeField field, IndicatorInput... indicators) {
        return new InitiativeContent(
                field,
                null,
                today.getYear(),
                title,
                "Nội dung, cách làm của mô hình.",
                startsOn,
                LocalDate.of(today.getYear(), 12, 31),
                Arrays.asList(indicators));
    }

    long collective(Scope as, long organization, String title, InitiativeField field, IndicatorInput... indicators) {
        return initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.COLLECTIVE, organization, null, content(title, field, indicators)),
                as);
    }

    InitiativeDetail detail(long id) {
        return initiatives.get(id, officer);
    }

    int version(long id) {
        return detail(id).version();
    }

    void report(long id, Scope as, LocalDate on, String... values) {
        var indicators = detail(id).indicators();
        var entries = new java.util.ArrayList<IndicatorValue>();
        for (int i = 0; i < values.length; i++) {
            entries.add(new IndicatorValue(indicators.get(i).id(), new BigDecimal(values[i])));
        }
        initiatives.reportProgress(new ReportProgress(id, on, entries, "Đã triển khai thực hiện."), as);
    }

    /** A cell's initiative taken through progress and completion to an effective evaluation by the city. */
    long effective(String title) {
        long id = collective(
                cellsec, tree.cellA1, title, InitiativeField.SOCIAL_WELFARE, indicator("Suất ăn", "500", "suất ăn"));
        report(id, cellsec, today.minusDays(3), "520");
        initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec);
        initiatives.evaluate(
                new EvaluateInitiative(id, Effectiveness.EFFECTIVE, "Vượt chỉ tiêu, cách làm thiết thực", version(id)),
                officer);
        return id;
    }

    static void expectRule(ThrowingCallable call, String key) {
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

    // -------------------------------------------------------------------------------------------------------- tests

    @Test
    void everyStepOfTheLifecycleIsCheckedAndAnIllegalOneNamesTheRule() {
        long id = collective(
                cellsec,
                tree.cellA1,
                "Tuyến đường xanh – sạch – đẹp " + tree.tag,
                InitiativeField.ENVIRONMENT,
                indicator("Tuyến đường được chỉnh trang", "3.5", "km"));
        assertThat(detail(id).status()).isEqualTo(InitiativeStatus.REGISTERED);
        expectRule(
                () -> initiatives.complete(new CompleteInitiative(id, null, version(id)), cellsec),
                "initiative.error.notStarted");
        expectRule(
                () -> initiatives.evaluate(
                        new EvaluateInitiative(id, Effectiveness.EFFECTIVE, "Tốt", version(id)), officer),
                "initiative.error.notCompleted");
        expectRule(
                () -> initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer),
                "initiative.error.notEffective");

        initiatives.start(new StartInitiative(id, version(id)), cellsec);
        assertThat(detail(id).status()).isEqualTo(InitiativeStatus.IN_PROGRESS);
        expectRule(
                () -> initiatives.start(new StartInitiative(id, version(id)), cellsec),
                "initiative.error.alreadyStarted");
        expectRule(
                () -> initiatives.revise(
                        new ReviseInitiative(
                                id,
                                content("Tên mới", InitiativeField.ENVIRONMENT, indicator("Cây xanh", "100", "cây")),
                                version(id)),
                        cellsec),
                "initiative.error.onlyRegisteredEditable");
        expectRule(
                () -> initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec),
                "initiative.error.completedWithoutResults");
        report(id, cellsec, today, "3.5");

        initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec);
        assertThat(detail(id).status()).isEqualTo(InitiativeStatus.COMPLETED);
        assertThat(detail(id).completedOn()).isEqualTo(today);
        expectRule(() -> report(id, cellsec, today, "1"), "initiative.error.notInProgress");
        expectRule(
                () -> initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec),
                "initiative.error.alreadyCompleted");

        initiatives.evaluate(
                new EvaluateInitiative(id, Effectiveness.NOT_EFFECTIVE, "Chưa đạt chỉ tiêu đăng ký", version(id)),
                officer);
        var evaluated = detail(id);
        assertThat(evaluated.status()).isEqualTo(InitiativeStatus.EVALUATED);
        assertThat(evaluated.evaluation()).isEqualTo(Effectiveness.NOT_EFFECTIVE);
        assertThat(evaluated.evaluatedByOrganizationId()).isEqualTo(tree.city);
        expectRule(
                () -> initiatives.evaluate(
                        new EvaluateInitiative(id, Effectiveness.EFFECTIVE, "Tốt", version(id)), officer),
                "initiative.error.alreadyEvaluated");
        expectRule(
                () -> initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer),
                "initiative.error.notEffective");
        expectRule(
                () -> initiatives.publish(new PublishInitiative(id, version(id)), officer),
                "initiative.error.publishNotEffective");
        expectRule(
                () -> initiatives.adopt(new AdoptGoodModel(id, tree.wardB, null, null, null), officer),
                "initiative.error.notGoodModel");
    }

    @Test
    void anIllegalStepOnThePageOrTheApiIsExplainedNeverA500() throws Exception {
        long id = collective(
                cellsec,
                tree.cellA1,
                "Ngày thứ Bảy tình nguyện " + tree.tag,
                InitiativeField.ENVIRONMENT,
                indicator("Buổi ra quân", "24", "buổi"));
        int version = version(id);
        initiatives.start(new StartInitiative(id, version), cellsec);
        mvc.perform(post("/app/initiatives/{id}/start", id)
                        .param("version", String.valueOf(version))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("actionError", "initiative.error.alreadyStarted"));
        report(id, cellsec, today, "2");
        initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec);
        mvc.perform(post("/api/v1/initiatives/{id}/progress", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn": "%s", "values": [{"indicatorId": %d, "value": 3}]}
                                """.formatted(
                                        today, detail(id).indicators().get(0).id()))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("initiative.error.notInProgress"));
    }

    @Test
    void onlyTheSuperiorCommitteeEvaluatesNeverTheOwnersOwnOfficers() throws Exception {
        long ward = collective(
                officerB,
                tree.wardB,
                "Camera an ninh khu phố " + tree.tag,
                InitiativeField.SECURITY_ORDER,
                indicator("Camera được lắp đặt", "40", "camera"));
        report(ward, officerB, today.minusDays(2), "40");
        initiatives.complete(new CompleteInitiative(ward, today, version(ward)), officerB);
        assertThatThrownBy(() -> initiatives.evaluate(
                        new EvaluateInitiative(ward, Effectiveness.EFFECTIVE, "Tốt", version(ward)), officerB))
                .isInstanceOf(ForbiddenException.class)
                .extracting("messageKey")
                .isEqualTo("initiative.error.notSuperior");
        assertThat(initiatives
                        .actions(initiatives.get(ward, officerB), officerB)
                        .evaluate())
                .isFalse();
        assertThat(initiatives.actions(detail(ward), officer).evaluate()).isTrue();
        mvc.perform(post("/app/initiatives/{id}/evaluate", ward)
                        .param("result", "EFFECTIVE")
                        .param("remarks", "Tốt")
                        .param("version", String.valueOf(version(ward)))
                        .with(csrf())
                        .with(user(tree.user("officerb"))))
                .andExpect(status().isForbidden());

        long cell = collective(
                cellsec,
                tree.cellA1,
                "Chi bộ kiểu mẫu " + tree.tag,
                InitiativeField.PUBLIC_SERVICE_ETHICS,
                indicator("Kỳ sinh hoạt chuyên đề", "4", "kỳ"));
        report(cell, cellsec, today, "4");
        initiatives.complete(new CompleteInitiative(cell, today, version(cell)), cellsec);
        for (var notSuperior : List.of(cellsec, tree.scope("viewer"))) {
            assertThatThrownBy(() -> initiatives.evaluate(
                            new EvaluateInitiative(cell, Effectiveness.EFFECTIVE, "Tốt", version(cell)), notSuperior))
                    .isInstanceOf(ForbiddenException.class);
        }
        // every level does its own part: the ward's secretary evaluates the models of the units under the ward
        initiatives.evaluate(new EvaluateInitiative(cell, Effectiveness.EFFECTIVE, "Tốt", version(cell)), wardsec);
        assertThat(detail(cell).evaluatedByOrganizationId()).isEqualTo(tree.wardA);

        initiatives.evaluate(
                new EvaluateInitiative(
                        ward, Effectiveness.EFFECTIVE, "Lắp đủ camera, an ninh khu phố chuyển biến rõ", version(ward)),
                officer);
        var evaluated = detail(ward);
        assertThat(evaluated.effective()).isTrue();
        assertThat(evaluated.evaluatedByOrganizationId()).isEqualTo(tree.city);
        assertThat(evaluated.evaluatedByOrganizationName()).isEqualTo("Thành ủy thử " + tree.tag);
    }

    @Test
    void progressBarsFollowTheLatestValueOfEachIndicator() {
        long id = collective(
                cellsec,
                tree.cellA1,
                "Số hóa hồ sơ đảng viên " + tree.tag,
                InitiativeField.DIGITAL_TRANSFORMATION,
                indicator("Hồ sơ đảng viên được số hóa", "200", "hồ sơ"),
                indicator("Đảng viên dùng Sổ tay đảng viên điện tử", "10", "người"));
        long files = detail(id).indicators().get(0).id();
        long users = detail(id).indicators().get(1).id();

        initiatives.reportProgress(
                new ReportProgress(
                        id, today.minusDays(10), List.of(new IndicatorValue(files, new BigDecimal("50"))), null),
                cellsec);
        var first = detail(id);
        assertThat(first.status()).as("the first update starts the initiative").isEqualTo(InitiativeStatus.IN_PROGRESS);
        assertThat(first.indicators().get(0).percent()).isEqualTo(25);
        assertThat(first.progressPercent()).isEqualTo(12);

        initiatives.reportProgress(
                new ReportProgress(
                        id,
                        today.minusDays(5),
                        List.of(
                                new IndicatorValue(files, new BigDecimal("150")),
                                new IndicatorValue(users, new BigDecimal("12"))),
                        "Hoàn thành số hóa hồ sơ của hai tổ đảng"),
                cellsec);
        initiatives.reportProgress(
                new ReportProgress(
                        id,
                        today.minusDays(8),
                        List.of(new IndicatorValue(files, new BigDecimal("80"))),
                        "Số liệu bổ sung của tuần trước"),
                cellsec);
        var now = detail(id);
        assertThat(now.indicators())
                .extracting(IndicatorView::latestValue, IndicatorView::percent)
                .containsExactly(tuple(new BigDecimal("150"), 75), tuple(new BigDecimal("12"), 100));
        assertThat(now.progressPercent()).isEqualTo(87);
        assertThat(now.progress())
                .extracting(ProgressUpdateView::reportedOn)
                .containsExactly(today.minusDays(5), today.minusDays(8), today.minusDays(10));
        var row = initiatives
                .list(new InitiativeQuery(null, null, null, null, tree.cellA1, false, new PageRequest(0, 200)), cellsec)
                .content()
                .stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.progressPercent()).as("the list shows the same figure").isEqualTo(87);

        var refused = assertThrows(
                InvalidInputException.class,
                () -> initiatives.reportProgress(
                        new ReportProgress(
                                id, today.plusDays(1), List.of(new IndicatorValue(files, new BigDecimal("-1"))), null),
                        cellsec));
        assertThat(refused.violations())
                .extracting(Violation::field, Violation::messageKey)
                .contains(
                        tuple("reportedOn", "initiative.error.dateInFuture"),
                        tuple("values[0].value", "initiative.error.valueNegative"));
        var early = assertThrows(
                InvalidInputException.class,
                () -> initiatives.reportProgress(
                        new ReportProgress(
                                id,
                                startsOn.minusDays(1),
                                List.of(new IndicatorValue(files, new BigDecimal("1"))),
                                null),
                        cellsec));
        assertThat(early.violations())
                .extracting(Violation::messageKey)
                .containsExactly("initiative.error.reportedBeforeStart");
        assertThat(detail(id).progress()).hasSize(3);
    }

    @Test
    void anIndividualInitiativeIsPublishedOnlyWithTheMembersRecordedConsent() {
        long id = initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.INDIVIDUAL,
                        null,
                        tree.memberA1,
                        content(
                                "Hướng dẫn người cao tuổi dùng dịch vụ công trực tuyến " + tree.tag,
                                InitiativeField.DIGITAL_TRANSFORMATION,
                                indicator("Lượt người được hướng dẫn", "100", "lượt"))),
                member);
        report(id, member, today.minusDays(1), "120");
        initiatives.complete(new CompleteInitiative(id, today, version(id)), member);
        initiatives.evaluate(
                new EvaluateInitiative(
                        id, Effectiveness.EFFECTIVE, "Việc làm thiết thực, được nhân dân ghi nhận", version(id)),
                officer);

        expectRule(
                () -> initiatives.publish(new PublishInitiative(id, version(id)), officer),
                "initiative.error.consentRequired");
        assertThatThrownBy(() ->
                        initiatives.recordConsent(new RecordConsent(id, today, "Tự ghi nhận", version(id)), member))
                .as("consent is recorded by the member's unit")
                .isInstanceOf(ForbiddenException.class);
        initiatives.recordConsent(
                new RecordConsent(id, today, "Đảng viên ký phiếu đồng ý, lưu tại chi bộ", version(id)), cellsec);
        initiatives.publish(new PublishInitiative(id, version(id)), officer);
        assertThat(detail(id).published()).isTrue();

        initiatives.withdrawConsent(new WithdrawConsent(id, version(id)), member);
        var withdrawn = detail(id);
        assertThat(withdrawn.hasConsent()).isFalse();
        assertThat(withdrawn.published())
                .as("withdrawing the consent takes it off the portal")
                .isFalse();
    }

    /** Waits until the account's notifications page shows {@code text} (listeners run after the commit). */
    void notified(String role, String text) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(page("/app/notifications", "", role)).contains(text));
    }

    @Test
    void theOwnerIsNotifiedWhenTheModelIsEvaluatedAndWhenItIsReplicated() throws Exception {
        String title = "Nhà văn hóa sáng – xanh – sạch " + tree.tag;
        long id = effective(title);
        notified("cellsec", "Mô hình, hành động “" + title + "” đã được cấp ủy cấp trên đánh giá: Hiệu quả.");

        long own = initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.INDIVIDUAL,
                        null,
                        tree.memberA1,
                        content(
                                "Mỗi tuần một việc tốt " + tree.tag,
                                InitiativeField.SOCIAL_WELFARE,
                                indicator("Việc tốt", "10", "việc"))),
                member);
        report(own, member, today.minusDays(1), "4");
        initiatives.complete(new CompleteInitiative(own, today, version(own)), member);
        initiatives.evaluate(
                new EvaluateInitiative(own, Effectiveness.NOT_EFFECTIVE, "Chưa đạt chỉ tiêu", version(own)), officer);
        notified(
                "member",
                "Mô hình, hành động “Mỗi tuần một việc tốt " + tree.tag
                        + "” đã được cấp ủy cấp trên đánh giá: Chưa hiệu quả.");

        initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer);
        initiatives.adopt(new AdoptGoodModel(id, tree.wardB, null, null, null), officerB);
        notified(
                "cellsec",
                "Mô hình hay “" + title + "” đã được Đảng bộ phường Bình " + tree.tag + " đăng ký nhân rộng.");
    }

    @Test
    void aReductionTargetOfZeroIsAcceptedAndReachedWhenNothingIsLeft() throws Exception {
        mvc.perform(post("/app/initiatives")
                        .param("kind", "COLLECTIVE")
                        .param("organizationId", String.valueOf(tree.cellA1))
                        .param("field", "ADMINISTRATIVE_REFORM")
                        .param("year", String.valueOf(today.getYear()))
                        .param("title", "Không để người dân phải phản ánh " + tree.tag)
                        .param("startsOn", DATE.format(startsOn))
                        .param("endsOn", DATE.format(LocalDate.of(today.getYear(), 12, 31)))
                        .param("indicators[0].name", "Ý kiến không hài lòng")
                        .param("indicators[0].target", "0")
                        .param("indicators[0].unit", "ý kiến")
                        .param("indicators[1].name", "Hồ sơ giải quyết đúng hạn")
                        .param("indicators[1].target", "100")
                        .param("indicators[1].unit", "hồ sơ")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "initiative.flash.registered"));
        long id = initiatives
                .list(
                        new InitiativeQuery(
                                "Không để người dân phải phản ánh " + tree.tag,
                                null,
                                null,
                                null,
                                null,
                                false,
                                new PageRequest(0, 5)),
                        cellsec)
                .content()
                .get(0)
                .id();
        assertThat(detail(id).indicators())
                .extracting(IndicatorView::target, IndicatorView::percent)
                .containsExactly(tuple(new BigDecimal("0"), 0), tuple(new BigDecimal("100"), 0));

        report(id, cellsec, today.minusDays(2), "3", "50");
        assertThat(detail(id).indicators().get(0).percent())
                .as("complaints remain: not reached")
                .isZero();
        report(id, cellsec, today.minusDays(1), "0", "50");
        var reached = detail(id);
        assertThat(reached.indicators().get(0).percent()).isEqualTo(100);
        assertThat(reached.progressPercent()).isEqualTo(75);
        assertThat(page("/app/initiatives/{id}", id, "cellsec"))
                .contains("Ý kiến không hài lòng")
                .contains("75%");
        var row = initiatives
                .list(new InitiativeQuery(null, null, null, null, tree.cellA1, false, new PageRequest(0, 200)), cellsec)
                .content()
                .stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.progressPercent()).as("the list shows the same figure").isEqualTo(75);

        var negative = assertThrows(
                InvalidInputException.class,
                () -> collective(
                        cellsec,
                        tree.cellA1,
                        "Chỉ tiêu âm " + tree.tag,
                        InitiativeField.OTHER,
                        indicator("Việc", "-1", "việc")));
        assertThat(negative.violations())
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("indicators[0].target", "initiative.error.indicatorTarget"));
    }

    @Test
    void anIndividualsPageWithAConsentNoteRendersToTheEnd() throws Exception {
        long id = initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.INDIVIDUAL,
                        null,
                        tree.personA1,
                        content(
                                "Gương mẫu giúp đỡ hộ khó khăn " + tree.tag,
                                InitiativeField.SOCIAL_WELFARE,
                                indicator("Hộ được giúp đỡ", "5", "hộ"))),
                cellsec);
        initiatives.recordConsent(
                new RecordConsent(id, today, "Đảng viên ký phiếu đồng ý, lưu tại chi bộ", version(id)), cellsec);
        for (String role : List.of("cellsec", "officer")) {
            assertThat(page("/app/initiatives/{id}", id, role))
                    .contains("Đảng viên ký phiếu đồng ý, lưu tại chi bộ")
                    .as("the page is rendered to its last section")
                    .contains("id=\"session-warning\"")
                    .containsPattern("/js/app(-[0-9a-f]{32})?\\.js")
                    .contains("</html>");
        }
    }

    @Test
    void aGoodModelIsReplicatedElsewhereAndCountsItsReplications() {
        long id = effective("Bữa cơm yêu thương cho bệnh nhân nghèo " + tree.tag);
        assertThatThrownBy(() -> initiatives.get(id, officerB))
                .as("before recognition another ward does not see it")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), cellsec))
                .isInstanceOf(ForbiddenException.class);

        initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer);
        var model = detail(id);
        assertThat(model.recognisedAsGoodModel()).isTrue();
        assertThat(model.recognisedByOrganizationId()).isEqualTo(tree.city);
        assertThat(model.recognisedOn()).isEqualTo(today);
        expectRule(
                () -> initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer),
                "initiative.error.alreadyRecognised");

        var goodModels = initiatives.list(
                new InitiativeQuery(null, null, null, null, null, true, new PageRequest(0, 200)), officerB);
        assertThat(goodModels.content())
                .as("a good model is shown under the committee that recognised it")
                .extracting(InitiativeView::id)
                .contains(id);

        long replica = initiatives.adopt(new AdoptGoodModel(id, tree.wardB, null, null, null), officerB);
        var copy = initiatives.get(replica, officerB);
        assertThat(copy.status()).isEqualTo(InitiativeStatus.REGISTERED);
        assertThat(copy.replicatedFromId()).isEqualTo(id);
        assertThat(copy.organizationId()).isEqualTo(tree.wardB);
        assertThat(copy.title()).isEqualTo(model.title());
        assertThat(copy.field()).isEqualTo(model.field());
        assertThat(copy.indicators())
                .extracting(IndicatorView::name, IndicatorView::target, IndicatorView::unit)
                .containsExactly(tuple("Suất ăn", new BigDecimal("500"), "suất ăn"));
        assertThat(detail(id).replications()).isEqualTo(1);

        expectRule(
                () -> initiatives.adopt(new AdoptGoodModel(id, tree.wardB, null, null, null), officerB),
                "initiative.error.alreadyAdopted");
        expectRule(
                () -> initiatives.adopt(new AdoptGoodModel(id, tree.cellA1, null, null, null), cellsec),
                "initiative.error.adoptOwn");
        initiatives.adopt(new AdoptGoodModel(id, tree.cellA2, null, null, null), wardsec);
        assertThat(detail(id).replications()).isEqualTo(2);
        var row = initiatives
                .list(new InitiativeQuery(null, null, null, null, tree.cellA1, true, new PageRequest(0, 200)), officer)
                .content()
                .stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.replications()).isEqualTo(2);
    }

    @Test
    void thePickerOffersEveryOrganisationThatMayAdoptAndTheModelListsItsReplications() throws Exception {
        var organizations = context.getBean(vn.lamtheobac.organization.OrganizationManagement.class);
        String sameName = "Chi bộ Khu phố 3 " + tree.tag;
        long inWardA = organizations.create(
                new vn.lamtheobac.organization.OrganizationCommands.CreateOrganization(
                        tree.schoolA, "CELL", sameName, null),
                tree.system);
        long inWardB = organizations.create(
                new vn.lamtheobac.organization.OrganizationCommands.CreateOrganization(
                        tree.wardB, "GRASSROOTS_CELL", sameName, null),
                tree.system);
        long id = effective("Dân vận khéo trong giải phóng mặt bằng " + tree.tag);
        initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer);

        String options = HtmlUtils.htmlUnescape(mvc.perform(get("/app/initiatives/{id}/adopter-options", id)
                        .param("q", "chi bo khu pho 3 " + tree.tag)
                        .header("HX-Request", "true")
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(options)
                .as("cells deep in the subtree, told apart by their parent")
                .contains("id=\"adopter-" + inWardA + "\"")
                .contains("id=\"adopter-" + inWardB + "\"")
                .contains("(Đảng bộ Trường " + tree.tag + ")")
                .contains("(Đảng bộ phường Bình " + tree.tag + ")");
        String owner = HtmlUtils.htmlUnescape(mvc.perform(get("/app/initiatives/{id}/adopter-options", id)
                        .param("q", "Chi bộ Giáo viên " + tree.tag)
                        .header("HX-Request", "true")
                        .with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(owner).as("not the model's owner").doesNotContain("adopter-" + tree.cellA1);
        assertThat(page("/app/initiatives/{id}", id, "officer")).contains("id=\"adopterSearch\"");

        mvc.perform(post("/app/initiatives/{id}/adopt", id)
                        .param("organizationId", String.valueOf(inWardB))
                        .param("year", String.valueOf(today.getYear()))
                        .param("startsOn", DATE.format(today))
                        .param("endsOn", DATE.format(LocalDate.of(today.getYear(), 12, 31)))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "initiative.flash.adopted"));
        long replica = detail(id).replications() == 1
                ? initiatives
                        .list(
                                new InitiativeQuery(null, null, null, null, inWardB, false, new PageRequest(0, 5)),
                                officer)
                        .content()
                        .get(0)
                        .id()
                : -1;
        String again = HtmlUtils.htmlUnescape(mvc.perform(get("/app/initiatives/{id}/adopter-options", id)
                        .param("q", "chi bo khu pho 3 " + tree.tag)
                        .header("HX-Request", "true")
                        .with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(again).as("an organisation adopts once").doesNotContain("adopter-" + inWardB);

        String ownersPage = page("/app/initiatives/{id}", id, "cellsec");
        assertThat(ownersPage)
                .contains("Nơi đã nhân rộng mô hình")
                .contains("id=\"replication-" + replica + "\"")
                .contains(sameName)
                .contains(DATE.format(today))
                .contains("Đã đăng ký")
                .as("the owner's cell does not read the other ward's replica: no link")
                .doesNotContain("href=\"/app/initiatives/" + replica + "\"");
        assertThat(page("/app/initiatives/{id}", id, "officer")).contains("href=\"/app/initiatives/" + replica + "\"");
    }

    @Test
    void listsFilterByYearFieldStatusAndSearchIgnoringDiacritics() throws Exception {
        int year = today.getYear() - 3;
        var period = new LocalDate[] {LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 31)};
        long digital = initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.COLLECTIVE,
                        tree.cellA1,
                        null,
                        new InitiativeContent(
                                InitiativeField.DIGITAL_TRANSFORMATION,
                                null,
                                year,
                                "Số hóa hồ sơ đảng viên tại chi bộ",
                                null,
                                period[0],
                                period[1],
                                List.of(indicator("Hồ sơ", "100", "hồ sơ")))),
                cellsec);
        long road = initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.COLLECTIVE,
                        tree.cellA2,
                        null,
                        new InitiativeContent(
                                InitiativeField.ENVIRONMENT,
                                null,
                                year,
                                "Tuyến đường xanh – sạch – đẹp",
                                null,
                                period[0],
                                period[1],
                                List.of(indicator("Đường được chỉnh trang", "2", "km")))),
                wardsec);
        initiatives.start(new StartInitiative(road, version(road)), wardsec);
        String city = String.valueOf(tree.city);
        String y = String.valueOf(year);

        mvc.perform(get("/api/v1/initiatives")
                        .param("q", "so hoa ho so")
                        .param("year", y)
                        .param("organization", city)
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].title", Matchers.contains("Số hóa hồ sơ đảng viên tại chi bộ")))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/v1/initiatives")
                        .param("field", "ENVIRONMENT")
                        .param("year", y)
                        .param("organization", city)
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.content[*].id", Matchers.contains((int) road)));
        mvc.perform(get("/api/v1/initiatives")
                        .param("status", "REGISTERED")
                        .param("year", y)
                        .param("organization", city)
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.content[*].id", Matchers.contains((int) digital)));
        mvc.perform(get("/api/v1/initiatives")
                        .param("year", y)
                        .param("organization", String.valueOf(tree.cellA2))
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.content[*].title", Matchers.contains("Tuyến đường xanh – sạch – đẹp")));
        mvc.perform(get("/api/v1/initiatives")
                        .param("year", y)
                        .param("organization", city)
                        .param("goodModels", "true")
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/initiatives")
                        .param("year", String.valueOf(year + 1))
                        .param("organization", city)
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.content").isEmpty());
    }

    @Test
    void theListPageAnswersHtmxWithTheResultsOnly() throws Exception {
        collective(
                cellsec,
                tree.cellA1,
                "Tổ tự quản “Khu phố không rác” " + tree.tag,
                InitiativeField.ENVIRONMENT,
                indicator("Hộ dân phân loại rác tại nguồn", "300", "hộ"));
        var fragment = mvc.perform(get("/app/initiatives")
                        .param("q", "khu pho khong rac")
                        .param("organization", String.valueOf(tree.city))
                        .header("HX-Request", "true")
                        .header("HX-Target", "results")
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(fragment))
                .contains("Tổ tự quản “Khu phố không rác” " + tree.tag)
                .contains("id=\"results\"")
                .doesNotContain("<html");
        assertThat(page("/app/initiatives", "", "officer")).contains("<html");
    }

    @Test
    void aCellSecretarySeesNothingOfASiblingCell() throws Exception {
        long sibling = collective(
                wardsec,
                tree.cellA2,
                "Tủ sách pháp luật tại khu dân cư " + tree.tag,
                InitiativeField.OTHER,
                indicator("Đầu sách", "500", "cuốn"));
        mvc.perform(get("/app/initiatives/{id}", sibling).with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/initiatives/{id}", sibling).with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/initiatives")
                        .param("organization", String.valueOf(tree.cellA2))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/initiatives").param("size", "200").with(user(tree.user("cellsec"))))
                .andExpect(jsonPath("$.content[*].id", Matchers.not(Matchers.hasItem((int) sibling))));
        assertThat(page("/app/initiatives/{id}", sibling, "wardsec")).contains("Tủ sách pháp luật tại khu dân cư");
    }

    @Test
    void aMemberRegistersTheirOwnIndividualInitiativeAndNobodyElses() throws Exception {
        String body = """
                {"personId": %d, "field": "SOCIAL_WELFARE", "year": %d,
                 "title": "Mỗi tháng một phần quà cho hộ nghèo %s", "startsOn": "%s", "endsOn": "%d-12-31",
                 "indicators": [{"name": "Phần quà được trao", "target": 12, "unit": "phần"}]}
                """;
        String created = mvc.perform(post("/api/v1/initiatives")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(tree.memberA1, today.getYear(), tree.tag, startsOn, today.getYear()))
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        mvc.perform(get("/api/v1/initiatives/{id}", id).with(user(tree.user("member"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("INDIVIDUAL"))
                .andExpect(jsonPath("$.organizationId").value(tree.cellA1))
                .andExpect(jsonPath("$.personName").value("Nguyễn Văn An"));
        mvc.perform(get("/api/v1/initiatives").with(user(tree.user("member"))))
                .andExpect(jsonPath("$.content[*].id", Matchers.hasItem((int) id)))
                .andExpect(jsonPath("$.content[*].personId", Matchers.everyItem(Matchers.is((int) tree.memberA1))));
        assertThat(page("/app/initiatives/{id}", id, "member")).contains("/progress");

        mvc.perform(post("/api/v1/initiatives")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(tree.personA1, today.getYear(), tree.tag, startsOn, today.getYear()))
                        .with(csrf())
                        .with(user(tree.user("member"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("initiative.error.person"));
        expectRule(
                () -> initiatives.register(
                        new RegisterInitiative(
                                InitiativeKind.COLLECTIVE,
                                tree.cellA1,
                                null,
                                content("Mô hình của chi bộ", InitiativeField.OTHER, indicator("Việc", "1", "việc"))),
                        member),
                "initiative.error.organizationOutOfScope");

        long forColleague = initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.INDIVIDUAL,
                        null,
                        tree.personA1,
                        content(
                                "Gương mẫu phân loại rác " + tree.tag,
                                InitiativeField.ENVIRONMENT,
                                indicator("Hộ", "20", "hộ"))),
                cellsec);
        assertThat(detail(forColleague).personId()).isEqualTo(tree.personA1);
        assertThatThrownBy(() -> initiatives.register(
                        new RegisterInitiative(
                                InitiativeKind.INDIVIDUAL,
                                null,
                                tree.personA1,
                                content("Hành động", InitiativeField.OTHER, indicator("Việc", "1", "việc"))),
                        tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theApiRegistersReportsAndShowsProgress() throws Exception {
        String created = mvc.perform(post("/api/v1/initiatives")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId": %d, "field": "ADMINISTRATIVE_REFORM", "year": %d,
                                 "title": "Mô hình “Dân vận khéo” trong giải quyết thủ tục hành chính %s",
                                 "startsOn": "%s", "endsOn": "%d-12-31",
                                 "indicators": [{"name": "Hồ sơ giải quyết đúng hạn", "target": 200, "unit": "hồ sơ"},
                                                {"name": "", "target": null, "unit": ""}]}
                                """.formatted(tree.cellA1, today.getYear(), tree.tag, startsOn, today.getYear()))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        long indicator = detail(id).indicators().get(0).id();
        assertThat(detail(id).indicators()).as("a blank row is ignored").hasSize(1);

        mvc.perform(post("/api/v1/initiatives/{id}/progress", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn": "%s", "values": [{"indicatorId": %d, "value": 150}],
                                 "narrative": "Giải quyết 150 hồ sơ đúng hạn"}
                                """.formatted(today, indicator))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber());
        mvc.perform(get("/api/v1/initiatives/{id}", id).with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.progressPercent").value(75))
                .andExpect(jsonPath("$.indicators[0].percent").value(75))
                .andExpect(jsonPath("$.indicators[0].target").value(200))
                .andExpect(jsonPath("$.progress[0].values[0].value").value(150))
                .andExpect(jsonPath("$.progress[0].narrative").value("Giải quyết 150 hồ sơ đúng hạn"));
        mvc.perform(get("/api/v1/initiatives")
                        .param("organization", String.valueOf(tree.cellA1))
                        .param("q", "giai quyet thu tuc hanh chinh " + tree.tag)
                        .with(user(tree.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(id))
                .andExpect(jsonPath("$.content[0].progressPercent").value(75))
                .andExpect(jsonPath("$.content[0].organizationName").value("Chi bộ Giáo viên " + tree.tag))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(20));

        mvc.perform(post("/api/v1/initiatives")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId": %d, "field": "OTHER", "year": %d, "title": "Thiếu chỉ tiêu",
                                 "startsOn": "%s", "endsOn": "%s", "indicators": []}
                                """.formatted(tree.cellA1, today.getYear(), today, today.minusDays(1)))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.indicators").value("Vui lòng nhập ít nhất một chỉ tiêu."))
                .andExpect(jsonPath("$.errors.endsOn").exists());
        mvc.perform(post("/api/v1/initiatives/{id}/progress", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn": "%s", "values": [{"indicatorId": %d, "value": 160}]}
                                """.formatted(today.plusDays(1), indicator))
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.reportedOn").exists());
    }

    @Test
    void photosAreKeptWithTheirUpdateAndARenamedFileIsRefused() throws Exception {
        long id = collective(
                cellsec,
                tree.cellA1,
                "Vệ sinh kênh rạch " + tree.tag,
                InitiativeField.ENVIRONMENT,
                indicator("Buổi ra quân", "24", "buổi"));
        long indicator = detail(id).indicators().get(0).id();
        mvc.perform(multipart("/app/initiatives/{id}/progress", id)
                        .file(new MockMultipartFile("photos", "ra-quan.png", "image/png", PNG))
                        .param("reportedOn", DATE.format(today))
                        .param("values[0].indicatorId", String.valueOf(indicator))
                        .param("values[0].value", "3")
                        .param("narrative", "Ra quân vệ sinh kênh rạch")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "initiative.flash.reported"));
        var update = detail(id).progress().get(0);
        assertThat(update.photos())
                .extracting(ProgressUpdateView.Photo::fileName)
                .containsExactly("ra-quan.png");
        long photo = update.photos().get(0).fileId();
        mvc.perform(get("/app/initiatives/{id}/photos/{f}", id, photo).with(user(tree.user("wardsec"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/app/initiatives/{id}/photos/{f}", id, photo).with(user(tree.user("officerb"))))
                .andExpect(status().isNotFound());

        var refused = mvc.perform(multipart("/app/initiatives/{id}/progress", id)
                        .file(new MockMultipartFile("photos", "anh.jpg", "image/jpeg", "%PDF-1.4\n".getBytes()))
                        .param("reportedOn", DATE.format(today))
                        .param("values[0].indicatorId", String.valueOf(indicator))
                        .param("values[0].value", "5")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(refused))
                .contains("không phải là tệp JPEG hợp lệ")
                .contains("is-invalid");
        assertThat(detail(id).progress()).as("nothing half-written").hasSize(1);
    }

    @Test
    void eachFormIsShownOnlyToWhoMayUseIt() throws Exception {
        long id = collective(
                cellsec,
                tree.cellA1,
                "Mái ấm tình thương " + tree.tag,
                InitiativeField.SOCIAL_WELFARE,
                indicator("Căn nhà được xây mới", "2", "căn"));
        assertThat(page("/app/initiatives/{id}", id, "cellsec"))
                .contains("/progress")
                .contains("/start");
        assertThat(page("/app/initiatives/{id}", id, "viewer"))
                .contains("Mái ấm tình thương")
                .doesNotContain("/progress");
        assertThat(page("/app/initiatives/{id}/edit", id, "cellsec")).contains("Căn nhà được xây mới");

        report(id, cellsec, today, "2");
        initiatives.complete(new CompleteInitiative(id, today, version(id)), cellsec);
        assertThat(page("/app/initiatives/{id}", id, "officer")).contains("/evaluate");
        assertThat(page("/app/initiatives/{id}", id, "cellsec")).doesNotContain("/evaluate");

        initiatives.evaluate(
                new EvaluateInitiative(id, Effectiveness.EFFECTIVE, "Hoàn thành vượt tiến độ", version(id)), officer);
        assertThat(page("/app/initiatives/{id}", id, "officer"))
                .contains("/recognise")
                .contains("/publish");
        initiatives.recognise(new RecogniseGoodModel(id, null, null, version(id)), officer);
        assertThat(page("/app/initiatives/{id}", id, "officerb"))
                .contains("/adopt")
                .doesNotContain("/recognise");
    }

    @Test
    void theRegistrationFormShowsErrorsAtTheirFieldAndRegisters() throws Exception {
        assertThat(page("/app/initiatives/new", "", "cellsec")).contains("indicators[2].name");
        assertThat(page("/app/initiatives/new", "", "member")).contains("Nguyễn Văn An");

        mvc.perform(post("/app/initiatives")
                        .param("kind", "COLLECTIVE")
                        .param("organizationId", String.valueOf(tree.cellA1))
                        .param("field", "THRIFT_ANTI_WASTE")
                        .param("year", String.valueOf(today.getYear()))
                        .param("title", "Tiết kiệm điện, nước tại cơ quan " + tree.tag)
                        .param("startsOn", DATE.format(startsOn))
                        .param("endsOn", DATE.format(LocalDate.of(today.getYear(), 12, 31)))
                        .param("indicators[1].name", "Mức giảm chi phí điện năng")
                        .param("indicators[1].unit", "%")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(
                                HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("Chỉ tiêu cần đạt phải là số từ 0 trở lên.")
                        .contains("value=\"Mức giảm chi phí điện năng\""));

        mvc.perform(post("/app/initiatives")
                        .param("kind", "COLLECTIVE")
                        .param("organizationId", String.valueOf(tree.cellA1))
                        .param("field", "THRIFT_ANTI_WASTE")
                        .param("year", String.valueOf(today.getYear()))
                        .param("title", "Tiết kiệm điện, nước tại cơ quan " + tree.tag)
                        .param("startsOn", DATE.format(startsOn))
                        .param("endsOn", DATE.format(LocalDate.of(today.getYear(), 12, 31)))
                        .param("indicators[1].name", "Mức giảm chi phí điện năng")
                        .param("indicators[1].target", "10")
                        .param("indicators[1].unit", "%")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "initiative.flash.registered"));
    }

    @Test
    void theExportListsTheTitlesWithTheirDiacritics() throws Exception {
        int year = today.getYear() - 4;
        initiatives.register(
                new RegisterInitiative(
                        InitiativeKind.COLLECTIVE,
                        tree.cellA2,
                        null,
                        new InitiativeContent(
                                InitiativeField.SOCIAL_WELFARE,
                                null,
                                year,
                                "Bữa cơm yêu thương cho bệnh nhân nghèo",
                                null,
                                LocalDate.of(year, 1, 15),
                                LocalDate.of(year, 12, 31),
                                List.of(indicator("Suất ăn miễn phí", "5000", "suất ăn")))),
                wardsec);
        byte[] xlsx = mvc.perform(get("/app/initiatives/export")
                        .param("organization", String.valueOf(tree.city))
                        .param("year", String.valueOf(year))
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                Matchers.startsWith(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"mo-hinh-hanh-dong-%s.xlsx\"; filename*=UTF-8''mo-hinh-hanh-dong-%s.xlsx"
                                        .formatted(today, today)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tên mô hình, hành động");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Bữa cơm yêu thương cho bệnh nhân nghèo");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Chi bộ Văn phòng " + tree.tag);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("An sinh xã hội");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        mvc.perform(get("/app/initiatives/export").with(user(tree.user("member"))))
                .andExpect(status().isForbidden());
    }
}
