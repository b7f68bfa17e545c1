package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonCommands.UpdatePerson;
import vn.lamtheobac.shared.NotFoundException;

/**
 * A person recorded by ward B with the number of a member of ward A becomes a membership transfer (chuyển sinh hoạt
 * đảng) that the city — the nearest committee over both wards — decides: approved, the member's record moves to ward
 * B with its history; refused with a reason, ward B's record is closed. Nobody outside the city's record keepers sees
 * the transfer, and the person is never counted twice.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipTransferTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonManagement people;

    @Autowired
    TransferManagement transfers;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    PersonDetails details(String name, String nationalId) {
        return new PersonDetails(
                PersonCategory.PARTY_MEMBER_OFFICIAL,
                name,
                Gender.FEMALE,
                LocalDate.of(1985, 2, 3),
                nationalId,
                null,
                null,
                null,
                null,
                null);
    }

    /** A member of ward A's cell A2 since 2020. */
    PersonView memberOfWardA(String name) {
        long id = people.register(
                new RegisterPerson(details(name, TestTree.nationalId()), tree.cellA2, LocalDate.of(2020, 1, 1)),
                tree.system);
        return people.getForEdit(id, tree.system);
    }

    /** Ward B's officer records the same person in cell B1, as they would from the form. */
    long recordedByWardB(String name, String nationalId) {
        return people.register(
                new RegisterPerson(details(name, nationalId), tree.cellB1, null), tree.scope("officerb"));
    }

    /** The audit trail's lines of one action on one record by one of this tree's accounts. */
    long audited(String action, String entityType, long id, String role) {
        return jdbc.sql("""
                        select count(*) from audit.entries
                        where action = ? and entity_type = ? and entity_id = ? and actor = ?
                        """)
                .params(action, entityType, String.valueOf(id), tree.username(role))
                .query(Long.class)
                .single();
    }

    TransferView pendingAt(long personId) {
        return transfers.pendingAbout(personId, tree.scope("officer")).orElseThrow();
    }

    @Test
    void theCityApprovesAndTheMemberMovesToWardBWithTheirHistory() throws Exception {
        var member = memberOfWardA("Cao Thị Ngọc");
        long provisional = recordedByWardB("Cao Thị Ngọc", member.nationalId());
        var transfer = pendingAt(member.id());
        assertThat(transfer.committeeId()).isEqualTo(tree.city);
        assertThat(transfer.fromOrganizationId()).isEqualTo(tree.cellA2);
        assertThat(transfer.toOrganizationId()).isEqualTo(tree.cellB1);

        String list = mvc.perform(get("/app/transfers").with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("id=\"transfer-list\"").contains("Cao Thị Ngọc");
        mvc.perform(post("/app/transfers/{id}/approve", transfer.id())
                        .with(user(tree.user("officer")))
                        .with(csrf())
                        .param("version", String.valueOf(transfer.version())))
                .andExpect(status().is3xxRedirection());

        var wardB = tree.scope("officerb");
        var moved = people.get(member.id(), wardB);
        assertThat(moved.organizationId()).isEqualTo(tree.cellB1);
        assertThat(people.memberships(member.id(), wardB))
                .extracting(Membership::organizationId, m -> m.endsOn() == null)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(tree.cellB1, true),
                        org.assertj.core.groups.Tuple.tuple(tree.cellA2, false));
        org.junit.jupiter.api.Assertions.assertThrows(
                NotFoundException.class, () -> people.get(provisional, tree.system));
        assertThat(transfers.get(transfer.id(), tree.scope("officer")).status()).isEqualTo(TransferStatus.APPROVED);
        assertThat(audited("UPDATE", "Person", member.id(), "officer"))
                .as("the move")
                .isEqualTo(1);
        assertThat(audited("DELETE", "Person", provisional, "officer"))
                .as("the merged record")
                .isEqualTo(1);
        assertThat(audited("UPDATE", "MembershipTransfer", transfer.id(), "officer"))
                .isEqualTo(1);
    }

    @Test
    void theCityRefusesWithAReasonAndWardBsRecordIsClosed() throws Exception {
        var member = memberOfWardA("Cao Thị Oanh");
        long provisional = recordedByWardB("Cao Thị Oanh", member.nationalId());
        var transfer = pendingAt(provisional);

        String refusedWithout = mvc.perform(post("/app/transfers/{id}/refuse", transfer.id())
                        .with(user(tree.user("officer")))
                        .with(csrf())
                        .param("version", String.valueOf(transfer.version()))
                        .param("reason", "  "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refusedWithout).contains("Đề nghị ghi lý do không chấp thuận");
        assertThat(transfers.get(transfer.id(), tree.scope("officer")).pending())
                .isTrue();

        mvc.perform(post("/app/transfers/{id}/refuse", transfer.id())
                        .with(user(tree.user("officer")))
                        .with(csrf())
                        .param("version", String.valueOf(transfer.version()))
                        .param("reason", "Đồng chí chưa hoàn tất thủ tục chuyển sinh hoạt tại chi bộ cũ."))
                .andExpect(status().is3xxRedirection());

        assertThat(people.get(member.id(), tree.system).organizationId()).isEqualTo(tree.cellA2);
        org.junit.jupiter.api.Assertions.assertThrows(
                NotFoundException.class, () -> people.get(provisional, tree.scope("officerb")));
        var refused = transfers.get(transfer.id(), tree.scope("officer"));
        assertThat(refused.status()).isEqualTo(TransferStatus.REFUSED);
        assertThat(refused.reason()).isEqualTo("Đồng chí chưa hoàn tất thủ tục chuyển sinh hoạt tại chi bộ cũ.");
        mvc.perform(post("/app/transfers/{id}/approve", transfer.id())
                        .with(user(tree.user("officer")))
                        .with(csrf())
                        .param("version", String.valueOf(refused.version())))
                .andExpect(status().isOk());
        assertThat(people.get(member.id(), tree.system).organizationId()).isEqualTo(tree.cellA2);
    }

    @Test
    void onlyTheCitysRecordKeepersSeeTheTransfer() throws Exception {
        var member = memberOfWardA("Cao Thị Phượng");
        recordedByWardB("Cao Thị Phượng", member.nationalId());
        var transfer = pendingAt(member.id());

        for (String role : new String[] {"officerb", "wardsec", "cellsec", "viewer", "editor", "member"}) {
            mvc.perform(get("/app/transfers/{id}", transfer.id()).with(user(tree.user(role))))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/app/transfers/{id}/approve", transfer.id())
                            .with(user(tree.user(role)))
                            .with(csrf())
                            .param("version", String.valueOf(transfer.version())))
                    .andExpect(status().isNotFound());
            assertThat(mvc.perform(get("/app/transfers").with(user(tree.user(role))))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .as(role)
                    .doesNotContain("Cao Thị Phượng");
        }
        assertThat(transfers.get(transfer.id(), tree.scope("officer")).pending())
                .isTrue();
        assertThat(people.get(member.id(), tree.system).organizationId()).isEqualTo(tree.cellA2);
    }

    @Test
    void thePersonIsCountedOnceWhileTheTransferWaits() {
        var city = tree.scope("officer");
        var wardB = tree.scope("officerb");
        var member = memberOfWardA("Cao Thị Quyên");
        long cityBefore = people.countByCategory(city).get(PersonCategory.PARTY_MEMBER_OFFICIAL);
        long wardBBefore = people.countByCategory(wardB).get(PersonCategory.PARTY_MEMBER_OFFICIAL);
        long unitBefore = people.countByUnit(tree.city, java.util.Set.of(PersonCategory.PARTY_MEMBER_OFFICIAL), city)
                .getOrDefault(tree.wardB, 0L);

        recordedByWardB("Cao Thị Quyên", member.nationalId());

        assertThat(people.countByCategory(city).get(PersonCategory.PARTY_MEMBER_OFFICIAL))
                .as("the city counts the member once")
                .isEqualTo(cityBefore);
        assertThat(people.countByUnit(tree.city, java.util.Set.of(PersonCategory.PARTY_MEMBER_OFFICIAL), city)
                        .getOrDefault(tree.wardB, 0L))
                .isEqualTo(unitBefore);
        assertThat(people.countByCategory(wardB).get(PersonCategory.PARTY_MEMBER_OFFICIAL))
                .as("ward B sees the person it recorded, as for any new person")
                .isEqualTo(wardBBefore + 1);
        assertThat(people.list(new PeopleQuery("cao thi quyen", null, null, null), city)
                        .content())
                .extracting(PersonSummary::id)
                .containsExactly(member.id());
    }

    @Test
    void correctingTheNumberWithdrawsTheRequest() {
        var member = memberOfWardA("Cao Thị Sương");
        long provisional = recordedByWardB("Cao Thị Sương", member.nationalId());
        var transfer = pendingAt(member.id());
        var wardB = tree.scope("officerb");

        people.update(
                new UpdatePerson(
                        provisional,
                        details("Cao Thị Sương", TestTree.nationalId()),
                        people.getForEdit(provisional, wardB).version()),
                wardB);

        assertThat(transfers.get(transfer.id(), tree.scope("officer")).status()).isEqualTo(TransferStatus.WITHDRAWN);
        assertThat(transfers.pendingAbout(member.id(), tree.scope("officer"))).isEmpty();
        assertThat(people.get(provisional, wardB).fullName()).isEqualTo("Cao Thị Sương");
    }
}
