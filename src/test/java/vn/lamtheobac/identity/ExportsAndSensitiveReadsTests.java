package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.RecordManualEntry;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeManagement;

/**
 * Issue 11, findings 3 and 4: what each role reads and takes out of the system is what the README's roles table says.
 * Every export is a capability of its own (the read-only leader and the portal's editor export nothing; the editor
 * does not read the register), each export and each page showing identity data leaves a line in the audit trail, and
 * a refused export leaves no stack trace in the log.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportsAndSensitiveReadsTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        context.getBean(DocumentRegister.class)
                .record(
                        new RecordManualEntry(
                                tree.city,
                                "TB",
                                LocalDate.of(2026, 3, 5),
                                "Thông báo nội bộ của Thành ủy " + tree.tag,
                                "Trần Văn Bình",
                                false),
                        tree.system);
        context.getBean(InitiativeManagement.class)
                .register(
                        new RegisterInitiative(
                                InitiativeKind.INDIVIDUAL,
                                tree.cellA1,
                                tree.personA1,
                                new InitiativeContent(
                                        InitiativeField.SOCIAL_WELFARE,
                                        null,
                                        2026,
                                        "Tủ sách cho em " + tree.tag,
                                        null,
                                        LocalDate.of(2026, 1, 15),
                                        LocalDate.of(2026, 12, 31),
                                        List.of(new IndicatorInput("Đầu sách", new BigDecimal("200"), "cuốn")))),
                        tree.scope("cellsec"));
    }

    int status(String role, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(user(tree.user(role))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    long lines(String action, String entityType, String role) {
        return jdbc.sql("select count(*) from audit.entries where action = ? and entity_type = ? and actor = ?")
                .params(action, entityType, tree.username(role))
                .query(Long.class)
                .single();
    }

    String city() {
        return String.valueOf(tree.city);
    }

    @Test
    void theEditorNeitherReadsNorExportsTheCitysRegister() throws Exception {
        String page = mvc.perform(get("/app/documents").with(user(tree.user("editor"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Thông báo nội bộ của Thành ủy " + tree.tag);
        assertThat(status("editor", get("/app/documents").param("organization", city())))
                .isEqualTo(404);
        var export = mvc.perform(get("/app/documents/export")
                        .param("organization", city())
                        .with(user(tree.user("editor"))))
                .andReturn()
                .getResponse();
        assertThat(export.getStatus()).isEqualTo(403);
        assertThat(export.getContentType()).doesNotStartWith(XLSX);
    }

    @Test
    void theReadOnlyLeaderReadsTheRegisterButExportsNothing() throws Exception {
        assertThat(status("viewer", get("/app/documents").param("organization", city())))
                .isEqualTo(200);
        assertThat(status("viewer", get("/app/documents/export").param("organization", city())))
                .isEqualTo(403);
        assertThat(status("viewer", get("/app/initiatives/export").param("organization", city())))
                .isEqualTo(403);
        assertThat(status("viewer", get("/app/people/export").param("organization", city())))
                .isEqualTo(403);
        String models = mvc.perform(get("/app/initiatives").with(user(tree.user("viewer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(models).contains("Tủ sách cho em " + tree.tag).doesNotContain("/app/initiatives/export");
    }

    @Test
    void anExportIsLoggedWithWhoWhatScopeAndHowManyRows() throws Exception {
        long before = lines("SENSITIVE_EXPORT", "IssuedDocument", "officer");
        var export = mvc.perform(get("/app/documents/export")
                        .param("organization", city())
                        .with(user(tree.user("officer"))))
                .andReturn()
                .getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith(XLSX);
        assertThat(lines("SENSITIVE_EXPORT", "IssuedDocument", "officer")).isEqualTo(before + 1);
        String detail = jdbc.sql("""
                        select detail from audit.entries
                        where action = 'SENSITIVE_EXPORT' and entity_type = 'IssuedDocument' and actor = ?
                        order by id desc limit 1
                        """)
                .param(tree.username("officer"))
                .query(String.class)
                .single();
        assertThat(detail).contains("organization=" + tree.city).contains("rows=1");

        long models = lines("SENSITIVE_EXPORT", "Initiative", "wardsec");
        assertThat(status("wardsec", get("/app/initiatives/export").param("organization", String.valueOf(tree.wardA))))
                .isEqualTo(200);
        assertThat(lines("SENSITIVE_EXPORT", "Initiative", "wardsec")).isEqualTo(models + 1);
    }

    @Test
    void theEditFormOfAPersonIsLoggedAsASensitiveRead() throws Exception {
        long before = count("SENSITIVE_READ", "Person", String.valueOf(tree.personA1), "cellsec");
        String form = mvc.perform(get("/app/people/{id}/edit", tree.personA1).with(user(tree.user("cellsec"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("17/05/1980").containsPattern("value=\"0920\\d{8}\"");
        assertThat(count("SENSITIVE_READ", "Person", String.valueOf(tree.personA1), "cellsec"))
                .isEqualTo(before + 1);
    }

    @Test
    void theListOfPeopleWithTheirBirthDatesIsLoggedAsASensitiveRead() throws Exception {
        long before = lines("SENSITIVE_READ", "Person", "wardsec");
        String page = mvc.perform(get("/app/people")
                        .param("organization", String.valueOf(tree.wardA))
                        .with(user(tree.user("wardsec"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Lê Văn Đức").contains("17/05/1980");
        assertThat(status("wardsec", get("/api/v1/people").param("organization", String.valueOf(tree.wardA))))
                .isEqualTo(200);
        assertThat(lines("SENSITIVE_READ", "Person", "wardsec")).isEqualTo(before + 2);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRefusedOrAnsweredExportLeavesNoStackTraceInTheLog(CapturedOutput output) throws Exception {
        assertThat(status("viewer", get("/app/people/export").param("organization", city())))
                .isEqualTo(403);
        assertThat(status("member", get("/app/initiatives/export"))).isEqualTo(403);
        assertThat(status("officer", get("/app/people/export").param("organization", city())))
                .isEqualTo(200);
        assertThat(status("officer", get("/app/initiatives/export").param("organization", city())))
                .isEqualTo(200);
        assertThat(status("officerb", get("/app/people/export").param("organization", city())))
                .isEqualTo(404);
        assertThat(output.getAll()).doesNotContain("Stream closed").doesNotContain("SXSSFWorkbook");
    }

    long count(String action, String entityType, String entityId, String role) {
        return jdbc.sql("""
                        select count(*) from audit.entries
                        where action = ? and entity_type = ? and entity_id = ? and actor = ?
                        """)
                .params(action, entityType, entityId, tree.username(role))
                .query(Long.class)
                .single();
    }
}
