package vn.lamtheobac.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.shared.Scope;

/** People and their membership history in {@code people.*}. Organisation names are filled in by the caller. */
@Repository
class People {

    private static final String COLUMNS = """
            p.id, p.category, p.full_name, p.gender, p.date_of_birth, p.national_id, p.party_card_number,
            p.party_joined_on, p.position, p.phone, p.email, p.organization_id, p.version
            """;

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonView> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from people.people p where p.id = ?")
                .param(id)
                .query(People::mapView)
                .optional();
    }

    /** A record holding a national ID or party card number: existing records first, then provisional ones. */
    record Holder(long id, long organizationId, boolean provisional) {}

    List<Holder> withNationalId(String nationalId) {
        return holders("national_id", nationalId);
    }

    List<Holder> withPartyCardNumber(String number) {
        return holders("party_card_number", number);
    }

    private List<Holder> holders(String column, String value) {
        if (value == null) {
            return List.of();
        }
        return jdbc.sql("select id, organization_id, provisional from people.people where " + column
                        + " = ? order by provisional, id")
                .param(value)
                .query((rs, i) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    /** A record found by an import row, with whether it is provisional. */
    record Match(PersonView person, boolean provisional) {}

    /** Every record with one of the ids, national IDs or card numbers, in one query (an import checks 1,000 rows so). */
    List<Match> matching(Long[] ids, String[] nationalIds, String[] cardNumbers) {
        // one branch per index: the numbers' unique indexes are partial (existing records; provisional ones apart)
        String select = "select " + COLUMNS + ", p.provisional from people.people p where ";
        return jdbc.sql(select + "p.id = any (:ids)"
                        + " union " + select + "p.national_id = any (:nationalIds) and not p.provisional"
                        + " union " + select + "p.national_id = any (:nationalIds) and p.provisional"
                        + " union " + select + "p.party_card_number = any (:cards) and not p.provisional"
                        + " union " + select + "p.party_card_number = any (:cards) and p.provisional")
                .param("ids", ids)
                .param("nationalIds", nationalIds)
                .param("cards", cardNumbers)
                .query((rs, i) -> new Match(mapView(rs, i), rs.getBoolean("provisional")))
                .list();
    }

    /**
     * SQL that leaves out the provisional record of person {@code alias} when the existing record it waits to be
     * transferred from lies in the subtrees of the bigint[] parameter it takes: there the person is counted once.
     */
    static String countedOnce(String alias) {
        return """
                not (%1$s.provisional and exists (
                    select 1 from people.transfers t join people.people o on o.id = t.person_id
                    where t.provisional_id = %1$s.id and t.status = 'PENDING'
                      and o.organization_id in (select organization.subtree_ids(?))))
                """.formatted(alias);
    }

    /** A page of people in the subtrees of {@code roots} (and under {@code within} if given) matching the query. */
    List<PersonSummary> page(PeopleQuery query, Set<Long> roots) {
        var sql = new StringBuilder("select " + COLUMNS + " from people.people p");
        var params = new ArrayList<Object>();
        where(sql, params, query, roots);
        sql.append(" order by p.sort_key, p.id limit ? offset ?");
        params.add(query.page().size());
        params.add(query.page().offset());
        return jdbc.sql(sql.toString()).params(params).query(People::mapSummary).list();
    }

    long count(PeopleQuery query, Set<Long> roots) {
        var sql = new StringBuilder("select count(*) from people.people p");
        var params = new ArrayList<Object>();
        where(sql, params, query, roots);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** Streams every match in list order to {@code sink} without holding them all in memory. */
    void forEach(PeopleQuery query, Set<Long> roots, Consumer<PersonView> sink) {
        var sql = new StringBuilder("select " + COLUMNS + " from people.people p");
        var params = new ArrayList<Object>();
        where(sql, params, query, roots);
        sql.append(" order by p.sort_key, p.id");
        try (var rows = jdbc.sql(sql.toString()).params(params).withFetchSize(500).query(People::mapView).stream()) {
            rows.forEach(sink);
        }
    }

    private static void where(StringBuilder sql, List<Object> params, PeopleQuery query, Set<Long> roots) {
        sql.append(" where p.organization_id in (select organization.subtree_ids(?))");
        params.add(Scope.asArray(roots));
        sql.append(" and ").append(countedOnce("p"));
        params.add(Scope.asArray(roots));
        if (query.organizationId() != null) {
            sql.append(" and p.organization_id in (select organization.subtree_ids(?))");
            params.add(new Long[] {query.organizationId()});
        }
        if (query.category() != null) {
            sql.append(" and p.category = ?");
            params.add(query.category().name());
        }
        if (query.text() != null) {
            sql.append(" and (p.search_name like '%' || public.search_text(?) || '%'"
                    + " or p.national_id = ? or p.party_card_number = ?)");
            params.add(query.text());
            params.add(query.text());
            params.add(query.text());
        }
    }

    long insert(PersonDetails details, long organizationId, boolean provisional) {
        return jdbc.sql("""
                        insert into people.people (category, full_name, sort_key, gender, date_of_birth, national_id,
                            party_card_number, party_joined_on, position, phone, email, organization_id, provisional)
                        values (:category, :fullName, :sortKey, :gender, :dateOfBirth, :nationalId,
                            :partyCardNumber, :partyJoinedOn, :position, :phone, :email, :organizationId, :provisional)
                        returning id
                        """)
                .paramSource(detailParams(details)
                        .addValue("organizationId", organizationId)
                        .addValue("provisional", provisional))
                .query(Long.class)
                .single();
    }

    void update(long id, PersonDetails details, int version, boolean provisional) {
        int rows = jdbc.sql("""
                        update people.people set category = :category, full_name = :fullName, sort_key = :sortKey,
                            gender = :gender, date_of_birth = :dateOfBirth, national_id = :nationalId,
                            party_card_number = :partyCardNumber, party_joined_on = :partyJoinedOn,
                            position = :position, phone = :phone, email = :email, provisional = :provisional,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .paramSource(detailParams(details)
                        .addValue("id", id)
                        .addValue("version", version)
                        .addValue("provisional", provisional))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Person " + id + " was changed by someone else");
        }
    }

    void moveTo(long id, long organizationId, int version) {
        int rows = jdbc.sql("""
                        update people.people set organization_id = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?
                        """).params(organizationId, id, version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Person " + id + " was changed by someone else");
        }
    }

    void startMembership(long personId, long organizationId, LocalDate on, String note) {
        jdbc.sql("insert into people.memberships (person_id, organization_id, starts_on, note) values (?, ?, ?, ?)")
                .params(personId, organizationId, on, note)
                .update();
    }

    void endMembership(long personId, LocalDate on) {
        jdbc.sql("""
                        update people.memberships set ends_on = greatest(starts_on, ?::date)
                        where person_id = ? and ends_on is null
                        """).params(on, personId).update();
    }

    /** Moves every current member of {@code from} to {@code into}, ending and starting memberships; returns how many. */
    int transferAll(long from, long into, LocalDate on, String note) {
        jdbc.sql("""
                        with ended as (
                            update people.memberships set ends_on = greatest(starts_on, :on)
                            where organization_id = :from and ends_on is null
                            returning person_id, ends_on)
                        insert into people.memberships (person_id, organization_id, starts_on, note)
                        select person_id, :into, ends_on, :note from ended
                        """)
                .param("on", on)
                .param("from", from)
                .param("into", into)
                .param("note", note)
                .update();
        return jdbc.sql("""
                        update people.people set organization_id = ?, version = version + 1, updated_at = now()
                        where organization_id = ?
                        """).params(into, from).update();
    }

    /** Removes a provisional record and its membership rows once its transfer is decided. */
    void deleteProvisional(long id) {
        jdbc.sql("delete from people.memberships where person_id = ?").param(id).update();
        jdbc.sql("delete from people.people where id = ? and provisional")
                .param(id)
                .update();
    }

    java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        var names = new java.util.HashMap<Long, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, full_name from people.people where id = any (?)")
                    .param(ids.toArray(Long[]::new))
                    .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return names;
    }

    boolean isProvisional(long id) {
        return jdbc.sql("select provisional from people.people where id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    int countIn(long organizationId) {
        return jdbc.sql("select count(*) from people.people where organization_id = ?")
                .param(organizationId)
                .query(Integer.class)
                .single();
    }

    List<Membership> memberships(long personId) {
        return jdbc.sql("""
                        select organization_id, starts_on, ends_on, note from people.memberships
                        where person_id = ? order by starts_on desc, id desc
                        """)
                .param(personId)
                .query((rs, i) -> new Membership(
                        rs.getLong(1),
                        null,
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
    }

    long insertDiscipline(long personId, DisciplineForm form, LocalDate decidedOn, String reason, String decidedBy) {
        return jdbc.sql("""
                        insert into people.discipline_records (person_id, form, decided_on, reason, decided_by)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(personId, form.name(), decidedOn, reason, decidedBy)
                .query(Long.class)
                .single();
    }

    List<DisciplineRecord> disciplines(long personId) {
        return jdbc.sql("""
                        select id, person_id, form, decided_on, reason, decided_by from people.discipline_records
                        where person_id = ? order by decided_on desc, id desc
                        """)
                .param(personId)
                .query((rs, i) -> new DisciplineRecord(
                        rs.getLong(1),
                        rs.getLong(2),
                        DisciplineForm.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource detailParams(PersonDetails d) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("category", d.category().name())
                .addValue("fullName", VietnameseNames.normalise(d.fullName()))
                .addValue("sortKey", VietnameseNames.sortKey(d.fullName()))
                .addValue("gender", d.gender() == null ? null : d.gender().name())
                .addValue("dateOfBirth", d.dateOfBirth())
                .addValue("nationalId", PersonCommandsSupport.trim(d.nationalId()))
                .addValue("partyCardNumber", PersonCommandsSupport.trim(d.partyCardNumber()))
                .addValue("partyJoinedOn", d.partyJoinedOn())
                .addValue("position", PersonCommandsSupport.trim(d.position()))
                .addValue("phone", PersonCommandsSupport.trim(d.phone()))
                .addValue("email", PersonCommandsSupport.trim(d.email()));
    }

    private static PersonView mapView(ResultSet rs, int row) throws SQLException {
        return new PersonView(
                rs.getLong("id"),
                PersonCategory.valueOf(rs.getString("category")),
                rs.getString("full_name"),
                gender(rs.getString("gender")),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("national_id"),
                rs.getString("party_card_number"),
                rs.getObject("party_joined_on", LocalDate.class),
                rs.getString("position"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getLong("organization_id"),
                null,
                rs.getInt("version"));
    }

    private static PersonSummary mapSummary(ResultSet rs, int row) throws SQLException {
        return new PersonSummary(
                rs.getLong("id"),
                rs.getString("full_name"),
                PersonCategory.valueOf(rs.getString("category")),
                gender(rs.getString("gender")),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("position"),
                rs.getLong("organization_id"),
                null);
    }

    private static Gender gender(String value) {
        return value == null ? null : Gender.valueOf(value);
    }
}
