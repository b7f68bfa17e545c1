package vn.lamtheobac.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.commitment.CommitmentCommands.WriteCommitment;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;

/** The rules of a commitment hold at every step that depends on them, not only at the first save. */
@IntegrationTest
class CommitmentRuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    PersonManagement people;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Scope member;
    Scope secretary;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
        member = tree.scope("member");
        secretary = tree.scope("cellsec");
    }

    @Test
    @DisplayName(
            "A draft left from a year no longer open is not submitted (CommitmentCalendar: last, this and next year)")
    void aDraftOfAYearNoLongerOpenIsNotSubmitted_CommitmentCalendar() {
        int closedYear = TestClock.TODAY.getYear() - 2;
        long id = jdbc.sql("""
                        insert into commitment.commitments (person_id, organization_id, year) values (?, ?, ?)
                        returning id
                        """)
                .params(tree.memberA1, tree.cellA1, closedYear)
                .query(Long.class)
                .single();
        int position = 0;
        for (var item : CommitmentTests.complete()) {
            jdbc.sql("""
                            insert into commitment.items (commitment_id, section, position, content, target)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(id, item.section().name(), position++, item.content(), item.target())
                    .update();
        }

        assertThatThrownBy(() -> commitments.submit(id, 0, member))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("commitment.error.year");
        assertThat(commitments.get(id, member).status()).isEqualTo(CommitmentStatus.DRAFT);
    }

    @Test
    @DisplayName("Only party members and civil servants write a commitment (Kết luận 01-KL/TW: the yearly commitment of"
            + " cadres, party members and civil servants)")
    void onlyMembersAndCivilServantsWriteACommitment_KL01() {
        long unionMember = people.register(
                new RegisterPerson(
                        new PersonDetails(
                                PersonCategory.UNION_MEMBER,
                                "Ngô Thị Lan",
                                Gender.FEMALE,
                                LocalDate.of(1990, 4, 2),
                                TestTree.nationalId(),
                                null,
                                null,
                                "Đoàn viên",
                                null,
                                null),
                        tree.cellA1,
                        LocalDate.of(2020, 1, 1)),
                tree.system);

        assertThatThrownBy(() -> commitments.write(
                        new WriteCommitment(unionMember, TestClock.TODAY.getYear(), CommitmentTests.complete(), 0),
                        secretary))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("commitment.error.notCommitted");
    }
}
