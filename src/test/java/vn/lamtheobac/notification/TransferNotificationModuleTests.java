package vn.lamtheobac.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.people.TransferEvents.TransferDecided;
import vn.lamtheobac.people.TransferEvents.TransferRequested;
import vn.lamtheobac.people.TransferManagement;

/**
 * People meets notification: a person recorded by ward B with the number of a member of ward A reaches the city's
 * officer (the nearest common committee) as a transfer to decide; the refusal reaches ward B's officer with its
 * reason; nobody in ward A is told anything. Through the published events only.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"directive", "commitment", "document", "programme"})
@ActiveProfiles("test")
@Import(TestClock.class)
class TransferNotificationModuleTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonManagement people;

    @Autowired
    TransferManagement transfers;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;

    @BeforeEach
    void buildTree() {
        tree = TestTree.create(context);
    }

    List<String> notifications(String username, String kind) {
        return jdbc.sql("""
                        select n.args::text from notification.notifications n
                        join identity.accounts a on a.id = n.account_id
                        where a.username = ? and n.kind = ?
                        """)
                .params(tree.username(username), kind)
                .query(String.class)
                .list();
    }

    PersonDetails details(String nationalId) {
        return new PersonDetails(
                PersonCategory.PARTY_MEMBER_OFFICIAL,
                "Hà Thị Thu",
                Gender.FEMALE,
                LocalDate.of(1986, 7, 8),
                nationalId,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aRequestReachesTheCityAndTheRefusalReachesTheWardWithItsReason(Scenario scenario) {
        String number = TestTree.nationalId();
        long member = people.register(new RegisterPerson(details(number), tree.cellA2, null), tree.system);

        scenario.stimulate(() ->
                        people.register(new RegisterPerson(details(number), tree.cellB1, null), tree.scope("officerb")))
                .andWaitForEventOfType(TransferRequested.class)
                .matching(requested -> requested.personId() == member)
                .toArriveAndVerify(
                        requested -> assertThat(requested.committeeId()).isEqualTo(tree.city));
        scenario.stimulate(() -> {})
                .andWaitForStateChange(
                        () -> notifications("officer", "notification.transferRequested"), n -> !n.isEmpty())
                .andVerify(n -> assertThat(n).singleElement().asString().contains("Hà Thị Thu"));

        var transfer = transfers.pendingAbout(member, tree.scope("officer")).orElseThrow();
        scenario.stimulate(() -> transfers.refuse(
                        transfer.id(), "Hồ sơ chuyển sinh hoạt chưa đủ.", transfer.version(), tree.scope("officer")))
                .andWaitForEventOfType(TransferDecided.class)
                .matching(decided -> decided.transferId() == transfer.id())
                .toArriveAndVerify(
                        decided -> assertThat(decided.reason()).isEqualTo("Hồ sơ chuyển sinh hoạt chưa đủ."));
        scenario.stimulate(() -> {})
                .andWaitForStateChange(
                        () -> notifications("officerb", "notification.transferRefused"), n -> !n.isEmpty())
                .andVerify(n -> assertThat(n).singleElement().asString().contains("Hồ sơ chuyển sinh hoạt chưa đủ."));
        assertThat(notifications("wardsec", "notification.transferRequested")).isEmpty();
    }
}
