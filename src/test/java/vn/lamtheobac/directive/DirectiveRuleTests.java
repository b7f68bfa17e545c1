package vn.lamtheobac.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDirective;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.organization.OrganizationCommands.MoveOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.Scope;

/** The rules of a directive hold at every step that depends on them, not only when the draft is saved. */
@IntegrationTest
class DirectiveRuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    DirectiveManagement directives;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    TestTree tree;
    Scope officer;
    LocalDate today = TestClock.TODAY;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
    }

    DirectiveContent toChosen(List<Long> chosen) {
        return new DirectiveContent(
                "KH", "Kế hoạch quán triệt", null, null, null, today.plusDays(20), TargetMode.CHOSEN, null, chosen);
    }

    @Test
    @DisplayName("A chosen target moved out of the issuer's subtree after the draft is refused at the issue (Điều lệ"
            + " Đảng, Điều 9.4: a committee directs the organisations under it)")
    void chosenTargetsStayUnderTheIssuerAtTheIssue_DieuLeDang_Article9() {
        long id = directives.draft(new DraftDirective(tree.wardA, toChosen(List.of(tree.cellA1))), officer);
        var school = organizations.get(tree.schoolA, tree.system);
        organizations.move(new MoveOrganization(tree.schoolA, tree.wardB, school.version()), tree.system);

        assertThatThrownBy(() -> directives.issue(
                        new IssueDirective(
                                id, today, directives.get(id, officer).version()),
                        officer))
                .satisfies(e -> assertThat(messageKeys(e)).contains("directive.error.targetOutside"));
        assertThat(directives.get(id, officer).status()).isEqualTo(DirectiveStatus.DRAFT);
    }

    @Test
    @DisplayName("A correction keeps the title within 1,000 characters, as the draft did")
    void aCorrectedTitleKeepsTheDraftsLimit() {
        long id = directives.draft(new DraftDirective(tree.wardA, toChosen(List.of(tree.cellA1))), officer);
        var issued = directives.issue(
                new IssueDirective(id, today, directives.get(id, officer).version()), officer);

        assertThatThrownBy(() -> directives.correct(
                        new CorrectDirective(
                                id, "Đ".repeat(1001), null, issued.deadline(), "Sửa tên", issued.version()),
                        officer))
                .satisfies(e -> assertThat(messageKeys(e)).contains("directive.error.titleTooLong"));
        assertThat(directives.get(id, officer).title()).isEqualTo("Kế hoạch quán triệt");
    }

    @Test
    @DisplayName(
            "A withdrawal without a reason is refused at the form's reason field, and the directive stays in force")
    void aWithdrawalNeedsItsReasonOnTheForm() throws Exception {
        long id = directives.draft(new DraftDirective(tree.wardA, toChosen(List.of(tree.cellA1))), officer);
        var issued = directives.issue(
                new IssueDirective(id, today, directives.get(id, officer).version()), officer);

        mvc.perform(post("/app/directives/" + id + "/withdraw")
                        .param("reason", "   ")
                        .param("version", String.valueOf(issued.version()))
                        .with(user(tree.user("officer")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Vui lòng nêu lý do.")));
        assertThat(directives.get(id, officer).status()).isEqualTo(DirectiveStatus.ISSUED);
    }

    @Test
    @DisplayName("An issue dated before the last number of its sequence asks for confirmation (Hướng dẫn 36-HD/VPTW:"
            + " the register runs in the order of issue)")
    void anIssueDatedBeforeTheLastNumberAsksForConfirmation_HD36() throws Exception {
        long first = directives.draft(new DraftDirective(tree.wardA, toChosen(List.of(tree.cellA1))), officer);
        var issued = directives.issue(
                new IssueDirective(first, today, directives.get(first, officer).version()), officer);
        long second = directives.draft(new DraftDirective(tree.wardA, toChosen(List.of(tree.cellA1))), officer);
        int version = directives.get(second, officer).version();
        String earlier = String.format(
                "%02d/%02d/%d",
                today.minusDays(3).getDayOfMonth(),
                today.minusDays(3).getMonthValue(),
                today.minusDays(3).getYear());

        mvc.perform(post("/app/directives/" + second + "/issue")
                        .param("issuedOn", earlier)
                        .param("version", String.valueOf(version))
                        .with(user(tree.user("officer")))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(issued.symbol())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"issue-earlierDateConfirmed\"")));
        assertThat(directives.get(second, officer).status()).isEqualTo(DirectiveStatus.DRAFT);

        mvc.perform(post("/app/directives/" + second + "/issue")
                        .param("issuedOn", earlier)
                        .param("earlierDateConfirmed", "true")
                        .param("version", String.valueOf(version))
                        .with(user(tree.user("officer")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directives.get(second, officer).status()).isEqualTo(DirectiveStatus.ISSUED);
        assertThat(directives.get(second, officer).issuedOn()).isEqualTo(today.minusDays(3));
    }

    static List<String> messageKeys(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.violations().stream().map(v -> v.messageKey()).toList();
        }
        if (e instanceof vn.lamtheobac.shared.BusinessRuleException rule) {
            return List.of(rule.messageKey());
        }
        return List.of(String.valueOf(e));
    }
}
