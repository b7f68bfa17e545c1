package vn.lamtheobac.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;

/** The audit trail records who did what, and nobody can rewrite it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailTests {

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
    }

    long count(String action, String entityType, String entityId, String actor) {
        return jdbc.sql("""
                        select count(*) from audit.entries
                        where action = ? and entity_type = ? and entity_id = ? and actor = ?
                        """)
                .params(action, entityType, entityId, actor)
                .query(Long.class)
                .single();
    }

    @Test
    void openingAProfileIsLoggedAsASensitiveRead() throws Exception {
        String officer = tree.username("officer");
        long before = count("SENSITIVE_READ", "Person", String.valueOf(tree.personA1), officer);
        mvc.perform(get("/app/people/{id}", tree.personA1).with(user(tree.user("officer"))));
        assertThat(count("SENSITIVE_READ", "Person", String.valueOf(tree.personA1), officer))
                .isEqualTo(before + 1);
    }

    @Test
    void aChangeIsLoggedWithBeforeAndAfter() throws Exception {
        var organization = context.getBean(vn.lamtheobac.organization.OrganizationManagement.class)
                .get(tree.cellA2, tree.system);
        mvc.perform(post("/app/organizations/{id}/rename", tree.cellA2)
                .with(csrf())
                .with(user(tree.user("officer")))
                .param("name", "Chi bộ Hành chính " + tree.tag)
                .param("version", String.valueOf(organization.version())));
        var row = jdbc.sql("""
                        select before->>'name', after->>'name', client_ip from audit.entries
                        where action = 'UPDATE' and entity_type = 'Organization' and entity_id = ? and actor = ?
                        order by id desc limit 1
                        """)
                .params(String.valueOf(tree.cellA2), tree.username("officer"))
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(row[0]).isEqualTo("Chi bộ Văn phòng " + tree.tag);
        assertThat(row[1]).isEqualTo("Chi bộ Hành chính " + tree.tag);
        assertThat(row[2]).isEqualTo("127.0.0.1");
    }

    @Test
    void anOutOfScopeRequestIsLoggedAsADenial() throws Exception {
        String secretary = tree.username("cellsec");
        long before = count("ACCESS_DENIED", "Person", String.valueOf(tree.personB1), secretary);
        mvc.perform(get("/api/v1/people/{id}", tree.personB1).with(user(tree.user("cellsec"))));
        assertThat(count("ACCESS_DENIED", "Person", String.valueOf(tree.personB1), secretary))
                .isEqualTo(before + 1);
    }

    @Test
    void signInsSucceededAndFailedAreLogged() throws Exception {
        String viewer = tree.username("viewer");
        mvc.perform(post("/login").with(csrf()).param("username", viewer).param("password", "khong-dung-mat-khau"));
        mvc.perform(post("/login").with(csrf()).param("username", viewer).param("password", TestTree.PASSWORD));
        assertThat(jdbc.sql("select action from audit.entries where actor = ? and action like 'LOGIN%' order by id")
                        .param(viewer)
                        .query(String.class)
                        .list())
                .containsSubsequence("LOGIN_FAILURE", "LOGIN_SUCCESS");
    }

    @Test
    void theTrailReadsInVietnameseWithPeoplesNamesAndNoRawQueries() throws Exception {
        var organization = context.getBean(vn.lamtheobac.organization.OrganizationManagement.class)
                .get(tree.cellB1, tree.system);
        mvc.perform(post("/app/organizations/{id}/rename", tree.cellB1)
                .with(csrf())
                .with(user(tree.user("officer")))
                .param("name", organization.name() + " mới")
                .param("version", String.valueOf(organization.version())));
        mvc.perform(get("/app/people/export")
                        .param("q", "Nguyễn")
                        .param("organization", String.valueOf(tree.city))
                        .with(user(tree.user("officer"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());

        String page = mvc.perform(get("/app/admin/audit")
                        .param("actor", tree.username("officer"))
                        .with(user(tree.user("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String table = page.substring(page.indexOf("<table"));
        // who: the officer's name, never the login name
        assertThat(table).contains("officer " + tree.tag).doesNotContain(tree.username("officer"));
        // what, in Vietnamese
        assertThat(table).contains("Tổ chức đảng").contains("Cập nhật").contains("Hồ sơ nhân sự");
        assertThat(table).contains("Xuất dữ liệu cá nhân nhạy cảm");
        assertThat(table).doesNotContain(">Organization ").doesNotContain(">Person ");
        // the export's filter as a readable summary, not the query object
        assertThat(table).contains("Số bản ghi").contains("Từ khóa").contains("Nguyễn");
        assertThat(table).doesNotContain("PeopleQuery").doesNotContain("query=").doesNotContain("rows=");
        // the record by its name
        assertThat(table).contains(organization.name() + " mới");
        // the type filter offers the entities by their Vietnamese names
        assertThat(page).contains("<option value=\"Commitment\">Bản cam kết</option>");
    }

    @Test
    void anAwardFormIsNamedNotCoded() throws Exception {
        String code = "GIAY_KHEN_THU_" + tree.tag.toUpperCase().replaceAll("[^A-Z0-9]", "");
        context.getBean(vn.lamtheobac.recognition.AwardFormManagement.class)
                .addAwardForm(
                        new vn.lamtheobac.recognition.RecognitionCommands.AddAwardForm(
                                code,
                                "Giấy khen thử nghiệm " + tree.tag,
                                "Test certificate " + tree.tag,
                                vn.lamtheobac.recognition.AwardFormKind.BOTH,
                                vn.lamtheobac.recognition.AwardCategory.GIAY_KHEN,
                                vn.lamtheobac.organization.LevelClass.GRASSROOTS,
                                vn.lamtheobac.evaluation.Rating.GOOD,
                                null,
                                "Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80"),
                        tree.scope("admin"));
        String page = mvc.perform(get("/app/admin/audit")
                        .param("entityType", "AwardForm")
                        .param("entityId", code)
                        .with(user(tree.user("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String table = page.substring(page.indexOf("<table"));
        assertThat(table)
                .contains("Hình thức khen thưởng")
                .contains("Giấy khen thử nghiệm " + tree.tag)
                .doesNotContain(">" + code + "<");
    }

    @Test
    void theTrailCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql(
                                "update audit.entries set actor = 'ai-do' where id = (select max(id) from audit.entries)")
                        .update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entries").update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entries").update()).hasStackTraceContaining("append-only");
    }

    @Test
    void onlyAdministratorsBrowseTheTrailAndCanFilterIt() throws Exception {
        var page = mvc.perform(get("/app/admin/audit")
                        .param("actor", tree.username("officer"))
                        .with(user(tree.user("admin"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Nhật ký hệ thống").contains(tree.username("officer"));
        assertThat(mvc.perform(get("/app/admin/audit").with(user(tree.user("officer"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
