package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;

/**
 * Issue 11 §1.5: recording a person must not tell an office whether a national ID or party card number exists outside
 * its scope. Ward B's officer records one person with the number of a member of ward A (whom they cannot see) and one
 * with a number nobody holds: both answers are the same; a number held inside the office's scope is still refused at
 * its field, with a link to the record.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalIdOracleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonManagement people;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    /** A member of ward A, whom ward B's officer cannot see. */
    PersonView memberOfWardA(String name) {
        long id = people.register(
                new PersonCommands.RegisterPerson(
                        new PersonCommands.PersonDetails(
                                PersonCategory.PARTY_MEMBER_OFFICIAL,
                                name,
                                Gender.MALE,
                                java.time.LocalDate.of(1978, 4, 9),
                                TestTree.nationalId(),
                                TestTree.cardNumber(),
                                java.time.LocalDate.of(2004, 5, 19),
                                null,
                                null,
                                null),
                        tree.cellA2,
                        null),
                tree.system);
        return people.getForEdit(id, tree.system);
    }

    MvcResult record(String role, String name, String nationalId, String card) throws Exception {
        var request = post("/app/people")
                .with(user(tree.user(role)))
                .with(csrf())
                .param("organizationId", String.valueOf(tree.cellB1))
                .param("fullName", name)
                .param("category", "PARTY_MEMBER_OFFICIAL")
                .param("gender", "MALE")
                .param("dateOfBirth", "17/05/1980")
                .param("nationalId", nationalId)
                .param("version", "0");
        if (card != null) {
            request.param("partyCardNumber", card).param("partyJoinedOn", "02/03/2005");
        }
        return mvc.perform(request).andReturn();
    }

    /** What the office sees: the status, where it is sent (ids blanked), the notice, and then the page it lands on. */
    String answer(MvcResult result) throws Exception {
        var response = result.getResponse();
        String location = String.valueOf(response.getRedirectedUrl()).replaceAll("\\d+", "{id}");
        String flash = String.valueOf(result.getFlashMap().get("flash"));
        return response.getStatus() + " " + location + " " + flash;
    }

    String landing(MvcResult result) throws Exception {
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(tree.user("officerb"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aNumberHeldOutsideTheScopeGetsTheAnswerOfANewNumber() throws Exception {
        var existing = memberOfWardA("Đoàn Văn Khải");

        var held = record("officerb", "Trương Văn Nam", existing.nationalId(), null);
        var fresh = record("officerb", "Trương Văn Bắc", TestTree.nationalId(), null);

        assertThat(answer(held)).isEqualTo(answer(fresh)).isEqualTo("302 /app/people/{id} person.flash.created");
        String page = landing(held);
        assertThat(page)
                .contains("Trương Văn Nam")
                .doesNotContain(existing.fullName())
                .doesNotContain("nationalIdTaken")
                .doesNotContain("person-transfer");
        assertThat(landing(fresh)).contains("Trương Văn Bắc");
    }

    @Test
    void aCardNumberHeldOutsideTheScopeGetsTheAnswerOfANewOne() throws Exception {
        var existing = memberOfWardA("Đoàn Văn Lâm");

        var held = record("officerb", "Trương Văn Đông", TestTree.nationalId(), existing.partyCardNumber());
        var fresh = record("officerb", "Trương Văn Tây", TestTree.nationalId(), TestTree.cardNumber());

        assertThat(answer(held)).isEqualTo(answer(fresh)).isEqualTo("302 /app/people/{id} person.flash.created");
        assertThat(landing(held)).doesNotContain(existing.fullName());
    }

    @Test
    void theApiAnswersTheSameForANumberHeldOutsideTheScopeAndForANewOne() throws Exception {
        var existing = memberOfWardA("Đoàn Văn Minh");
        String body = """
                {"organizationId": %d, "details": {"category": "PARTY_MEMBER_OFFICIAL", "fullName": "%s",
                 "gender": "FEMALE", "dateOfBirth": "1990-01-02", "nationalId": "%s"}}
                """;

        var held = mvc.perform(post("/api/v1/people")
                        .with(user(tree.user("officerb")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(tree.cellB1, "Lý Thị Hồng", existing.nationalId())))
                .andReturn()
                .getResponse();
        var fresh = mvc.perform(post("/api/v1/people")
                        .with(user(tree.user("officerb")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(tree.cellB1, "Lý Thị Huệ", TestTree.nationalId())))
                .andReturn()
                .getResponse();

        assertThat(held.getStatus()).isEqualTo(fresh.getStatus()).isEqualTo(201);
        assertThat(held.getHeader("Location").replaceAll("\\d+", "{id}"))
                .isEqualTo(fresh.getHeader("Location").replaceAll("\\d+", "{id}"));
        assertThat(held.getContentAsString())
                .contains("Lý Thị Hồng")
                .doesNotContain(existing.fullName())
                .doesNotContain(String.valueOf(existing.partyCardNumber()));
    }

    @Test
    void aNumberHeldInsideTheScopeIsRefusedAtItsFieldWithALinkToTheRecord() throws Exception {
        var existing = people.getForEdit(tree.personB1, tree.system);

        var result = record("officerb", "Trương Văn Trung", existing.nationalId(), null);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("Số CCCD này đã có trong hệ thống.")
                .contains("href=\"/app/people/" + tree.personB1 + "\"");
    }
}
