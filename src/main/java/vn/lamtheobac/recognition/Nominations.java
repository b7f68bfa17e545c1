package vn.lamtheobac.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.recognition.internal.Nomination;
import vn.lamtheobac.shared.Scope;

/**
 * Nominations and the steps of their timeline in {@code recognition.nominations} and {@code recognition.reviews}.
 * Names of organisations, people and forms are filled in by the caller.
 */
@Repository
class Nominations {

    private static final String SELECT = """
            select n.id, n.movement_id, n.kind, n.organization_id, n.person_id, n.year, n.achievements,
                   n.proposed_form_code, n.initiative_ids, n.status, n.current_level_organization_id, n.version
            from recognition.nominations n
            """;

    private static final String ROW = """
            select n.id, n.movement_id, n.kind, n.organization_id, n.person_id, n.year, n.proposed_form_code,
                   f.name_vi as form_name, n.status, n.current_level_organization_id
            from recognition.nominations n join recognition.award_forms f on f.code = n.proposed_form_code
            """;

    /** Where a status comes in the lists: what waits for someone first (bound as the array of their names). */
    private static final String[] STATUS_ORDER = Stream.of(
                    NominationStatus.AWAITING_DECISION,
                    NominationStatus.UNDER_REVIEW,
                    NominationStatus.PROPOSED,
                    NominationStatus.RETURNED,
                    NominationStatus.DECIDED,
                    NominationStatus.REJECTED)
            .map(Enum::name)
            .toArray(String[]::new);

    private final JdbcClient jdbc;

    public Nominations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Nomination> findById(long id) {
        return jdbc.sql(SELECT + " where n.id = ?")
                .param(id)
                .query(Nominations::map)
                .optional();
    }

    /** Takes the nomination's row for the rest of the transaction, so two committees cannot act on it at once. */
    public Optional<Nomination> lock(long id) {
        return jdbc.sql(SELECT + " where n.id = ? for update")
                .param(id)
                .query(Nominations::map)
                .optional();
    }

    /** Takes the rows of several nominations at once, in id order, for the rest of the transaction. */
    public List<Nomination> lockAll(List<Long> ids) {
        return jdbc.sql(SELECT + " where n.id = any(?) order by n.id for update")
                .param(ids.toArray(Long[]::new))
                .query(Nominations::map)
                .list();
    }

    public long insert(
            long movementId,
            NomineeKind kind,
            long organizationId,
            Long personId,
            int year,
            String achievements,
            String formCode,
            List<Long> initiativeIds,
            NominationStatus status,
            long currentLevelOrganizationId,
            String proposedBy) {
        return jdbc.sql("""
                        insert into recognition.nominations (movement_id, kind, organization_id, person_id, year,
                            achievements, proposed_form_code, initiative_ids, status, current_level_organization_id,
                            proposed_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        movementId,
                        kind.name(),
                        organizationId,
                        personId,
                        year,
                        achievements,
                        formCode,
                        initiativeIds.toArray(Long[]::new),
                        status.name(),
                        currentLevelOrganizationId,
                        proposedBy)
                .query(Long.class)
                .single();
    }

    /** Writes the decision of several nominations, each {@code before.decide()}, in one statement. */
    public void saveDecided(List<Nomination> decided) {
        int rows = jdbc.sql("""
                        update recognition.nominations set status = ?, version = version + 1, updated_at = now()
                        where id = any(?) and status = ?
                        """)
                .params(
                        NominationStatus.DECIDED.name(),
                        decided.stream().map(Nomination::id).toArray(Long[]::new),
                        NominationStatus.AWAITING_DECISION.name())
                .update();
        if (rows != decided.size()) {
            throw new OptimisticLockingFailureException("A nomination of the decision was changed by someone else");
        }
    }

    /**
     * Writes a step of the aggregate: {@code after} is {@code before} moved by one of its methods; the row must still
     * be in {@code before}'s state and version, or someone else acted first.
     */
    public void save(Nomination before, Nomination after) {
        int rows = jdbc.sql("""
                        update recognition.nominations set achievements = ?, proposed_form_code = ?,
                            initiative_ids = ?, status = ?, current_level_organization_id = ?,
                            version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = ?
                        """)
                .params(
                        after.achievements(),
                        after.proposedFormCode(),
                        after.initiativeIds().toArray(Long[]::new),
                        after.status().name(),
                        after.currentLevelOrganizationId(),
                        before.id(),
                        before.version(),
                        before.status().name())
                .update();
        requireOne(rows, before.id());
    }

    /** Records the same step of several nominations at once. */
    public void insertReviews(List<Long> nominationIds, ReviewAction action, long organizationId, String actedBy) {
        jdbc.sql("""
                        insert into recognition.reviews (nomination_id, action, organization_id, acted_by)
                        select unnest(?::bigint[]), ?, ?, ?
                        """)
                .params(nominationIds.toArray(Long[]::new), action.name(), organizationId, actedBy)
                .update();
    }

    public void insertReview(
            long nominationId, ReviewAction action, long organizationId, String reason, String actedBy) {
        jdbc.sql("""
                        insert into recognition.reviews (nomination_id, action, organization_id, reason, acted_by)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(nominationId, action.name(), organizationId, reason, actedBy)
                .update();
    }

    /** The steps of a nomination, oldest first. */
    public List<ReviewView> timeline(long nominationId) {
        return jdbc.sql("""
                        select id, action, organization_id, reason, acted_by, acted_at from recognition.reviews
                        where nomination_id = ? order by acted_at, id
                        """)
                .param(nominationId)
                .query((rs, i) -> new ReviewView(
                        rs.getLong("id"),
                        ReviewAction.valueOf(rs.getString("action")),
                        rs.getLong("organization_id"),
                        null,
                        rs.getString("reason"),
                        rs.getString("acted_by"),
                        instant(rs)))
                .list();
    }

    /** A page of the nominations whose nominee lies in the subtrees of {@code roots}, or is {@code personId}. */
    public List<NominationView> page(NominationQuery query, Set<Long> roots, Long personId) {
        var sql = new StringBuilder(ROW);
        var params = new ArrayList<Object>();
        where(sql, params, query, roots, personId);
        sql.append(" order by array_position(?::text[], n.status), n.id desc limit ? offset ?");
        params.add(STATUS_ORDER);
        params.add(query.page().size());
        params.add(query.page().offset());
        return jdbc.sql(sql.toString())
                .params(params)
                .query(Nominations::mapRow)
                .list();
    }

    public long count(NominationQuery query, Set<Long> roots, Long personId) {
        var sql = new StringBuilder("select count(*) from recognition.nominations n");
        var params = new ArrayList<Object>();
        where(sql, params, query, roots, personId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** How many nominations of each status the same filter holds, whatever its status part. */
    public Map<NominationStatus, Integer> countByStatus(NominationQuery query, Set<Long> roots, Long personId) {
        var sql = new StringBuilder("select n.status, count(*)::int from recognition.nominations n");
        var params = new ArrayList<Object>();
        where(
                sql,
                params,
                new NominationQuery(query.movementId(), null, query.organizationId(), query.year(), null),
                roots,
                personId);
        sql.append(" group by n.status");
        var counts = new EnumMap<NominationStatus, Integer>(NominationStatus.class);
        for (var status : NominationStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.sql(sql.toString())
                .params(params)
                .query((rs, i) -> counts.put(NominationStatus.valueOf(rs.getString(1)), rs.getInt(2)))
                .list();
        return counts;
    }

    /** The nominations of a movement waiting for a decision at a committee in the subtrees of {@code roots}. */
    public List<NominationView> awaitingDecision(long movementId, Set<Long> roots) {
        return jdbc.sql(ROW + """
                         where n.movement_id = ? and n.status = ?
                           and n.current_level_organization_id in (select organization.subtree_ids(?))
                        order by n.current_level_organization_id, n.kind, n.id
                        """)
                .params(movementId, NominationStatus.AWAITING_DECISION.name(), Scope.asArray(roots))
                .query(Nominations::mapRow)
                .list();
    }

    private static void where(
            StringBuilder sql, List<Object> params, NominationQuery query, Set<Long> roots, Long personId) {
        sql.append(" where (n.organization_id in (select organization.subtree_ids(?))");
        params.add(Scope.asArray(roots));
        if (personId != null) {
            sql.append(" or n.person_id = ?");
            params.add(personId);
        }
        sql.append(")");
        if (query.movementId() != null) {
            sql.append(" and n.movement_id = ?");
            params.add(query.movementId());
        }
        if (query.status() != null) {
            sql.append(" and n.status = ?");
            params.add(query.status().name());
        }
        if (query.organizationId() != null) {
            sql.append(" and n.organization_id in (select organization.subtree_ids(?))");
            params.add(new Long[] {query.organizationId()});
        }
        if (query.year() != null) {
            sql.append(" and n.year = ?");
            params.add(query.year());
        }
    }

    public static String nomineeKey(NomineeKind kind, long organizationId, Long personId) {
        return kind == NomineeKind.INDIVIDUAL ? "P" + personId : "O" + organizationId;
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Nomination " + id + " was changed by someone else");
        }
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        var at = rs.getObject("acted_at", OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    public static List<Long> ids(ResultSet rs, String column) throws SQLException {
        var ids = new ArrayList<Long>();
        var array = rs.getArray(column);
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                ids.add(((Number) value).longValue());
            }
        }
        return ids;
    }

    private static Nomination map(ResultSet rs, int row) throws SQLException {
        return new Nomination(
                rs.getLong("id"),
                rs.getLong("movement_id"),
                NomineeKind.valueOf(rs.getString("kind")),
                rs.getLong("organization_id"),
                (Long) rs.getObject("person_id"),
                rs.getInt("year"),
                rs.getString("achievements"),
                rs.getString("proposed_form_code"),
                ids(rs, "initiative_ids"),
                NominationStatus.valueOf(rs.getString("status")),
                rs.getLong("current_level_organization_id"),
                rs.getInt("version"));
    }

    private static NominationView mapRow(ResultSet rs, int row) throws SQLException {
        return new NominationView(
                rs.getLong("id"),
                rs.getLong("movement_id"),
                NomineeKind.valueOf(rs.getString("kind")),
                rs.getLong("organization_id"),
                null,
                (Long) rs.getObject("person_id"),
                null,
                rs.getInt("year"),
                rs.getString("proposed_form_code"),
                rs.getString("form_name"),
                NominationStatus.valueOf(rs.getString("status")),
                rs.getLong("current_level_organization_id"),
                null);
    }
}
