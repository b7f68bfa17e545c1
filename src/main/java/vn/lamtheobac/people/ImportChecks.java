package vn.lamtheobac.people;

import static vn.lamtheobac.people.PeopleImportColumns.CATEGORY;
import static vn.lamtheobac.people.PeopleImportColumns.DATE_OF_BIRTH;
import static vn.lamtheobac.people.PeopleImportColumns.EMAIL;
import static vn.lamtheobac.people.PeopleImportColumns.FULL_NAME;
import static vn.lamtheobac.people.PeopleImportColumns.GENDER;
import static vn.lamtheobac.people.PeopleImportColumns.NATIONAL_ID;
import static vn.lamtheobac.people.PeopleImportColumns.ORGANIZATION;
import static vn.lamtheobac.people.PeopleImportColumns.ORGANIZATION_CODE;
import static vn.lamtheobac.people.PeopleImportColumns.PARTY_CARD;
import static vn.lamtheobac.people.PeopleImportColumns.PARTY_JOINED_ON;
import static vn.lamtheobac.people.PeopleImportColumns.PHONE;
import static vn.lamtheobac.people.PeopleImportColumns.POSITION;
import static vn.lamtheobac.people.PeopleImportColumns.RECORD_ID;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.PersonCommands.PersonDetails;

/**
 * Checks the rows of one import, a chunk at a time, against the rules ({@link PersonRules}, on the record as it will
 * be), the organisations in the caller's scope and the records on file, found with one query per chunk.
 *
 * <p>The rule the officer sees: <b>a blank cell keeps the value on record</b>; {@value ImportCells#CLEAR_MARKER} in a
 * cell clears it; the required columns (name, category, organisation) cannot be cleared. A row is matched to a record
 * by its record id ("Mã hồ sơ", written by the export), else its national ID, else its party card number; only
 * records the caller can read are matched — a number held outside the scope is written like a new one, through
 * {@link PersonManagement}, which makes the record provisional and asks for a transfer (no oracle).
 */
final class ImportChecks {

    /** What the write will do with a row. */
    enum Action {
        CREATE,
        UPDATE,
        UNCHANGED,
        /** Written through {@link PersonManagement}: a number held outside the caller's scope is involved. */
        ONE_BY_ONE
    }

    /** Text converted from a legacy Vietnamese encoding, shown to the officer to confirm. */
    record Conversion(String column, String from, String to, String encoding) {}

    /** A checked row as it will be written: blank cells already replaced by the values on record. */
    record StagedRow(
            int row,
            Action action,
            Long personId,
            Integer personVersion,
            Long fromOrganizationId,
            PersonDetails details,
            long organizationId,
            String sortKey,
            List<Conversion> conversions) {}

    /** The organisations an import row may name, resolved once per distinct text. */
    interface Organizations {
        /** The organisation the code or name designates among those the caller keeps records of. */
        Resolution resolve(String code, String nameOrPath);

        boolean readable(long organizationId);

        boolean writable(long organizationId);
    }

    /** Where a row's organisation cell leads. */
    sealed interface Resolution {
        record Found(long id) implements Resolution {}

        record Unknown() implements Resolution {}

        record Ambiguous(List<String> candidates) implements Resolution {}
    }

    /** One row as read, before it is checked. */
    record ReadRow(int row, String[] values, List<ImportError> errors) {}

    private final People people;
    private final Organizations organizations;
    private final LocalDate today;
    private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    private final Function<String, java.util.Optional<Conversion>> legacy;

    ImportChecks(
            People people,
            Organizations organizations,
            LocalDate today,
            Function<String, java.util.Optional<Conversion>> legacy) {
        this.people = people;
        this.organizations = organizations;
        this.today = today;
        this.legacy = legacy;
    }

    /** Checks a chunk of rows: the valid ones are returned as staged, the problems added to {@code errors}. */
    List<StagedRow> check(List<ReadRow> rows, List<ImportError> errors) {
        var found = lookUp(rows);
        var staged = new ArrayList<StagedRow>(rows.size());
        for (var row : rows) {
            var rowErrors = new ArrayList<>(row.errors());
            var result = check(row, found, rowErrors);
            if (rowErrors.isEmpty() && result != null) {
                staged.add(result);
            }
            errors.addAll(rowErrors);
        }
        return staged;
    }

    /** The records any row of the chunk may name, by id, national ID and card number. */
    private record Found(
            Map<Long, People.Match> byId,
            Map<String, List<People.Match>> byNationalId,
            Map<String, List<People.Match>> byCard) {}

    private Found lookUp(List<ReadRow> rows) {
        var ids = new HashSet<Long>();
        var nationalIds = new HashSet<String>();
        var cards = new HashSet<String>();
        for (var row : rows) {
            var id = recordId(row.values()[RECORD_ID.ordinal()]);
            if (id != null) {
                ids.add(id);
            }
            add(nationalIds, row.values()[NATIONAL_ID.ordinal()]);
            add(cards, row.values()[PARTY_CARD.ordinal()]);
        }
        var byId = new HashMap<Long, People.Match>();
        var byNationalId = new HashMap<String, List<People.Match>>();
        var byCard = new HashMap<String, List<People.Match>>();
        if (!ids.isEmpty() || !nationalIds.isEmpty() || !cards.isEmpty()) {
            for (var match : people.matching(
                    ids.toArray(Long[]::new), nationalIds.toArray(String[]::new), cards.toArray(String[]::new))) {
                var p = match.person();
                byId.put(p.id(), match);
                if (p.nationalId() != null) {
                    byNationalId
                            .computeIfAbsent(p.nationalId(), k -> new ArrayList<>())
                            .add(match);
                }
                if (p.partyCardNumber() != null) {
                    byCard.computeIfAbsent(p.partyCardNumber(), k -> new ArrayList<>())
                            .add(match);
                }
            }
        }
        return new Found(byId, byNationalId, byCard);
    }

    private static void add(Set<String> keys, String value) {
        if (value != null && !ImportCells.clears(value)) {
            keys.add(value);
        }
    }

    private static Long recordId(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(value);
    }

    private StagedRow check(ReadRow read, Found found, List<ImportError> errors) {
        int r = read.row();
        var cells = new Cells(r, read.values(), errors);
        var conversions = new ArrayList<Conversion>(0);

        // which record the row names
        var matched = new LinkedHashSet<Long>();
        boolean heldOutside = false;
        String recordText = cells.raw(RECORD_ID);
        if (recordText != null) {
            var id = recordId(recordText);
            var match = id == null ? null : found.byId().get(id);
            if (match == null || !organizations.readable(match.person().organizationId())) {
                cells.error(RECORD_ID, "import.error.recordUnknown", recordText);
            } else {
                matched.add(id);
            }
        }
        for (var key : List.of(NATIONAL_ID, PARTY_CARD)) {
            String value = cells.value(key);
            var holders = value == null
                    ? List.<People.Match>of()
                    : (key == NATIONAL_ID ? found.byNationalId() : found.byCard()).getOrDefault(value, List.of());
            var visible = holders.stream()
                    .filter(m -> organizations.readable(m.person().organizationId()))
                    .map(m -> m.person().id())
                    .findFirst();
            if (visible.isPresent()) {
                if (!matched.isEmpty() && !matched.contains(visible.get())) {
                    cells.error(key, "import.error.keysConflict");
                }
                matched.add(visible.get());
            } else if (holders.stream().anyMatch(m -> !m.provisional())) {
                heldOutside = true;
            }
        }
        PersonView existing = matched.size() == 1
                ? found.byId().get(matched.iterator().next()).person()
                : null;
        if (existing != null && !organizations.writable(existing.organizationId())) {
            cells.error(
                    recordText != null ? RECORD_ID : cells.value(NATIONAL_ID) != null ? NATIONAL_ID : PARTY_CARD,
                    "import.error.outOfScope");
            return null;
        }
        boolean isNew = existing == null;

        // the record as it will be: a blank cell keeps what is on record
        PersonCategory category = cells.category(isNew ? null : existing.category());
        String fullName = cells.converted(FULL_NAME, isNew ? null : existing.fullName(), legacy, conversions);
        Gender gender = cells.gender(isNew ? null : existing.gender());
        LocalDate born = cells.date(DATE_OF_BIRTH, isNew ? null : existing.dateOfBirth());
        String nationalId = cells.text(NATIONAL_ID, isNew ? null : existing.nationalId());
        String card = cells.text(PARTY_CARD, isNew ? null : existing.partyCardNumber());
        LocalDate joined = cells.date(PARTY_JOINED_ON, isNew ? null : existing.partyJoinedOn());
        String position = cells.converted(POSITION, isNew ? null : existing.position(), legacy, conversions);
        String phone = cells.text(PHONE, isNew ? null : existing.phone());
        String email = cells.text(EMAIL, isNew ? null : existing.email());
        Long organizationId = organization(cells, isNew ? null : existing.organizationId());
        cells.required(FULL_NAME, fullName);
        cells.required(CATEGORY, category);
        cells.required(ORGANIZATION, organizationId);
        if (isNew && nationalId == null && card == null && recordText == null) {
            cells.error(NATIONAL_ID, "import.error.noKey");
        }
        var details = new PersonDetails(
                category,
                VietnameseNames.normalise(fullName),
                gender,
                born,
                nationalId,
                card,
                joined,
                position,
                phone,
                email);
        PersonRules.check(details, today).forEach(v -> {
            String letter = PeopleImportColumns.letterOf(v.field());
            if (!cells.hasError(letter)) {
                errors.add(new ImportError(r, letter, v.messageKey(), List.of(args(v.args()))));
            }
        });
        if (!errors.isEmpty()) {
            return null;
        }
        Action action;
        if (heldOutside) {
            action = Action.ONE_BY_ONE;
        } else if (isNew) {
            action = Action.CREATE;
        } else {
            action = sameDetails(existing, details) && existing.organizationId() == organizationId
                    ? Action.UNCHANGED
                    : Action.UPDATE;
        }
        return new StagedRow(
                r,
                action,
                isNew ? null : existing.id(),
                isNew ? null : existing.version(),
                isNew ? null : existing.organizationId(),
                details,
                organizationId,
                action == Action.UNCHANGED ? null : VietnameseNames.sortKey(details.fullName(), collator),
                conversions);
    }

    private final Map<String, Resolution> resolved = new HashMap<>();

    private Long organization(Cells cells, Long current) {
        String code = cells.raw(ORGANIZATION_CODE);
        String name = cells.raw(ORGANIZATION);
        if (ImportCells.clears(code) || ImportCells.clears(name)) {
            cells.error(ImportCells.clears(code) ? ORGANIZATION_CODE : ORGANIZATION, "import.error.cannotClear");
            return null;
        }
        if (code == null && name == null) {
            return current;
        }
        var resolution = resolved.computeIfAbsent(
                (code == null ? "" : code) + "\u0000" + (name == null ? "" : ImportCells.fold(name)),
                key -> organizations.resolve(code, name));
        var column = code != null ? ORGANIZATION_CODE : ORGANIZATION;
        String shown = code != null ? code : name;
        if (resolution instanceof Resolution.Found f) {
            return f.id();
        }
        if (resolution instanceof Resolution.Ambiguous a) {
            cells.error(column, "import.error.organizationAmbiguous", shown, String.join("; ", a.candidates()));
        } else {
            cells.error(column, "import.error.organizationUnknown", shown);
        }
        return null;
    }

    static boolean sameDetails(PersonView p, PersonDetails d) {
        return p.category() == d.category()
                && Objects.equals(p.fullName(), d.fullName())
                && p.gender() == d.gender()
                && Objects.equals(p.dateOfBirth(), d.dateOfBirth())
                && Objects.equals(p.nationalId(), d.nationalId())
                && Objects.equals(p.partyCardNumber(), d.partyCardNumber())
                && Objects.equals(p.partyJoinedOn(), d.partyJoinedOn())
                && Objects.equals(p.position(), d.position())
                && Objects.equals(p.phone(), d.phone())
                && Objects.equals(p.email(), d.email());
    }

    private static String[] args(Object[] args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    }

    /** The cells of one row, read against what is on record; problems go to the row's errors. */
    private static final class Cells {
        private final int row;
        private final String[] values;
        private final List<ImportError> errors;

        Cells(int row, String[] values, List<ImportError> errors) {
            this.row = row;
            this.values = values;
            this.errors = errors;
        }

        String raw(PeopleImportColumns column) {
            return column.ordinal() < values.length ? values[column.ordinal()] : null;
        }

        /** The typed value, or null when blank or the clear marker. */
        String value(PeopleImportColumns column) {
            String raw = raw(column);
            return ImportCells.clears(raw) ? null : raw;
        }

        /** Blank: what is on record; the marker: nothing; else the text. */
        String text(PeopleImportColumns column, String onRecord) {
            String raw = raw(column);
            if (raw == null) {
                return onRecord;
            }
            return ImportCells.clears(raw) ? null : raw;
        }

        String converted(
                PeopleImportColumns column,
                String onRecord,
                Function<String, java.util.Optional<Conversion>> legacy,
                List<Conversion> conversions) {
            String raw = raw(column);
            if (raw == null || ImportCells.clears(raw)) {
                if (raw != null && column == FULL_NAME) {
                    error(column, "import.error.cannotClear");
                }
                return text(column, onRecord);
            }
            var conversion = legacy.apply(raw);
            if (conversion.isPresent()) {
                var c = conversion.get();
                conversions.add(new Conversion(column.letter, raw, c.to(), c.encoding()));
                return c.to();
            }
            return raw;
        }

        PersonCategory category(PersonCategory onRecord) {
            String raw = raw(CATEGORY);
            if (raw == null) {
                return onRecord;
            }
            if (ImportCells.clears(raw)) {
                error(CATEGORY, "import.error.cannotClear");
                return null;
            }
            int index = ImportCells.indexOfFolded(PeopleImportColumns.CATEGORY_LABELS, raw);
            if (index < 0) {
                error(CATEGORY, "import.error.category", raw);
                return null;
            }
            return PersonCategory.values()[index];
        }

        Gender gender(Gender onRecord) {
            String raw = raw(GENDER);
            if (raw == null) {
                return onRecord;
            }
            if (ImportCells.clears(raw)) {
                return null;
            }
            return switch (ImportCells.fold(raw)) {
                case "nam" -> Gender.MALE;
                case "nu" -> Gender.FEMALE;
                default -> {
                    error(GENDER, "import.error.gender", raw);
                    yield null;
                }
            };
        }

        LocalDate date(PeopleImportColumns column, LocalDate onRecord) {
            String raw = raw(column);
            if (raw == null) {
                return onRecord;
            }
            if (ImportCells.clears(raw)) {
                return null;
            }
            var date = ImportCells.date(raw);
            if (date.isEmpty()) {
                error(column, "import.error.date", raw);
            }
            return date.orElse(null);
        }

        void required(PeopleImportColumns column, Object value) {
            if (value == null && !hasError(column.letter)) {
                error(column, "import.error.required");
            }
        }

        boolean hasError(String letter) {
            return errors.stream().anyMatch(e -> Objects.equals(letter, e.column()));
        }

        void error(PeopleImportColumns column, String key, String... args) {
            errors.add(new ImportError(row, column.letter, key, List.of(args)));
        }
    }
}
