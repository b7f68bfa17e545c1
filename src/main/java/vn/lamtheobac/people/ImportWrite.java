package vn.lamtheobac.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lamtheobac.people.PersonEvents.PeopleImported;
import vn.lamtheobac.people.PersonEvents.PersonRegistered;
import vn.lamtheobac.people.PersonEvents.PersonTransferred;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.DataChangedInBulk;

/**
 * Writes the staged rows of a confirmed import with set-based statements, a range of rows at a time, in the caller's
 * transaction: the records updated (only if nobody changed them since the check: their version), the new ones
 * inserted, memberships ended and started for those who move, one audit line per record, and one
 * {@link PeopleImported} per range for the modules that count people.
 */
@Component
class ImportWrite {

    /** Rows written per range: bounds the memory of the audit lines and events held at once. */
    static final int RANGE = 5_000;

    private static final String PERSON_JSON = """
            jsonb_build_object('id', %1$s, 'category', %2$s.category, 'fullName', %2$s.full_name,
                'gender', %2$s.gender, 'dateOfBirth', %2$s.date_of_birth, 'nationalId', %2$s.national_id,
                'partyCardNumber', %2$s.party_card_number, 'partyJoinedOn', %2$s.party_joined_on,
                'position', %2$s.position, 'phone', %2$s.phone, 'email', %2$s.email,
                'organizationId', %2$s.organization_id)::text
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ImportWrite(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Writes the set-based rows of the job; {@code progress} is told how many rows are done after each range. */
    void write(long jobId, LocalDate today, IntConsumer progress) {
        int stale = jdbc.sql("""
                        select count(*) from people.import_rows s join people.people p on p.id = s.person_id
                        where s.job_id = ? and s.action in ('UPDATE', 'ONE_BY_ONE') and p.version <> s.person_version
                        """).param(jobId).query(Integer.class).single();
        if (stale > 0) {
            throw new BusinessRuleException("import.error.changedMeanwhile", stale);
        }
        jdbc.sql("""
                        update people.import_rows
                        set person_id = nextval(pg_get_serial_sequence('people.people', 'id'))
                        where job_id = ? and action = 'CREATE'
                        """).param(jobId).update();
        int[] bounds = jdbc.sql("""
                        select coalesce(min(row_no), 0), coalesce(max(row_no), -1) from people.import_rows
                        where job_id = ? and action in ('CREATE', 'UPDATE')
                        """)
                .param(jobId)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        int done = 0;
        for (int from = bounds[0]; from <= bounds[1]; from += RANGE) {
            done += range(jobId, from, Math.min(bounds[1], from + RANGE - 1), today);
            progress.accept(done);
        }
    }

    private int range(long jobId, int from, int to, LocalDate today) {
        var created = new ArrayList<DataChangedInBulk.Change>();
        var updated = new ArrayList<DataChangedInBulk.Change>();
        var registered = new ArrayList<PersonRegistered>();
        var transferred = new ArrayList<PersonTransferred>();
        jdbc.sql("""
                        select s.action, s.person_id, s.from_organization_id, s.organization_id, s.category,
                               case when p.id is null then null else %s end as before, %s as after
                        from people.import_rows s left join people.people p on p.id = s.person_id
                        where s.job_id = ? and s.action in ('CREATE', 'UPDATE') and s.row_no between ? and ?
                        """.formatted(PERSON_JSON.formatted("p.id", "p"), PERSON_JSON.formatted("s.person_id", "s")))
                .params(jobId, from, to)
                .query((rs, i) -> {
                    long id = rs.getLong("person_id");
                    long organization = rs.getLong("organization_id");
                    if ("CREATE".equals(rs.getString("action"))) {
                        created.add(new DataChangedInBulk.Change(String.valueOf(id), null, rs.getString("after")));
                        registered.add(new PersonRegistered(
                                id, organization, PersonCategory.valueOf(rs.getString("category"))));
                    } else {
                        updated.add(new DataChangedInBulk.Change(
                                String.valueOf(id), rs.getString("before"), rs.getString("after")));
                        long previous = rs.getLong("from_organization_id");
                        if (previous != organization) {
                            transferred.add(new PersonTransferred(id, previous, organization, today));
                        }
                    }
                    return id;
                })
                .list();
        int changed = jdbc.sql("""
                        update people.people p set category = s.category, full_name = s.full_name,
                            sort_key = s.sort_key, gender = s.gender, date_of_birth = s.date_of_birth,
                            national_id = s.national_id, party_card_number = s.party_card_number,
                            party_joined_on = s.party_joined_on, position = s.position, phone = s.phone,
                            email = s.email, organization_id = s.organization_id, version = p.version + 1,
                            updated_at = now()
                        from people.import_rows s
                        where s.job_id = ? and s.action = 'UPDATE' and s.row_no between ? and ?
                          and p.id = s.person_id and p.version = s.person_version
                        """).params(jobId, from, to).update();
        if (changed != updated.size()) {
            throw new BusinessRuleException("import.error.changedMeanwhile", updated.size() - changed);
        }
        jdbc.sql("""
                        update people.memberships m set ends_on = greatest(m.starts_on, ?::date)
                        from people.import_rows s
                        where s.job_id = ? and s.action = 'UPDATE' and s.row_no between ? and ?
                          and s.organization_id <> s.from_organization_id
                          and m.person_id = s.person_id and m.ends_on is null
                        """).params(today, jobId, from, to).update();
        jdbc.sql("""
                        insert into people.people (id, category, full_name, sort_key, gender, date_of_birth,
                            national_id, party_card_number, party_joined_on, position, phone, email, organization_id)
                        select person_id, category, full_name, sort_key, gender, date_of_birth, national_id,
                            party_card_number, party_joined_on, position, phone, email, organization_id
                        from people.import_rows
                        where job_id = ? and action = 'CREATE' and row_no between ? and ?
                        order by row_no
                        """).params(jobId, from, to).update();
        jdbc.sql("""
                        insert into people.memberships (person_id, organization_id, starts_on, note)
                        select person_id, organization_id, ?::date, case when action = 'UPDATE' then 'import' end
                        from people.import_rows
                        where job_id = ? and row_no between ? and ?
                          and (action = 'CREATE' or (action = 'UPDATE' and organization_id <> from_organization_id))
                        """).params(today, jobId, from, to).update();
        events.publishEvent(new DataChangedInBulk(PersonManagement.ENTITY, DataChanged.Kind.CREATE, created));
        events.publishEvent(new DataChangedInBulk(PersonManagement.ENTITY, DataChanged.Kind.UPDATE, updated));
        if (!registered.isEmpty() || !transferred.isEmpty()) {
            events.publishEvent(new PeopleImported(jobId, List.copyOf(registered), List.copyOf(transferred)));
        }
        return created.size() + updated.size();
    }
}
