package vn.lamtheobac.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.organization.OrganizationCommands.DissolveOrganization;
import vn.lamtheobac.organization.OrganizationCommands.MergeOrganization;
import vn.lamtheobac.organization.OrganizationCommands.MoveOrganization;
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.PageRequest;

/** Moving, merging and dissolving parts of the tree keep every person and every history row. */
@IntegrationTest
class OrganizationTreeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    PersonManagement people;

    @Autowired
    JdbcClient jdbc;

    long peopleUnder(TestTree tree, long organization) {
        return people.list(new PeopleQuery(null, organization, null, new PageRequest(0, 1)), tree.system)
                .page()
                .totalElements();
    }

    long membershipRows() {
        return jdbc.sql("select count(*) from people.memberships")
                .query(Long.class)
                .single();
    }

    @Test
    void movingASubtreeCarriesItsDescendantsAndPeople() {
        var tree = TestTree.create(context);
        var school = organizations.get(tree.schoolA, tree.system);
        organizations.move(new MoveOrganization(tree.schoolA, tree.wardB, school.version()), tree.system);

        assertThat(organizations.path(tree.cellA1, tree.system))
                .extracting(OrganizationView::id)
                .containsExactly(tree.city, tree.wardB, tree.schoolA, tree.cellA1);
        assertThat(peopleUnder(tree, tree.wardB)).isEqualTo(7);
        assertThat(peopleUnder(tree, tree.wardA)).isZero();
        // the ward A secretary no longer reaches the moved cells; the ward B officer does
        assertThat(organizations.isWithin(tree.cellA2, tree.scope("wardsec").roots()))
                .isFalse();
        assertThat(organizations.isWithin(tree.cellA2, tree.scope("officerb").roots()))
                .isTrue();
    }

    @Test
    void aSubtreeCannotMoveUnderItself() throws Exception {
        var tree = TestTree.create(context);
        var ward = organizations.get(tree.wardA, tree.system);
        assertThatThrownBy(() ->
                        organizations.move(new MoveOrganization(tree.wardA, tree.schoolA, ward.version()), tree.system))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("organization.error.moveUnderItself");
        mvc.perform(post("/app/organizations/{id}/move", tree.wardA)
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("newParentId", String.valueOf(tree.cellA1))
                        .param("version", String.valueOf(ward.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không thể chuyển một tổ chức vào chính nó")));
    }

    @Test
    void mergingMovesChildrenAndMembersAndKeepsTheMergedOneWithItsHistory() throws Exception {
        var tree = TestTree.create(context);
        long rowsBefore = membershipRows();
        var ward = organizations.get(tree.wardA, tree.system);
        organizations.merge(
                new MergeOrganization(tree.wardA, tree.wardB, LocalDate.of(2025, 7, 1), ward.version()), tree.system);

        var merged = organizations.get(tree.wardA, tree.system);
        assertThat(merged.status()).isEqualTo(OrganizationStatus.DISSOLVED);
        assertThat(merged.mergedIntoId()).isEqualTo(tree.wardB);
        assertThat(organizations.children(tree.wardB, tree.system))
                .extracting(OrganizationView::id)
                .contains(tree.schoolA, tree.cellB1);
        assertThat(peopleUnder(tree, tree.wardB)).isEqualTo(7);
        // the ward itself had no members: no membership row was added or lost
        assertThat(membershipRows()).isEqualTo(rowsBefore);

        mvc.perform(get("/api/v1/organizations/{id}", tree.wardA).with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.status").value("DISSOLVED"))
                .andExpect(jsonPath("$.mergedIntoId").value(tree.wardB));
    }

    @Test
    void mergingCellsMovesTheirMembersWithHistory() {
        var tree = TestTree.create(context);
        long rowsBefore = membershipRows();
        var cell = organizations.get(tree.cellA2, tree.system);
        organizations.merge(
                new MergeOrganization(tree.cellA2, tree.cellA1, LocalDate.of(2025, 8, 1), cell.version()), tree.system);

        assertThat(peopleUnder(tree, tree.cellA1)).isEqualTo(5);
        assertThat(peopleUnder(tree, tree.cellA2)).isZero();
        // two people moved: two memberships ended and two started, none deleted
        assertThat(membershipRows()).isEqualTo(rowsBefore + 2);
        var history = people.memberships(tree.personA2, tree.system);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).organizationId()).isEqualTo(tree.cellA2);
        assertThat(history.get(1).endsOn()).isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void anOrganizationWithMembersCannotBeDissolved() {
        var tree = TestTree.create(context);
        var cell = organizations.get(tree.cellB1, tree.system);
        assertThatThrownBy(() -> organizations.dissolve(
                        new DissolveOrganization(tree.cellB1, null, cell.version()), tree.system))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("organization.error.hasMembers");
        assertThat(organizations.get(tree.cellB1, tree.system).active()).isTrue();
    }

    @Test
    void theTreeExpandsLazilyOneLevelPerRequest() throws Exception {
        var tree = TestTree.create(context);
        var fragment = mvc.perform(get("/app/organizations")
                        .param("parent", String.valueOf(tree.wardA))
                        .header("HX-Request", "true")
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("Đảng bộ Trường " + tree.tag)
                .doesNotContain("Chi bộ Giáo viên")
                .doesNotContain("<html");
    }

    @Test
    void aStaleRenameAnswers409() throws Exception {
        var tree = TestTree.create(context);
        var cell = organizations.get(tree.cellA1, tree.system);
        organizations.update(
                new OrganizationCommands.UpdateOrganization(
                        tree.cellA1, "Chi bộ Toán " + tree.tag, null, null, null, cell.version()),
                tree.system);
        mvc.perform(post("/app/organizations/{id}/rename", tree.cellA1)
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("name", "Chi bộ Tin học " + tree.tag)
                        .param("version", String.valueOf(cell.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Dữ liệu vừa được người khác cập nhật")))
                .andExpect(content().string(Matchers.containsString("Chi bộ Tin học " + tree.tag)));
        assertThat(organizations.get(tree.cellA1, tree.system).name()).isEqualTo("Chi bộ Toán " + tree.tag);
    }
}
