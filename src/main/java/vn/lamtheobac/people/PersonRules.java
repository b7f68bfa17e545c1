package vn.lamtheobac.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * Checks a person's details before anything is written; the form and the XLSX import report the same violations, each
 * naming the field at fault and a message key.
 */
final class PersonRules {

    /** Căn cước công dân: 12 digits (older chứng minh nhân dân: 9 digits). */
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{9}|\\d{12}");

    private static final Pattern PARTY_CARD = Pattern.compile("[0-9.\\-]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Điều lệ Đảng, Điều 1: a person is admitted from the age of 18. */
    static final int MIN_PARTY_AGE = 18;

    private PersonRules() {}

    static List<Violation> check(PersonDetails d, LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (d.category() == null) {
            violations.add(new Violation("category", "person.error.category"));
        }
        String name = VietnameseNames.normalise(d.fullName());
        if (name == null || name.isEmpty()) {
            violations.add(new Violation("fullName", "person.error.fullNameRequired"));
        } else if (name.length() > 100) {
            violations.add(new Violation("fullName", "person.error.fullNameTooLong"));
        } else if (!name.contains(" ")) {
            violations.add(new Violation("fullName", "person.error.fullNameParts"));
        }
        if (d.dateOfBirth() != null
                && (d.dateOfBirth().isAfter(today) || d.dateOfBirth().getYear() < 1900)) {
            violations.add(new Violation("dateOfBirth", "person.error.dateOfBirth"));
        }
        if (present(d.nationalId())
                && !NATIONAL_ID.matcher(d.nationalId().trim()).matches()) {
            violations.add(new Violation("nationalId", "person.error.nationalId"));
        }
        if (present(d.partyCardNumber())
                && !PARTY_CARD.matcher(d.partyCardNumber().trim()).matches()) {
            violations.add(new Violation("partyCardNumber", "person.error.partyCardNumber"));
        }
        if (d.category() != null && !d.category().isPartyMember()) {
            if (present(d.partyCardNumber())) {
                violations.add(new Violation("partyCardNumber", "person.error.cardForNonMember"));
            }
            if (d.partyJoinedOn() != null) {
                violations.add(new Violation("partyJoinedOn", "person.error.joinedForNonMember"));
            }
        }
        if (d.partyJoinedOn() != null) {
            if (d.partyJoinedOn().isAfter(today)) {
                violations.add(new Violation("partyJoinedOn", "person.error.partyJoinedFuture"));
            } else if (d.dateOfBirth() != null
                    && d.partyJoinedOn().isBefore(d.dateOfBirth().plusYears(MIN_PARTY_AGE))) {
                violations.add(new Violation("partyJoinedOn", "person.error.partyJoinedAge", MIN_PARTY_AGE));
            }
        }
        if (present(d.email()) && !EMAIL.matcher(d.email().trim()).matches()) {
            violations.add(new Violation("email", "person.error.email"));
        }
        if (present(d.phone()) && !d.phone().trim().matches("[0-9+ .()-]{8,20}")) {
            violations.add(new Violation("phone", "person.error.phone"));
        }
        return violations;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
