package vn.lamtheobac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

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

/**
 * Ordinary hostile input (issue 11, finding 8) is refused at the boundary with a clear 400 that names what is wrong,
 * never a 500; the audit lines of denied and failed requests are never lost however long the request.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

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

    @Test
    void aNulByteInASearchIsRefusedWithAClearMessage() throws Exception {
        var page = mvc.perform(get("/app/people").param("q", "a\u0000b").with(user(tree.user("officer"))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("ký tự điều khiển").contains("q");
    }

    @Test
    void aNulByteInAFormFieldIsRefusedAndNothingIsStored() throws Exception {
        var organization = context.getBean(vn.lamtheobac.organization.OrganizationManagement.class)
                .get(tree.cellA2, tree.system);
        var page = mvc.perform(post("/app/organizations/{id}/rename", tree.cellA2)
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("name", "Chi bộ\u0000 " + tree.tag)
                        .param("version", String.valueOf(organization.version())))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(context.getBean(vn.lamtheobac.organization.OrganizationManagement.class)
                        .get(tree.cellA2, tree.system)
                        .name())
                .isEqualTo(organization.name());
    }

    @Test
    void aNulByteInAJsonBodyIsAProblemNamingTheField() throws Exception {
        var answer = mvc.perform(put("/api/v1/commitments/mine")
                        .with(csrf())
                        .with(user(tree.user("member")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"section\":\"ETHICS\",\"content\":\"a\\u0000b\"}],\"version\":0}"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentType()).contains("problem+json");
        assertThat(answer.getContentAsString()).contains("items[0].content");
    }

    @Test
    void aNullItemInAJsonListIsAProblemNotAnError() throws Exception {
        var answer = mvc.perform(put("/api/v1/commitments/mine")
                        .with(csrf())
                        .with(user(tree.user("member")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[null],\"version\":0}"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isBetween(400, 499);
        assertThat(answer.getContentType()).contains("problem+json");
    }

    @Test
    void hugeNumbersInTheQueryAreNotErrors() throws Exception {
        for (String path : new String[] {
            "/app/people?page=2147483647",
            "/app/documents?year=2147483647",
            "/app/commitments?year=2147483647",
            "/app/notifications?page=2147483647",
            "/app/directives?page=2147483647",
            "/api/v1/people?page=2147483647&size=2147483647",
            "/api/v1/commitments/mine?year=2147483647",
            "/app/people?page=99999999999999999999"
        }) {
            int status = mvc.perform(get(path).with(user(tree.user("officer"))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isLessThan(500);
        }
    }

    @Test
    void aQuoteInAnUploadedFileNameIsNotAnError() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "ke\"hoach'.pdf",
                "application/pdf",
                "%PDF-1.4 a small pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        int status = mvc.perform(
                        multipart("/app/people/import").file(file).with(csrf()).with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isLessThan(500);
    }

    @Test
    void aVeryLongDeniedAddressIsRefusedAndStillAudited() throws Exception {
        String path = "/app/admin/" + randomLetters(6_500);
        long before = count("ACCESS_DENIED", tree.username("officer"));
        int status = mvc.perform(get(path).with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(count("ACCESS_DENIED", tree.username("officer"))).isEqualTo(before + 1);
    }

    @Test
    void aVeryLongUserNameAtSignInFailsAndIsStillAudited() throws Exception {
        String name = "uxxx" + randomLetters(100_000);
        long before = jdbc.sql(
                        "select count(*) from audit.entries where action = 'LOGIN_FAILURE' and actor like 'uxxx%'")
                .query(Long.class)
                .single();
        int status = mvc.perform(
                        post("/login").with(csrf()).param("username", name).param("password", "sai-mat-khau"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isLessThan(500);
        long after = jdbc.sql(
                        "select count(*) from audit.entries where action = 'LOGIN_FAILURE' and actor like 'uxxx%'")
                .query(Long.class)
                .single();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void aDeadlineOf9999IsRefusedAtItsFieldInTheFormAndTheApi() throws Exception {
        long before = directiveCount();
        var page = mvc.perform(post("/app/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("issuingOrganizationId", String.valueOf(tree.city))
                        .param("typeCode", "KH")
                        .param("title", "Kế hoạch hạn xa " + tree.tag)
                        .param("summary", "Nội dung")
                        .param("deadline", "31/12/9999")
                        .param("targetMode", "LEVEL")
                        .param("targetLevel", "CELL"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isLessThan(500);
        assertThat(page.getContentAsString()).contains("ngoài khoảng 1900–2100");
        var api = mvc.perform(post("/api/v1/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"issuingOrganizationId": %d, "typeCode": "KH", "title": "Kế hoạch hạn xa",
                                 "summary": "Nội dung", "deadline": "9999-12-31", "targetMode": "LEVEL",
                                 "targetLevel": "CELL"}
                                """.formatted(tree.city)))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("\"field\":\"deadline\"");
        assertThat(directiveCount()).isEqualTo(before);
    }

    @Test
    void aHundredThousandCharacterSummaryIsRefusedNamingTheField() throws Exception {
        long before = directiveCount();
        String summary = randomLetters(100_000);
        var page = mvc.perform(post("/app/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("issuingOrganizationId", String.valueOf(tree.city))
                        .param("typeCode", "KH")
                        .param("title", "Kế hoạch dài " + tree.tag)
                        .param("summary", summary)
                        .param("deadline", "31/12/2026")
                        .param("targetMode", "LEVEL")
                        .param("targetLevel", "CELL"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("«summary»");
        var api = mvc.perform(post("/api/v1/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"issuingOrganizationId": %d, "typeCode": "KH", "title": "Kế hoạch dài",
                                 "summary": "%s", "deadline": "2026-12-31", "targetMode": "LEVEL",
                                 "targetLevel": "CELL"}
                                """.formatted(tree.city, summary)))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("\"field\":\"summary\"");
        assertThat(directiveCount()).isEqualTo(before);
    }

    private long directiveCount() {
        return jdbc.sql("select count(*) from directive.directives")
                .query(Long.class)
                .single();
    }

    /** Letters PostgreSQL cannot compress away (a run of one letter would fit an index entry compressed). */
    private static String randomLetters(int length) {
        var random = new java.util.Random(length);
        var out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private long count(String action, String actor) {
        return jdbc.sql("select count(*) from audit.entries where action = ? and actor = ?")
                .params(action, actor)
                .query(Long.class)
                .single();
    }
}
