package vn.lamtheobac.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import vn.lamtheobac.people.PeopleImport.Change;
import vn.lamtheobac.people.PeopleImport.FieldChange;

/**
 * What a staged row will change, field by field, as the officer reads it before confirming: a new person's filled
 * fields, or an existing record's fields whose value differs (a cleared one shown going to empty). Coded values
 * (category, gender) are given as their enum names, for the page to show in the reader's language.
 */
final class ImportPreview {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ImportPreview() {}

    static Change change(ImportStaging.Change row, Map<Long, String> organizationNames) {
        var before = row.before();
        var after = row.after();
        var fields = new ArrayList<FieldChange>();
        add(fields, "category", before == null ? null : name(before.category()), name(after.category()));
        add(fields, "fullName", before == null ? null : before.fullName(), after.fullName());
        add(fields, "gender", before == null ? null : name(before.gender()), name(after.gender()));
        add(fields, "dateOfBirth", before == null ? null : date(before.dateOfBirth()), date(after.dateOfBirth()));
        add(fields, "nationalId", before == null ? null : before.nationalId(), after.nationalId());
        add(fields, "partyCardNumber", before == null ? null : before.partyCardNumber(), after.partyCardNumber());
        add(fields, "partyJoinedOn", before == null ? null : date(before.partyJoinedOn()), date(after.partyJoinedOn()));
        add(fields, "position", before == null ? null : before.position(), after.position());
        add(fields, "phone", before == null ? null : before.phone(), after.phone());
        add(fields, "email", before == null ? null : before.email(), after.email());
        add(
                fields,
                "organization",
                before == null ? null : organizationNames.get(before.organizationId()),
                organizationNames.get(row.organizationId()));
        return new Change(
                row.row(), before == null, after.fullName(), organizationNames.get(row.organizationId()), fields);
    }

    private static void add(ArrayList<FieldChange> fields, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(field, before, after));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
