package vn.lamtheobac.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.shared.Scope;

/**
 * Commendation decisions and the commendations they granted, in {@code recognition.decisions} and {@code
 * recognition.commendations}. Names of organisations and people are filled in by the caller.
 */
@Repository
class Commendations {

    private static final String SELECT = """
            select c.id, c.decision_id, c.nomination_id, c.movement_id, m.title as movement_title, c.form_code,
                   f.name_vi as form_name, c.kind, c.organization_id, c.person_id, c.year, c.achievements, d.symbol,
                   d.decided_on, d.organization_id as deciding_organization_id, c.exemplar, c.consent_recorded_on,
                   c.consent_note, c.version
            from recognition.commendations c
            join recognition.decisions d on d.id = c.decision_id
            join recognition.movements m on m.id = c.movement_id
            join recognition.award_forms f on f.code = c.form_code
            """;

    private final JdbcClient jdbc;

    public Commendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CommendationView> findById(long id) {
        return jdbc.sql(SELECT + " where c.id = ?")
                .param(id)
                .query(Commendations::map)
                .optional();
    }

    public Optional<CommendationView> findByNomination(long nominationId) {
        return jdbc.sql(SELECT + " where c.nomination_id = ?")
                .param(nominationId)
                .query(Commendations::map)
                .optional();
    }

    /** The commendations of a decision, collectives first, in the order they were decided. */
    public List<CommendationView> ofDecision(long decisionId) {
        return jdbc.sql(SELECT + " where c.decision_id = ? order by c.form_code, c.kind, c.id")
                .param(decisionId)
                .query(Commendations::map)
                .list();
    }

    /** The id the next decision will have, so its number can be issued before its row is written. */
    public long nextDecisionId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('recognition.decisions', 'id'))")
                .query(Long.class)
                .single();
    }

    public void insertDecision(
            long id,
            long organizationId,
            long movementId,
            long documentId,
            int number,
            String symbol,
            LocalDate decidedOn,
            String decidedBy) {
        jdbc.sql("""
                        insert into recognition.decisions (id, organization_id, movement_id, document_id, number,
                            symbol, decided_on, decided_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, organizationId, movementId, documentId, number, symbol, decidedOn, decidedBy)
                .update();
    }

    /**
     * What a decision grants: one commendation per nomination, with the form given to it, in one statement. Returns
     * the commendation ids by nomination id.
     */
    public Map<Long, Long> insertAll(long decisionId, Map<Long, String> formByNomination) {
        var ids = formByNomination.keySet().toArray(Long[]::new);
        var forms = java.util.Arrays.stream(ids).map(formByNomination::get).toArray(String[]::new);
        var commended = new java.util.LinkedHashMap<Long, Long>();
        jdbc.sql("""
                        insert into recognition.commendations (decision_id, nomination_id, movement_id, form_code,
                            kind, organization_id, person_id, year, achievements)
                        select ?, n.id, n.movement_id, f.form_code, n.kind, n.organization_id, n.person_id, n.year,
                               n.achievements
                        from recognition.nominations n
                        join unnest(?::bigint[], ?::text[]) as f (nomination_id, form_code) on f.nomination_id = n.id
                        order by n.id
                        returning id, nomination_id
                        """)
                .params(decisionId, ids, forms)
                .query((rs, i) -> commended.put(rs.getLong("nomination_id"), rs.getLong("id")))
                .list();
        return commended;
    }

    /** A decision without names, with the ids of its commendations. */
    public Optional<DecisionView> decision(long id) {
        var commendations = jdbc.sql("select id from recognition.commendations where decision_id = ? order by id")
                .param(id)
                .query(Long.class)
                .list();
        return jdbc.sql("""
                        select id, organization_id, movement_id, symbol, decided_on from recognition.decisions
                        where id = ?
                        """)
                .param(id)
                .query((rs, i) -> new DecisionView(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        null,
                        rs.getLong("movement_id"),
                        rs.getString("symbol"),
                        rs.getObject("decided_on", LocalDate.class),
                        commendations))
                .optional();
    }

    /**
     * A page of the commendations whose nominee lies in the subtrees of {@code roots}, or is {@code personId}; newest
     * year first, then by decision.
     */
    public List<CommendationView> page(CommendationQuery query, Set<Long> roots, Long personId) {
        var sql = new StringBuilder(SELECT);
        var params = new ArrayList<Object>();
        where(sql, params, query, roots, personId);
        sql.append(" order by c.year desc, d.decided_on desc, c.decision_id, c.kind, c.id limit ? offset ?");
        params.add(query.page().size());
        params.add(query.page().offset());
        return jdbc.sql(sql.toString()).params(params).query(Commendations::map).list();
    }

    public long count(CommendationQuery query, Set<Long> roots, Long personId) {
        var sql = new StringBuilder("select count(*) from recognition.commendations c");
        var params = new ArrayList<Object>();
        where(sql, params, query, roots, personId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void where(
            StringBuilder sql, List<Object> params, CommendationQuery query, Set<Long> roots, Long personId) {
        sql.append(" where (c.organization_id in (select organization.subtree_ids(?))");
        params.add(Scope.asArray(roots));
        if (personId != null) {
            sql.append(" or c.person_id = ?");
            params.add(personId);
        }
        sql.append(")");
        if (query.organizationId() != null) {
            sql.append(" and c.organization_id in (select organization.subtree_ids(?))");
            params.add(new Long[] {query.organizationId()});
        }
        if (query.year() != null) {
            sql.append(" and c.year = ?");
            params.add(query.year());
        }
        if (query.movementId() != null) {
            sql.append(" and c.movement_id = ?");
            params.add(query.movementId());
        }
    }

    /** Exemplars for the portal: collectives, and individuals whose consent is recorded; newest decision first. */
    public List<CommendationView> publishedExemplars(int limit) {
        return jdbc.sql(SELECT + """
                         where c.exemplar and (c.kind = ? or c.consent_recorded_on is not null)
                        order by d.decided_on desc, c.id desc limit ?
                        """)
                .params(NomineeKind.COLLECTIVE.name(), limit)
                .query(Commendations::map)
                .list();
    }

    public void markExemplar(long id, LocalDate consentedOn, String note, String recordedBy, int version) {
        int rows =
                jdbc.sql("""
                        update recognition.commendations set exemplar = true, consent_recorded_on = ?,
                            consent_note = ?, consent_recorded_by = ?, version = version + 1
                        where id = ? and version = ?
                        """).params(consentedOn, note, recordedBy, id, version).update();
        requireOne(rows, id);
    }

    /** Takes the commendation off the exemplars and clears the consent in the same statement. */
    public void withdrawExemplar(long id, int version) {
        int rows = jdbc.sql("""
                        update recognition.commendations set exemplar = false, consent_recorded_on = null,
                            consent_note = null, consent_recorded_by = null, version = version + 1
                        where id = ? and version = ?
                        """).params(id, version).update();
        requireOne(rows, id);
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Commendation " + id + " was changed by someone else");
        }
    }

    private static CommendationView map(ResultSet rs, int row) throws SQLException {
        return new CommendationView(
                rs.getLong("id"),
                rs.getLong("decision_id"),
                rs.getLong("nomination_id"),
                rs.getLong("movement_id"),
                rs.getString("movement_title"),
                rs.getString("form_code"),
                rs.getString("form_name"),
                NomineeKind.valueOf(rs.getString("kind")),
                rs.getLong("organization_id"),
                null,
                (Long) rs.getObject("person_id"),
                null,
                rs.getInt("year"),
                rs.getString("achievements"),
                rs.getString("symbol"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getLong("deciding_organization_id"),
                null,
                rs.getBoolean("exemplar"),
                rs.getObject("consent_recorded_on", LocalDate.class),
                rs.getString("consent_note"),
                rs.getInt("version"));
    }
}
