package vn.lamtheobac.people;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.people.ImportChecks.Action;
import vn.lamtheobac.people.ImportChecks.Conversion;
import vn.lamtheobac.people.ImportChecks.StagedRow;
import vn.lamtheobac.people.ImportJobView.ImportError;
import vn.lamtheobac.people.PersonCommands.PersonDetails;

/**
 * The checked rows of an import ({@code people.import_rows}, written with COPY) and every problem found
 * ({@code people.import_errors}); the checks that need the whole file (a number twice in it) run here in SQL.
 */
@Repository
class ImportStaging {

    private static final String COPY = """
            copy people.import_rows (job_id, row_no, action, person_id, person_version, from_organization_id,
                category, full_name, sort_key, gender, date_of_birth, national_id, party_card_number,
                party_joined_on, position, phone, email, organization_id, conversions)
            from stdin with (format csv)
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    ImportStaging(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Forgets what an earlier run of the job staged and found. */
    void clear(long jobId) {
        jdbc.sql("delete from people.import_rows where job_id = ?").param(jobId).update();
        jdbc.sql("delete from people.import_errors where job_id = ?")
                .param(jobId)
                .update();
    }

    /** Forgets the staged rows (the errors stay, for the officer). */
    void clearRows(long jobId) {
        jdbc.sql("delete from people.import_rows where job_id = ?").param(jobId).update();
    }

    /** Appends checked rows with one COPY, on the transaction's connection. */
    void stage(long jobId, List<StagedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var ids = newIds((int)
                        rows.stream().filter(r -> r.action() == Action.CREATE).count())
                .iterator();
        var csv = new StringBuilder(rows.size() * 160);
        for (var row : rows) {
            Long personId = row.action() == Action.CREATE ? ids.next() : row.personId();
            var d = row.details();
            Csv.line(
                    csv,
                    jobId,
                    row.row(),
                    row.action().name(),
                    personId,
                    row.personVersion(),
                    row.fromOrganizationId(),
                    d.category() == null ? null : d.category().name(),
                    d.fullName(),
                    row.sortKey(),
                    d.gender() == null ? null : d.gender().name(),
                    d.dateOfBirth(),
                    d.nationalId(),
                    d.partyCardNumber(),
                    d.partyJoinedOn(),
                    d.position(),
                    d.phone(),
                    d.email(),
                    row.organizationId(),
                    row.conversions().isEmpty() ? null : json.writeValueAsString(row.conversions()));
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the rows of import job " + jobId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Ids for new people, drawn from the people table's own sequence in one query. */
    private List<Long> newIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select nextval(pg_get_serial_sequence('people.people', 'id')) from generate_series(1, ?)")
                .param(count)
                .query(Long.class)
                .list();
    }

    /** Records problems, in one statement. */
    void errors(long jobId, List<ImportError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into people.import_errors (job_id, row_no, column_letter, message_key, args)
                        select ?, r, c, k, a::jsonb from unnest(?::int[], ?::text[], ?::text[], ?::text[]) as e(r, c, k, a)
                        """)
                .params(
                        jobId,
                        errors.stream().map(ImportError::row).toArray(Integer[]::new),
                        errors.stream().map(ImportError::column).toArray(String[]::new),
                        errors.stream().map(ImportError::messageKey).toArray(String[]::new),
                        errors.stream()
                                .map(e -> json.writeValueAsString(e.args()))
                                .toArray(String[]::new))
                .update();
    }

    /**
     * A national ID, card number or record named by two rows of the file: the later row is in error, naming the
     * first. The values compared are those to be written (a blank cell's value on record included).
     */
    List<ImportError> duplicates(long jobId) {
        var errors = new ArrayList<ImportError>();
        var rowsInError = new HashSet<Integer>();
        for (var key : List.of(
                new String[] {"national_id", PeopleImportColumns.NATIONAL_ID.letter},
                new String[] {"party_card_number", PeopleImportColumns.PARTY_CARD.letter})) {
            jdbc.sql("""
                            select row_no, value, first from (
                                select row_no, %1$s as value, min(row_no) over (partition by %1$s) as first
                                from people.import_rows where job_id = ? and %1$s is not null) d
                            where row_no <> first order by row_no
                            """.formatted(key[0]))
                    .param(jobId)
                    .query((rs, i) -> {
                        rowsInError.add(rs.getInt(1));
                        return errors.add(new ImportError(
                                rs.getInt(1),
                                key[1],
                                "import.error.duplicateInFile",
                                List.of(rs.getString(2), String.valueOf(rs.getInt(3)))));
                    })
                    .list();
        }
        jdbc.sql("""
                        select row_no, first from (
                            select row_no, min(row_no) over (partition by person_id) as first
                            from people.import_rows where job_id = ? and person_id is not null and action <> 'CREATE') d
                        where row_no <> first order by row_no
                        """)
                .param(jobId)
                .query((rs, i) -> rowsInError.contains(rs.getInt(1))
                        || errors.add(new ImportError(
                                rs.getInt(1),
                                PeopleImportColumns.FULL_NAME.letter,
                                "import.error.samePersonTwice",
                                List.of(String.valueOf(rs.getInt(2))))))
                .list();
        return errors;
    }

    /** How many staged rows each action has. */
    Map<Action, Integer> counts(long jobId) {
        var counts = new EnumMap<Action, Integer>(Action.class);
        for (var action : Action.values()) {
            counts.put(action, 0);
        }
        jdbc.sql("select action, count(*) from people.import_rows where job_id = ? group by action")
                .param(jobId)
                .query((rs, i) -> counts.put(Action.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    /** How many new or person-creating rows ({@code ONE_BY_ONE} without a record) there are. */
    int newOnes(long jobId) {
        return jdbc.sql("""
                        select count(*) from people.import_rows
                        where job_id = ? and (action = 'CREATE' or (action = 'ONE_BY_ONE' and person_id is null))
                        """).param(jobId).query(Integer.class).single();
    }

    int errorCount(long jobId) {
        return jdbc.sql("select count(*) from people.import_errors where job_id = ?")
                .param(jobId)
                .query(Integer.class)
                .single();
    }

    /** A page of the job's problems, by row, then column. */
    List<ImportError> errorPage(long jobId, int offset, int limit) {
        return jdbc.sql("""
                        select row_no, column_letter, message_key, args::text from people.import_errors
                        where job_id = ? order by row_no, column_letter nulls first, message_key limit ? offset ?
                        """)
                .params(jobId, limit, offset)
                .query((rs, i) -> error(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Every problem of the job, by row, streamed. */
    void forEachError(long jobId, Consumer<ImportError> sink) {
        try (var rows = jdbc
                .sql("""
                        select row_no, column_letter, message_key, args::text from people.import_errors
                        where job_id = ? order by row_no, column_letter nulls first, message_key
                        """)
                .param(jobId)
                .withFetchSize(1000)
                .query((rs, i) -> error(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .stream()) {
            rows.forEach(sink);
        }
    }

    private ImportError error(int row, String column, String key, String args) {
        return new ImportError(row, column, key, json.readValue(args, new TypeReference<List<String>>() {}));
    }

    /** A staged row as the preview shows it: what is on record (null for a new person) and what will be. */
    record Change(int row, Action action, PersonView before, PersonDetails after, long organizationId) {}

    /** A page of the rows that will change something, by row. */
    List<Change> changes(long jobId, int offset, int limit) {
        return jdbc.sql("""
                        select s.row_no, s.action, s.category, s.full_name, s.gender, s.date_of_birth, s.national_id,
                               s.party_card_number, s.party_joined_on, s.position, s.phone, s.email, s.organization_id,
                               p.id, p.category as p_category, p.full_name as p_full_name, p.gender as p_gender,
                               p.date_of_birth as p_date_of_birth, p.national_id as p_national_id,
                               p.party_card_number as p_party_card_number, p.party_joined_on as p_party_joined_on,
                               p.position as p_position, p.phone as p_phone, p.email as p_email,
                               p.organization_id as p_organization_id, p.version
                        from people.import_rows s left join people.people p on p.id = s.person_id
                        where s.job_id = ? and s.action <> 'UNCHANGED'
                        order by s.row_no limit ? offset ?
                        """)
                .params(jobId, limit, offset)
                .query((rs, i) -> new Change(
                        rs.getInt("row_no"),
                        Action.valueOf(rs.getString("action")),
                        rs.getObject("id") == null
                                ? null
                                : new PersonView(
                                        rs.getLong("id"),
                                        PersonCategory.valueOf(rs.getString("p_category")),
                                        rs.getString("p_full_name"),
                                        gender(rs.getString("p_gender")),
                                        rs.getObject("p_date_of_birth", java.time.LocalDate.class),
                                        rs.getString("p_national_id"),
                                        rs.getString("p_party_card_number"),
                                        rs.getObject("p_party_joined_on", java.time.LocalDate.class),
                                        rs.getString("p_position"),
                                        rs.getString("p_phone"),
                                        rs.getString("p_email"),
                                        rs.getLong("p_organization_id"),
                                        null,
                                        rs.getInt("version")),
                        details(rs),
                        rs.getLong("organization_id")))
                .list();
    }

    /** A row with text converted from a legacy encoding. */
    record Converted(int row, List<Conversion> conversions) {}

    /** A page of the rows whose text was converted from a legacy encoding, by row. */
    List<Converted> conversions(long jobId, int offset, int limit) {
        return jdbc.sql("""
                        select row_no, conversions::text from people.import_rows
                        where job_id = ? and conversions is not null order by row_no limit ? offset ?
                        """)
                .params(jobId, limit, offset)
                .query((rs, i) -> new Converted(
                        rs.getInt(1), json.readValue(rs.getString(2), new TypeReference<List<Conversion>>() {})))
                .list();
    }

    int conversionCount(long jobId) {
        return jdbc.sql("select count(*) from people.import_rows where job_id = ? and conversions is not null")
                .param(jobId)
                .query(Integer.class)
                .single();
    }

    /** The rows that go through {@link PersonManagement} one by one (a number held outside the scope). */
    List<StagedRow> oneByOne(long jobId) {
        return jdbc.sql("""
                        select row_no, person_id, person_version, from_organization_id, category, full_name, gender,
                               date_of_birth, national_id, party_card_number, party_joined_on, position, phone, email,
                               organization_id
                        from people.import_rows where job_id = ? and action = 'ONE_BY_ONE' order by row_no
                        """)
                .param(jobId)
                .query((rs, i) -> new StagedRow(
                        rs.getInt("row_no"),
                        Action.ONE_BY_ONE,
                        (Long) rs.getObject("person_id"),
                        (Integer) rs.getObject("person_version"),
                        (Long) rs.getObject("from_organization_id"),
                        details(rs),
                        rs.getLong("organization_id"),
                        null,
                        List.of()))
                .list();
    }

    /** The staged fields of the current row. */
    private static PersonDetails details(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PersonDetails(
                PersonCategory.valueOf(rs.getString("category")),
                rs.getString("full_name"),
                gender(rs.getString("gender")),
                rs.getObject("date_of_birth", java.time.LocalDate.class),
                rs.getString("national_id"),
                rs.getString("party_card_number"),
                rs.getObject("party_joined_on", java.time.LocalDate.class),
                rs.getString("position"),
                rs.getString("phone"),
                rs.getString("email"));
    }

    private static Gender gender(String value) {
        return value == null ? null : Gender.valueOf(value);
    }

    /** CSV lines for COPY: null as an empty unquoted field, every text quoted. */
    static final class Csv {
        private Csv() {}

        static void line(StringBuilder out, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = values[i];
                if (value instanceof String text) {
                    out.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value != null) {
                    out.append(value);
                }
            }
            out.append('\n');
        }
    }
}
