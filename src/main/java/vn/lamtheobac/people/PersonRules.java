package vn.lamtheobac.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.PlainTextValidator;
import vn.lamtheobac.shared.text.LegacyVietnamese;

/**
 * Checks a person's details before anything is written; the form and the XLSX import report the same violations, each
 * naming the field at fault and a message key. A name that reads as typed in a legacy Vietnamese font encoding
 * (TCVN3, VNI: {@link LegacyVietnamese}) is refused with the converted Unicode text offered; a control character
 * nobody can see is refused naming it; a national ID with spaces between its digits is refused saying so.
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
        var legacy = LegacyVietnamese.detect(name);
        if (name == null || name.isEmpty()) {
            violations.add(new Violation("fullName", "person.error.fullNameRequired"));
        } else if (invisible(d.fullName()) != null) {
            violations.add(new Violation("fullName", "person.error.fullNameControl", invisible(d.fullName())));
        } else if (name.length() > 100) {
            violations.add(new Violation("fullName", "person.error.fullNameTooLong"));
        } else if (legacy.isPresent()) {
            violations.add(new Violation(
                    "fullName",
                    "person.error.fullNameLegacy",
                    legacy.get().encoding().name(),
                    legacy.get().converted()));
        } else if (!name.contains(" ")) {
            violations.add(new Violation("fullName", "person.error.fullNameParts"));
        }
        for (var field : new String[][] {
            {"nationalId", d.nationalId()},
            {"partyCardNumber", d.partyCardNumber()},
            {"position", d.position()},
            {"phone", d.phone()},
            {"email", d.email()}
        }) {
            if (field[1] != null && invisible(field[1]) != null) {
                violations.add(new Violation(field[0], "person.error.control", invisible(field[1])));
            }
        }
        if (d.dateOfBirth() != null
                && (d.dateOfBirth().isAfter(today) || d.dateOfBirth().getYear() < 1900)) {
            violations.add(new Violation("dateOfBirth", "person.error.dateOfBirth"));
        }
        String nationalId = PersonCommandsSupport.trim(d.nationalId());
        if (nationalId != null
                && invisible(d.nationalId()) == null
                && !NATIONAL_ID.matcher(nationalId).matches()) {
            String digits = nationalId.replace(" ", "");
            violations.add(
                    NATIONAL_ID.matcher(digits).matches()
                            ? new Violation("nationalId", "person.error.nationalIdSpaces", digits)
                            : new Violation("nationalId", "person.error.nationalId"));
        }
        if (present(d.partyCardNumber())
                && invisible(d.partyCardNumber()) == null
                && !PARTY_CARD
                        .matcher(PersonCommandsSupport.trim(d.partyCardNumber()))
                        .matches()) {
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

    /** The first character no field takes ({@link PlainTextValidator#firstRefused}) as "U+001B", or {@code null}. */
    static String invisible(String value) {
        int at = value == null ? -1 : PlainTextValidator.firstRefused(value);
        return at < 0 ? null : String.format("U+%04X", (int) value.charAt(at));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
