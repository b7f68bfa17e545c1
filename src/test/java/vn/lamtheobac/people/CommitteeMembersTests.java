package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.CommitteeMembers.EndSeat;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.NotFoundException;

/** Who sits on a committee: the source of "leadership" in the rating rules and of the signer of documents. */
@IntegrationTest
class CommitteeMembersTests {

    static final LocalDate TERM_START = LocalDate.of(2025, 7, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitteeMembers committees;

    @Autowired
    PersonManagement people;

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
    }

    @Test
    void theSecretaryOnADateSignsAndLeadershipIsEveryoneWhoSatThatYear() {
        long first = seat(tree.wardA, tree.memberA1, CommitteePosition.SECRETARY, TERM_START);
        seat(tree.wardA, tree.personA2, CommitteePosition.MEMBER, TERM_START);
        committees.end(new EndSeat(first, LocalDate.of(2026, 3, 1), 0), tree.system);
        seat(tree.wardA, tree.secretaryA1, CommitteePosition.SECRETARY, LocalDate.of(2026, 3, 1));

        assertThat(committees.secretaryOn(tree.wardA, LocalDate.of(2026, 2, 28)))
                .hasValueSatisfying(m -> assertThat(m.fullName()).isEqualTo("Nguyễn Văn An"));
        assertThat(committees.secretaryOn(tree.wardA, TestClock.TODAY))
                .hasValueSatisfying(m -> assertThat(m.fullName()).isEqualTo("Trần Thị Bình"));
        assertThat(committees.sittingOn(tree.wardA, TestClock.TODAY))
                .extracting(CommitteeMember::position)
                .containsExactly(CommitteePosition.SECRETARY, CommitteePosition.MEMBER);
        assertThat(committees.leadershipDuring(java.util.List.of(tree.wardA, tree.wardB), 2026))
                .containsOnlyKeys(tree.wardA)
                .extractingByKey(tree.wardA)
                .satisfies(ids ->
                        assertThat(ids).containsExactlyInAnyOrder(tree.memberA1, tree.secretaryA1, tree.personA2));
        assertThat(committees.leadershipDuring(java.util.List.of(tree.wardA), 2024))
                .isEmpty();
    }

    @Test
    void aCommitteeHasOneSecretaryAtATimeAndAPersonOneSeat() {
        seat(tree.wardA, tree.memberA1, CommitteePosition.SECRETARY, TERM_START);
        assertThatThrownBy(
                        () -> seat(tree.wardA, tree.secretaryA1, CommitteePosition.SECRETARY, TERM_START.plusDays(9)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("committee.error.secretaryTaken"));
        assertThatThrownBy(() -> seat(tree.wardA, tree.memberA1, CommitteePosition.MEMBER, TERM_START.plusDays(9)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("committee.error.alreadySitting"));
    }

    @Test
    void onlyAnOfficialMemberOfTheOrganisationSits_DieuLeDang_Dieu5() {
        long probationary = people.register(
                new RegisterPerson(
                        new PersonDetails(
                                PersonCategory.PARTY_MEMBER_PROBATIONARY,
                                "Lý Thị Mai",
                                Gender.FEMALE,
                                LocalDate.of(1998, 2, 3),
                                TestTree.nationalId(),
                                null,
                                LocalDate.of(2026, 5, 19),
                                null,
                                null,
                                null),
                        tree.cellA1,
                        LocalDate.of(2026, 5, 19)),
                tree.system);
        assertThatThrownBy(() -> seat(tree.wardA, probationary, CommitteePosition.MEMBER, TERM_START))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(InvalidInputException.Violation::messageKey)
                                .containsExactly("committee.error.notOfficial"));
        assertThatThrownBy(() -> seat(tree.wardA, tree.personB1, CommitteePosition.MEMBER, TERM_START))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(InvalidInputException.Violation::messageKey)
                                .containsExactly("committee.error.notInOrganization"));
        assertThatThrownBy(() -> seat(tree.wardA, tree.memberA1, CommitteePosition.MEMBER, TestClock.TODAY.plusDays(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anotherWardsOfficerNeitherSeesNorChangesTheCommittee() {
        assertThatThrownBy(() -> committees.history(tree.wardA, tree.scope("officerb")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> committees.seat(
                        new SeatMember(tree.wardA, tree.memberA1, CommitteePosition.MEMBER, null, TERM_START),
                        tree.scope("officerb")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theWardsOfficePageSeatsAMemberAndShowsTheErrorAtTheField() throws Exception {
        mvc.perform(post("/app/organizations/{id}/committee", tree.wardA)
                        .param("personId", String.valueOf(tree.memberA1))
                        .param("position", "SECRETARY")
                        .param("startsOn", "01/07/2025")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(redirectedUrl("/app/organizations/" + tree.wardA + "/committee"));
        mvc.perform(get("/app/organizations/{id}/committee", tree.wardA).with(user(tree.user("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nguyễn Văn An")))
                .andExpect(content().string(Matchers.containsString("Bí thư")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"seat-member\""))));
        mvc.perform(post("/app/organizations/{id}/committee", tree.wardA)
                        .param("position", "MEMBER")
                        .param("startsOn", "  ")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đề nghị chọn đồng chí cấp ủy viên.")))
                .andExpect(content().string(Matchers.containsString("Đề nghị nhập ngày bắt đầu giữ chức vụ")));
    }

    private long seat(long organization, long person, CommitteePosition position, LocalDate from) {
        return committees.seat(new SeatMember(organization, person, position, null, from), tree.system);
    }
}
