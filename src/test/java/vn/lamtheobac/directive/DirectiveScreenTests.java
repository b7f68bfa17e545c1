package vn.lamtheobac.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Scope;

/**
 * The directive screens as their users meet them: a directive addressed to chosen organisations, the target picker,
 * the "every cell under X" mode, and what a cell reads in its inbox.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectiveScreenTests {

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
    OrganizationManagement organizations;

    TestTree tree;
    Scope officer;
    LocalDate today;
    /** Two cells with the same name under two schools of ward A. */
    long mathsA;

    long schoolA2;
    long mathsA2;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        today = vn.lamtheobac.TestClock.TODAY;
        mathsA = organizations.create(
                new CreateOrganization(tree.schoolA, "CELL", "Chi bộ Toán – Tin " + tree.tag, null), tree.system);
        schoolA2 = organizations.create(
                new CreateOrganization(tree.wardA, "GRASSROOTS_COMMITTEE", "Đảng bộ Trường Hai " + tree.tag, null),
                tree.system);
        mathsA2 = organizations.create(
                new CreateOrganization(schoolA2, "CELL", "Chi bộ Toán – Tin " + tree.tag, null), tree.system);
    }

    DirectiveContent chosen(String title, List<Long> targets) {
        return new DirectiveContent(
                "KH",
                title,
                "Các chi bộ quán triệt trong kỳ sinh hoạt gần nhất.\n\nBáo cáo kết quả về Văn phòng.",
                null,
                null,
                today.plusDays(20),
                TargetMode.CHOSEN,
                null,
                targets);
    }

    String page(MockHttpServletRequestBuilder request, String role) throws Exception {
        return mvc.perform(request.with(user(tree.user(role))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** Defect 1: the page of a directive to chosen organisations answered 500 (a list used as a boolean). */
    @Test
    void aDirectiveToChosenOrganisationsRendersIssuesAndIsTracked() throws Exception {
        long id = directives.draft(
                new DraftDirective(tree.wardA, chosen("Kế hoạch cho các chi bộ được chọn", List.of(tree.cellA1))),
                officer);
        assertThat(page(get("/app/directives/{id}", id), "officer"))
                .contains("Chi bộ Giáo viên " + tree.tag)
                .contains("id=\"issue-submit\"");

        mvc.perform(post("/app/directives/{id}/issue", id)
                        .param("issuedOn", DATE.format(today))
                        .param(
                                "version",
                                String.valueOf(directives.get(id, officer).version()))
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(redirectedUrl("/app/directives/" + id));
        var issued = directives.get(id, officer);
        assertThat(issued.status()).isEqualTo(DirectiveStatus.ISSUED);

        assertThat(page(get("/app/directives/{id}", id), "officer"))
                .contains(issued.symbol())
                .contains("Chi bộ Giáo viên " + tree.tag)
                .contains("/app/directives/" + id + "/tracking");
        assertThat(page(get("/app/directives/{id}", id), "cellsec")).contains(issued.title());
        assertThat(page(get("/app/directives/{id}/tracking", id), "officer")).contains("Đảng bộ Trường " + tree.tag);
    }

    /** Defect 2: results show their parent, so cells of the same name are told apart. */
    @Test
    void pickerResultsNameTheirParent() throws Exception {
        String results = page(
                get("/app/directives/target-options")
                        .header("HX-Request", "true")
                        .param("issuingOrganizationId", String.valueOf(tree.city))
                        .param("q", "Toán – Tin " + tree.tag),
                "officer");
        assertThat(results)
                .contains("id=\"option-" + mathsA + "\"")
                .contains("id=\"option-" + mathsA2 + "\"")
                .contains("Đảng bộ Trường " + tree.tag)
                .contains("Đảng bộ Trường Hai " + tree.tag)
                .doesNotContain("name=\"chosenTargetIds\"");
    }

    /**
     * Defect 2: a tick moves the organisation into the "đã chọn" list, which the next search does not replace, and
     * the next search shows it as already chosen.
     */
    @Test
    void aTickedOrganisationSurvivesTheNextSearch() throws Exception {
        assertThat(page(get("/app/directives/new"), "officer"))
                .contains("id=\"chosen-targets\"")
                .contains("id=\"target-options\"");
        String picked = page(
                get("/app/directives/target-options/pick")
                        .header("HX-Request", "true")
                        .param("issuingOrganizationId", String.valueOf(tree.city))
                        .param("id", String.valueOf(mathsA2)),
                "officer");
        assertThat(picked)
                .contains("hx-swap-oob=\"beforeend:#chosen-targets\"")
                .contains("name=\"chosenTargetIds\" value=\"" + mathsA2 + "\"")
                .contains("Đảng bộ Trường Hai " + tree.tag);

        String again = page(
                get("/app/directives/target-options")
                        .header("HX-Request", "true")
                        .param("issuingOrganizationId", String.valueOf(tree.city))
                        .param("q", "Toán – Tin " + tree.tag)
                        .param("chosenTargetIds", String.valueOf(mathsA2)),
                "officer");
        assertThat(again).containsPattern("id=\"option-" + mathsA2 + "\"[^>]*disabled");

        // what is picked must lie under the issuer and in the caller's scope
        mvc.perform(get("/app/directives/target-options/pick")
                        .header("HX-Request", "true")
                        .param("issuingOrganizationId", String.valueOf(tree.wardB))
                        .param("id", String.valueOf(mathsA))
                        .with(user(tree.user("officerb"))))
                .andExpect(status().isNotFound());
    }

    long draftThroughTheForm(String title, String... params) throws Exception {
        var request = post("/app/directives")
                .param("issuingOrganizationId", String.valueOf(tree.city))
                .param("typeCode", "KH")
                .param("title", title)
                .param("deadline", DATE.format(today.plusDays(20)))
                .param("version", "0");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String location = mvc.perform(request.with(csrf()).with(user(tree.user("officer"))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Defect 2: "every cell under X" and "every grassroots organisation under X", resolved within the issuer. */
    @Test
    void everyCellOrGrassrootsOrganisationUnderAChosenOrganisation() throws Exception {
        assertThat(page(get("/app/directives/new"), "officer"))
                .contains("id=\"mode-under\"")
                .contains("id=\"targetRootId\"");
        long cells = draftThroughTheForm(
                "Mọi chi bộ của phường An",
                "targetMode",
                "LEVEL_UNDER",
                "underLevel",
                "CELL",
                "targetRootId",
                String.valueOf(tree.wardA));
        assertThat(page(get("/app/directives/{id}", cells), "officer")).contains("Đảng bộ phường An " + tree.tag);
        directives.issue(
                new IssueDirective(cells, today, directives.get(cells, officer).version()), officer);
        var tracking = this.tracking.tracking(cells, null, officer);
        assertThat(tracking.total().targets()).isEqualTo(4); // cellA1, cellA2, mathsA, mathsA2 — not cellB1
        assertThat(page(get("/app/directives/{id}/tracking", cells), "officer"))
                .contains("Đảng bộ phường An " + tree.tag)
                .doesNotContain("Đảng bộ phường Bình " + tree.tag);

        long grassroots = draftThroughTheForm(
                "Mọi tổ chức cơ sở đảng của phường An",
                "targetMode",
                "LEVEL_UNDER",
                "underLevel",
                "GRASSROOTS",
                "targetRootId",
                String.valueOf(tree.wardA));
        directives.issue(
                new IssueDirective(
                        grassroots, today, directives.get(grassroots, officer).version()),
                officer);
        assertThat(this.tracking.tracking(grassroots, null, officer).total().targets())
                .isEqualTo(2); // schoolA, schoolA2

        // X must lie under the issuer: ward A cannot address the cells of ward B
        var refused = mvc.perform(post("/app/directives")
                        .param("issuingOrganizationId", String.valueOf(tree.wardA))
                        .param("typeCode", "KH")
                        .param("title", "Ngoài phạm vi")
                        .param("targetMode", "LEVEL_UNDER")
                        .param("underLevel", "CELL")
                        .param("targetRootId", String.valueOf(tree.wardB))
                        .param("version", "0")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Nơi nhận phải là tổ chức trực thuộc cơ quan ban hành.");
    }

    /** Defect 3: the inbox item shows what to disseminate, the attachments to download, and the directive's page. */
    @Test
    void theCellReadsTheContentAndAttachmentsFromItsInbox() throws Exception {
        long id = directives.draft(
                new DraftDirective(
                        tree.city, chosen("Kế hoạch học tập chuyên đề có tệp đính kèm", List.of(tree.cellA1))),
                officer);
        var file = directives.attach(id, "Chuyên đề toàn văn.pdf", "%PDF-1.4\n1 0 obj\n".getBytes(), officer);
        directives.issue(
                new IssueDirective(id, today, directives.get(id, officer).version()), officer);

        String inbox = page(get("/app/inbox"), "cellsec");
        String attachment = "/app/directives/" + id + "/attachments/" + file.id();
        assertThat(inbox)
                .contains("Các chi bộ quán triệt trong kỳ sinh hoạt gần nhất.")
                .contains("Chuyên đề toàn văn.pdf")
                .contains("href=\"" + attachment + "\"")
                .contains("href=\"/app/directives/" + id + "/targets/" + tree.cellA1 + "\"")
                .contains("id=\"inbox-open-" + id + "-" + tree.cellA1 + "\"");
        mvc.perform(get(attachment).with(user(tree.user("cellsec")))).andExpect(status().isOk());

        assertThat(page(get("/app/directives/{id}/targets/{o}", id, tree.cellA1), "cellsec"))
                .contains("Báo cáo kết quả về Văn phòng.")
                .contains("href=\"" + attachment + "\"")
                .contains("href=\"/app/directives/" + id + "\"");
    }
}
