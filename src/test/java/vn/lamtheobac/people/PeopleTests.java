package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.PageRequest;

/** Finding, sorting and editing people as an officer does it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleTests {

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

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        mvc.perform(get("/api/v1/people")
                        .param("q", "NGUYEN van an")
                        .param("organization", String.valueOf(tree.city))
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].fullName", Matchers.contains("Nguyễn Văn An")))
                .andExpect(jsonPath("$.page.totalElements").value(1));
        mvc.perform(get("/api/v1/people")
                        .param("q", "dang quoc viet")
                        .param("organization", String.valueOf(tree.city))
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath("$.content[0].fullName").value("Đặng Quốc Việt"));
    }

    @Test
    void listsAreSortedByGivenNameTheVietnameseWay() throws Exception {
        // An, Bình, Đức, Hoa, Khang, Việt, Yến: given names in Vietnamese alphabetical order (đ after d).
        mvc.perform(get("/api/v1/people")
                        .param("organization", String.valueOf(tree.city))
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath(
                        "$.content[*].fullName",
                        Matchers.contains(
                                "Nguyễn Văn An",
                                "Trần Thị Bình",
                                "Lê Văn Đức",
                                "Phạm Thị Hoa",
                                "Võ Minh Khang",
                                "Đặng Quốc Việt",
                                "Huỳnh Thị Yến")))
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalPages").value(1));
    }

    @Test
    void listsArePaged() throws Exception {
        mvc.perform(get("/api/v1/people")
                        .param("organization", String.valueOf(tree.city))
                        .param("page", "1")
                        .param("size", "3")
                        .with(user(tree.user("officer"))))
                .andExpect(jsonPath(
                        "$.content[*].fullName", Matchers.contains("Phạm Thị Hoa", "Võ Minh Khang", "Đặng Quốc Việt")))
                .andExpect(jsonPath("$.page.totalElements").value(7))
                .andExpect(jsonPath("$.page.totalPages").value(3));
    }

    @Test
    void theListPageAnswersHtmxWithTheResultsOnly() throws Exception {
        var fragment = mvc.perform(get("/app/people")
                        .param("q", "yen")
                        .param("organization", String.valueOf(tree.city))
                        .header("HX-Request", "true")
                        .header("HX-Target", "results")
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("Huỳnh Thị Yến").doesNotContain("<html").doesNotContain("Phạm Thị Hoa");
    }

    @Test
    void aStaleEditAnswers409AndKeepsWhatTheUserTyped() throws Exception {
        var person = people.getForEdit(tree.personA2, tree.system);
        people.update(
                new PersonCommands.UpdatePerson(
                        person.id(),
                        new PersonDetails(
                                person.category(),
                                person.fullName(),
                                person.gender(),
                                person.dateOfBirth(),
                                person.nationalId(),
                                person.partyCardNumber(),
                                person.partyJoinedOn(),
                                "Phó Bí thư chi bộ",
                                null,
                                null),
                        person.version()),
                tree.system);

        mvc.perform(post("/app/people/{id}", tree.personA2)
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("category", "PARTY_MEMBER_OFFICIAL")
                        .param("fullName", "Phạm Thị Hoa")
                        .param("position", "Chi ủy viên phụ trách tuyên giáo")
                        .param("nationalId", person.nationalId())
                        .param("partyCardNumber", person.partyCardNumber())
                        .param("version", String.valueOf(person.version())))
                .andExpect(status().isConflict())
                .andExpect(result -> assertThat(
                                HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                        .contains("value=\"Chi ủy viên phụ trách tuyên giáo\"")
                        .contains("Người khác vừa cập nhật hồ sơ này"));
        assertThat(people.getForEdit(tree.personA2, tree.system).position()).isEqualTo("Phó Bí thư chi bộ");
    }

    @Test
    void badInputIsShownAtItsFieldAndNothingIsWritten() throws Exception {
        long before = people.list(new PeopleQuery(null, tree.cellA1, null, new PageRequest(0, 50)), tree.system)
                .page()
                .totalElements();
        mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "PARTY_MEMBER_OFFICIAL")
                        .param("fullName", "Hồ Văn Tâm")
                        .param("dateOfBirth", "31/02/1990")
                        .param("nationalId", "123")
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ngày không hợp lệ")))
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "PARTY_MEMBER_OFFICIAL")
                        .param("fullName", "Hồ Văn Tâm")
                        .param("nationalId", "123")
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andExpect(content().string(Matchers.containsString("Số CCCD phải gồm 12 chữ số")));
        assertThat(people.list(new PeopleQuery(null, tree.cellA1, null, new PageRequest(0, 50)), tree.system)
                        .page()
                        .totalElements())
                .isEqualTo(before);
    }

    @Test
    void datesCanBeTypedOnAPhoneKeyboardAndTheFieldSaysHow() throws Exception {
        for (String typed : List.of("18/05/2023", "18-05-2023", "18.05.2023", "18052023")) {
            // the national ID is wrong on purpose: the form comes back with the date as understood, nothing is written
            String page = mvc.perform(post("/app/people")
                            .with(csrf())
                            .with(user(tree.user("cellsec")))
                            .param("category", "PARTY_MEMBER_OFFICIAL")
                            .param("fullName", "Hồ Văn Tâm")
                            .param("dateOfBirth", typed)
                            .param("nationalId", "123")
                            .param("organizationId", String.valueOf(tree.cellA1)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(dateOfBirthInput(page)).as(typed).contains("value=\"18/05/2023\"");
            assertThat(page).as(typed).doesNotContain("Ngày không hợp lệ");
        }
        String refused = mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "PARTY_MEMBER_OFFICIAL")
                        .param("fullName", "Hồ Văn Tâm")
                        .param("dateOfBirth", "31/02/2023")
                        .param("nationalId", "123")
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"dateOfBirth-error\"").contains("Ngày không hợp lệ");
        String form = mvc.perform(get("/app/people/new").with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dateOfBirthInput(form))
                .contains("placeholder=\"ngày/tháng/năm\"")
                .contains("inputmode=\"numeric\"");
    }

    private static String dateOfBirthInput(String page) {
        var input = java.util.regex.Pattern.compile("<input[^>]*id=\"dateOfBirth\"[^>]*>")
                .matcher(page);
        assertThat(input.find()).as("the date of birth field").isTrue();
        return input.group();
    }

    @Test
    void aDuplicateCardNumberIsRefused() {
        var existing = people.getForEdit(tree.personB1, tree.system);
        var error = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> people.register(
                        new RegisterPerson(
                                new PersonDetails(
                                        PersonCategory.PARTY_MEMBER_OFFICIAL,
                                        "Mai Văn Lộc",
                                        Gender.MALE,
                                        LocalDate.of(1979, 1, 1),
                                        TestTree.nationalId(),
                                        existing.partyCardNumber(),
                                        LocalDate.of(2001, 1, 1),
                                        null,
                                        null,
                                        null),
                                tree.cellB1,
                                null),
                        tree.system));
        assertThat(error.violations())
                .extracting(InvalidInputException.Violation::messageKey)
                .containsExactly("person.error.partyCardTaken");
    }

    @Test
    void aTransferEndsOneMembershipAndStartsAnother() {
        long id = people.register(
                new RegisterPerson(
                        new PersonDetails(
                                PersonCategory.CIVIL_SERVANT,
                                "Châu Ngọc Ánh",
                                Gender.FEMALE,
                                LocalDate.of(1990, 4, 30),
                                TestTree.nationalId(),
                                null,
                                null,
                                "Chuyên viên",
                                null,
                                null),
                        tree.cellA1,
                        LocalDate.of(2022, 1, 1)),
                tree.system);
        var person = people.getForEdit(id, tree.system);
        people.transfer(
                new PersonCommands.TransferPerson(
                        id, tree.cellB1, LocalDate.of(2025, 7, 1), "Điều động", person.version()),
                tree.system);
        List<Membership> history = people.memberships(id, tree.system);
        assertThat(history).extracting(Membership::organizationId).containsExactly(tree.cellB1, tree.cellA1);
        assertThat(history.get(0).endsOn()).isNull();
        assertThat(history.get(1).endsOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(people.get(id, tree.system).organizationId()).isEqualTo(tree.cellB1);
    }
}
