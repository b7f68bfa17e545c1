package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.shared.InvalidInputException.Violation;

class PersonRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static PersonDetails details(
            PersonCategory category, String name, LocalDate born, String nationalId, String card, LocalDate joined) {
        return new PersonDetails(category, name, Gender.MALE, born, nationalId, card, joined, null, null, null);
    }

    static java.util.List<String> fields(PersonDetails d) {
        return PersonRules.check(d, TODAY).stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteRecordPasses() {
        assertThat(PersonRules.check(
                        details(
                                PersonCategory.PARTY_MEMBER_OFFICIAL,
                                "Nguyễn Văn An",
                                LocalDate.of(1980, 1, 1),
                                "092080000001",
                                "93000001",
                                LocalDate.of(2005, 1, 1)),
                        TODAY))
                .isEmpty();
    }

    @Test
    void nameNeedsFamilyAndGivenName() {
        assertThat(fields(details(PersonCategory.CIVIL_SERVANT, "An", null, null, null, null)))
                .containsExactly("fullName");
        assertThat(fields(details(PersonCategory.CIVIL_SERVANT, "  ", null, null, null, null)))
                .containsExactly("fullName");
    }

    @Test
    void nationalIdHasTwelveDigitsOrNineForOldCards() {
        assertThat(fields(details(PersonCategory.CIVIL_SERVANT, "Lê An", null, "12345", null, null)))
                .containsExactly("nationalId");
        assertThat(fields(details(PersonCategory.CIVIL_SERVANT, "Lê An", null, "123456789", null, null)))
                .isEmpty();
    }

    /** Điều lệ Đảng, Điều 1: admission from the age of 18. */
    @Test
    void joiningThePartyNeedsEighteenYears() {
        assertThat(fields(details(
                        PersonCategory.PARTY_MEMBER_OFFICIAL,
                        "Lê An",
                        LocalDate.of(2000, 6, 1),
                        null,
                        null,
                        LocalDate.of(2018, 5, 31))))
                .containsExactly("partyJoinedOn");
        assertThat(fields(details(
                        PersonCategory.PARTY_MEMBER_OFFICIAL,
                        "Lê An",
                        LocalDate.of(2000, 6, 1),
                        null,
                        null,
                        LocalDate.of(2018, 6, 1))))
                .isEmpty();
    }

    @Test
    void onlyPartyMembersCarryPartyData() {
        assertThat(fields(details(
                        PersonCategory.UNION_MEMBER, "Lê An", null, null, "93000001", LocalDate.of(2015, 1, 1))))
                .containsExactlyInAnyOrder("partyCardNumber", "partyJoinedOn");
    }

    /** "Today" is the date the caller passes (the injected clock's, in Vietnam), never the JVM's. */
    @Test
    void datesInTheFutureAreRefused() {
        var tomorrow = TODAY.plusDays(1);
        assertThat(fields(details(PersonCategory.PARTY_MEMBER_OFFICIAL, "Lê An", tomorrow, null, null, null)))
                .contains("dateOfBirth");
        assertThat(fields(details(PersonCategory.CIVIL_SERVANT, "Lê An", TODAY, null, null, null)))
                .isEmpty();
        assertThat(fields(details(
                        PersonCategory.PARTY_MEMBER_OFFICIAL, "Lê An", LocalDate.of(1990, 1, 1), null, null, tomorrow)))
                .containsExactly("partyJoinedOn");
    }

    // issue 12, "Unicode" and "Legacy encodings"

    static java.util.List<Violation> violations(String name, String nationalId) {
        return PersonRules.check(details(PersonCategory.CIVIL_SERVANT, name, null, nationalId, null, null), TODAY);
    }

    @Test
    void anInvisibleControlCharacterInANameIsRefusedNamingIt() {
        assertThat(violations("Nguyễn\u0007 Văn An", null)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("fullName");
            assertThat(v.messageKey()).isEqualTo("person.error.fullNameControl");
            assertThat(v.args()).containsExactly("U+0007");
        });
        assertThat(violations("Nguyễn Văn An", "0790850\u001B00123"))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nationalId", "person.error.control"));
    }

    @Test
    void aLineBreakOrTabInANameIsJustASpace() {
        assertThat(violations("Nguyễn\tVăn\nAn", null)).isEmpty();
    }

    @Test
    void aNationalIdWithSpacesBetweenItsDigitsIsRefusedWithTheDigitsTogether() {
        assertThat(violations("Lê An", "0790 85 000 123")).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("person.error.nationalIdSpaces");
            assertThat(v.args()).containsExactly("079085000123");
        });
        assertThat(violations("Lê An", "0790\u200B85000123\uFEFF")).isEmpty();
    }

    @Test
    void aNameTypedInALegacyEncodingIsRefusedWithItsUnicodeText() {
        assertThat(violations("NguyÔn V\u00A8n An", null)).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("person.error.fullNameLegacy");
            assertThat(v.args()).containsExactly("TCVN3", "Nguyễn Văn An");
        });
        assertThat(violations("Nguyeãn Vaên An", null))
                .singleElement()
                .satisfies(v -> assertThat(v.args()).containsExactly("VNI", "Nguyễn Văn An"));
        assertThat(violations("José Müller", null)).isEmpty();
    }
}
