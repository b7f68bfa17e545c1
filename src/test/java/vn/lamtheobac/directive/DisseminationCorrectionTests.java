package vn.lamtheobac.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.shared.Scope;

/** Defect 4: a cell corrects a session it recorded with a mistake; the status and the figures follow. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisseminationCorrectionTests {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectiveManagement directives;

    @Autowired
    vn.lamtheobac.directive.DirectiveTracking tracking;

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

    /** Issued 20 days ago to cell A1, due 5 days ago. */
    long issuedToCellA1() {
        long id = directives.draft(
                new DraftDirective(
                        tree.city,
                        new DirectiveContent(
                                "KH",
                                "Kế hoạch quán triệt cần đính chính kết quả",
                                null,
                                null,
                                null,
                                today.minusDays(5),
                                TargetMode.CHOSEN,
                                null,
                                List.of(tree.cellA1))),
                officer);
        directives.issue(
                new IssueDirective(
                        id, today.minusDays(20), directives.get(id, officer).version()),
                officer);
        return id;
    }

    MockMultipartHttpServletRequestBuilder session(String url, LocalDate heldOn, int partyMembers) {
        var request = multipart(url);
        request.param("heldOn", DATE.format(heldOn))
                .param("form", "CELL_MEETING")
                .param("invited[0]", "1")
                .param("attended[0]", "1")
                .param("invited[1]", "20")
                .param("attended[1]", String.valueOf(partyMembers));
        for (int k = 2; k < Attendance.CATEGORIES; k++) {
            request.param("invited[" + k + "]", "0").param("attended[" + k + "]", "0");
        }
        return request;
    }

    String page(String url, String role) throws Exception {
        return mvc.perform(get(url).with(user(tree.user(role))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aSessionRecordedWithAMistakeIsCorrectedAndTheStatusFollows() throws Exception {
        long id = issuedToCellA1();
        String target = "/app/directives/" + id + "/targets/" + tree.cellA1;
        // the secretary typed yesterday instead of the day of the meeting, which was before the deadline
        mvc.perform(session(target + "/sessions", today.minusDays(1), 15)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(redirectedUrl(target));
        long sessionId = directives.sessions(id, tree.cellA1, officer).get(0).id();
        assertThat(this.tracking.tracking(id, null, officer).total().doneLate()).isEqualTo(1);
        assertThat(page(target, "cellsec"))
                .contains("Thực hiện trễ hạn")
                .contains("id=\"session-edit-" + sessionId + "\"");

        String edit = page(target + "/sessions/" + sessionId + "/edit", "cellsec");
        assertThat(edit)
                .contains("value=\"" + DATE.format(today.minusDays(1)) + "\"")
                .contains("value=\"15\"")
                .contains("name=\"version\"")
                .contains("id=\"session-submit\"");

        mvc.perform(session(target + "/sessions/" + sessionId, today.minusDays(8), 18)
                        .param("version", "0")
                        .param("reason", "Nhập nhầm ngày sinh hoạt chi bộ")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(redirectedUrl(target));

        var tracking = this.tracking.tracking(id, null, officer);
        assertThat(tracking.total().done()).isEqualTo(1);
        assertThat(tracking.total().doneLate()).isZero();
        assertThat(tracking.attendance().attended(AttendeeCategory.PARTY_MEMBERS))
                .isEqualTo(18);
        assertThat(page(target, "cellsec")).contains("Đã thực hiện").doesNotContain("Thực hiện trễ hạn");
        String audit = jdbc.sql("""
                        select after::text from audit.entries where entity_type = 'Dissemination' and entity_id = ?
                        order by id desc limit 1
                        """)
                .param(String.valueOf(sessionId))
                .query(String.class)
                .single();
        assertThat(audit).contains("Nhập nhầm ngày sinh hoạt chi bộ");

        // someone else's stale copy: one 409, with what they typed kept on the page
        String stale = mvc.perform(session(target + "/sessions/" + sessionId, today.minusDays(9), 17)
                        .param("version", "0")
                        .param("reason", "Sửa lần hai")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("value=\"17\"").contains("Dữ liệu vừa được người khác cập nhật");
        assertThat(directives.sessions(id, tree.cellA1, officer).get(0).heldOn())
                .isEqualTo(today.minusDays(8));
    }

    @Test
    void aCorrectionKeepsTheRulesOfASessionAndTheScope() throws Exception {
        long id = issuedToCellA1();
        String target = "/app/directives/" + id + "/targets/" + tree.cellA1;
        mvc.perform(session(target + "/sessions", today.minusDays(6), 10)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(redirectedUrl(target));
        long sessionId = directives.sessions(id, tree.cellA1, officer).get(0).id();

        String refused = mvc.perform(session(target + "/sessions/" + sessionId, today.minusDays(6), 25)
                        .param("version", "0")
                        .param("reason", "Sửa số tham dự")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Số tham dự không được lớn hơn số triệu tập.");

        String noReason = mvc.perform(session(target + "/sessions/" + sessionId, today.minusDays(6), 12)
                        .param("version", "0")
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noReason).contains("Vui lòng nêu lý do điều chỉnh.");

        // a cell outside sees nothing of it; a session of another target is not reachable through this one
        mvc.perform(get(target + "/sessions/" + sessionId + "/edit").with(user(tree.user("officerb"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/directives/" + id + "/targets/" + tree.cellA2 + "/sessions/" + sessionId + "/edit")
                        .with(user(tree.user("officer"))))
                .andExpect(status().isNotFound());
        assertThat(directives
                        .sessions(id, tree.cellA1, officer)
                        .get(0)
                        .attendance()
                        .totalAttended())
                .isEqualTo(11);
    }

    @Test
    void theApiCorrectsASessionOnceAndAnswers409ToAStaleCopy() throws Exception {
        long id = issuedToCellA1();
        String target = "/app/directives/" + id + "/targets/" + tree.cellA1;
        mvc.perform(session(target + "/sessions", today.minusDays(2), 10)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(redirectedUrl(target));
        var recorded = directives.sessions(id, tree.cellA1, officer).get(0);
        String body = """
                {"organizationId": %d, "heldOn": "%s", "form": "CELL_MEETING",
                 "invited": [1, 20, 0, 0, 0], "attended": [1, 19, 0, 0, 0],
                 "reason": "Cập nhật số đảng viên dự", "version": %d}
                """.formatted(tree.cellA1, today.minusDays(7), recorded.version());
        mvc.perform(put("/api/v1/directives/{id}/disseminations/{s}", id, recorded.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/directives/{id}/disseminations/{s}", id, recorded.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/directives/{id}/tracking", id).with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.doneLate").value(0))
                .andExpect(jsonPath("$.attendance.attended[1]").value(19));
    }
}
