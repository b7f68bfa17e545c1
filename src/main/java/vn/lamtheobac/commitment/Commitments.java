package vn.lamtheobac.commitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.shared.VietnamTime;

/** Commitments and their items in {@code commitment.*}. Names are filled in by the service. */
@Repository
class Commitments {

    private static final String COMMITMENT = """
            select id, person_id, organization_id, year, theme_id, status, returned_reason, acknowledgement,
                   acknowledged_by, acknowledged_at, self_assessment, outcome, assessment, assessed_by, version
            from commitment.commitments
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Commitments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<CommitmentView> findById(long id) {
        return jdbc.sql(COMMITMENT + " where id = ?").param(id).query(this::map).optional();
    }

    Optional<CommitmentView> find(long personId, int year) {
        return jdbc.sql(COMMITMENT + " where person_id = ? and year = ?")
                .params(personId, year)
                .query(this::map)
                .optional();
    }

    /**
     * This year's commitments under {@code organizationId}, counted by the unit directly under it and by status, in one
     * grouped query: unit id → status → count.
     */
    Map<Long, Map<CommitmentStatus, Long>> countByUnit(long organizationId, int year) {
        var counts = new HashMap<Long, Map<CommitmentStatus, Long>>();
        jdbc.sql("""
                        select u.unit_id, c.status, count(*) from commitment.commitments c
                        join organization.units_under(?) u on u.organization_id = c.organization_id
                        where c.year = ? group by u.unit_id, c.status
                        """)
                .params(organizationId, year)
                .query((rs, i) -> counts.computeIfAbsent(
                                rs.getLong(1), k -> new java.util.EnumMap<>(CommitmentStatus.class))
                        .put(CommitmentStatus.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
        return counts;
    }

    /** The commitments of the given people for a year, by person id. */
    Map<Long, CommitmentView> forPeople(Collection<Long> personIds, int year) {
        var byPerson = new HashMap<Long, CommitmentView>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.sql(COMMITMENT + " where person_id = any (?) and year = ?")
                .params(personIds.toArray(Long[]::new), year)
                .query(this::mapWithoutItems)
                .list()
                .forEach(c -> byPerson.put(c.personId(), c));
        return byPerson;
    }

    long insert(long personId, long organizationId, int year, Long themeId) {
        return jdbc.sql("""
                        insert into commitment.commitments (person_id, organization_id, year, theme_id)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(personId, organizationId, year, themeId)
                .query(Long.class)
                .single();
    }

    void replaceItems(long id, List<ItemDraft> items) {
        jdbc.sql("delete from commitment.items where commitment_id = ?")
                .param(id)
                .update();
        if (items.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into commitment.items (commitment_id, section, position, content, target)
                        select ?, u.section, u.position - 1, u.content, u.target
                        from unnest(?::text[], ?::text[], ?::text[]) with ordinality as u(section, content, target, position)
                        """)
                .params(
                        id,
                        items.stream().map(i -> i.section().name()).toArray(String[]::new),
                        items.stream().map(i -> i.content().strip()).toArray(String[]::new),
                        items.stream()
                                .map(i -> i.target() == null || i.target().isBlank()
                                        ? null
                                        : i.target().strip())
                                .toArray(String[]::new))
                .update();
    }

    /**
     * Moves a commitment from one status to the next, checking both its version and its current status, with the
     * given column assignments ({@code set} is trusted SQL built by the service, values are parameters).
     */
    void transition(long id, int version, CommitmentStatus from, CommitmentStatus to, String set, Object... values) {
        var params = new java.util.ArrayList<Object>();
        params.add(to.name());
        params.addAll(java.util.Arrays.asList(values));
        params.add(id);
        params.add(version);
        params.add(from.name());
        int rows = jdbc.sql("update commitment.commitments set status = ?, version = version + 1, updated_at = now()"
                        + (set.isEmpty() ? "" : ", " + set) + " where id = ? and version = ? and status = ?")
                .params(params)
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Commitment " + id + " was changed by someone else");
        }
    }

    void touch(long id, int version) {
        int rows =
                jdbc.sql("""
                        update commitment.commitments set version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = ?
                        """).params(id, version, CommitmentStatus.DRAFT.name()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Commitment " + id + " was changed by someone else");
        }
    }

    /** The member's result and evidence for each of {@code items}, in one statement. */
    void setSelfResults(List<CommitmentItem> items, Map<Long, ItemResult> results, Map<Long, String> evidence) {
        setResults("self_result", "self_evidence", items, results, evidence);
    }

    /** The cell's result and comment for each of {@code items}, in one statement. */
    void setCellResults(List<CommitmentItem> items, Map<Long, ItemResult> results, Map<Long, String> comments) {
        setResults("cell_result", "cell_comment", items, results, comments);
    }

    private void setResults(
            String resultColumn,
            String textColumn,
            List<CommitmentItem> items,
            Map<Long, ItemResult> results,
            Map<Long, String> texts) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.sql("update commitment.items i set " + resultColumn + " = u.result, " + textColumn + " = u.text"
                        + " from unnest(?::bigint[], ?::text[], ?::text[]) as u(id, result, text) where i.id = u.id")
                .params(
                        items.stream().map(CommitmentItem::id).toArray(Long[]::new),
                        items.stream().map(i -> results.get(i.id()).name()).toArray(String[]::new),
                        items.stream().map(i -> texts.get(i.id())).toArray(String[]::new))
                .update();
    }

    /** Records today's reminder of each person; answers those not already reminded today. */
    Set<Long> recordReminders(Collection<Long> personIds, int year) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        insert into commitment.reminders (person_id, year, day)
                        select p, ?, ? from unnest(?::bigint[]) as p
                        on conflict do nothing returning person_id
                        """)
                .params(year, VietnamTime.today(clock), personIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** The commitments with the given ids, without their items, by id (one query). */
    Map<Long, CommitmentView> byIds(Collection<Long> ids) {
        var byId = new HashMap<Long, CommitmentView>();
        jdbc.sql(COMMITMENT + " where id = any (?)")
                .param(ids.toArray(Long[]::new))
                .query(this::mapWithoutItems)
                .list()
                .forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    /**
     * Moves many commitments from one status to the next at once, with the given column assignments; all of them or
     * none (the status check stands in for the version: each was read in this transaction).
     */
    void transitionAll(Collection<Long> ids, CommitmentStatus from, CommitmentStatus to, String set, Object... values) {
        var params = new java.util.ArrayList<Object>();
        params.add(to.name());
        params.addAll(java.util.Arrays.asList(values));
        params.add(ids.toArray(Long[]::new));
        params.add(from.name());
        int rows = jdbc.sql("update commitment.commitments set status = ?, version = version + 1, updated_at = now()"
                        + (set.isEmpty() ? "" : ", " + set) + " where id = any (?) and status = ?")
                .params(params)
                .update();
        if (rows != ids.size()) {
            throw new OptimisticLockingFailureException("Commitments " + ids + " were changed by someone else");
        }
    }

    List<CommitmentItem> items(long commitmentId) {
        return jdbc.sql("""
                        select id, section, content, target, self_result, self_evidence, cell_result, cell_comment
                        from commitment.items where commitment_id = ? order by section, position, id
                        """)
                .param(commitmentId)
                .query((rs, i) -> new CommitmentItem(
                        rs.getLong(1),
                        Section.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        result(rs.getString(5)),
                        rs.getString(6),
                        result(rs.getString(7)),
                        rs.getString(8)))
                .list();
    }

    private static ItemResult result(String value) {
        return value == null ? null : ItemResult.valueOf(value);
    }

    private CommitmentView map(ResultSet rs, int row) throws SQLException {
        var view = mapWithoutItems(rs, row);
        return new CommitmentView(
                view.id(),
                view.personId(),
                null,
                view.organizationId(),
                null,
                view.year(),
                view.themeId(),
                null,
                view.status(),
                view.returnedReason(),
                view.acknowledgement(),
                view.acknowledgedBy(),
                view.acknowledgedAt(),
                view.selfAssessment(),
                view.outcome(),
                view.assessment(),
                view.assessedBy(),
                items(view.id()),
                view.version());
    }

    private CommitmentView mapWithoutItems(ResultSet rs, int row) throws SQLException {
        var acknowledgedAt = rs.getTimestamp("acknowledged_at");
        return new CommitmentView(
                rs.getLong("id"),
                rs.getLong("person_id"),
                null,
                rs.getLong("organization_id"),
                null,
                rs.getInt("year"),
                (Long) rs.getObject("theme_id"),
                null,
                CommitmentStatus.valueOf(rs.getString("status")),
                rs.getString("returned_reason"),
                rs.getString("acknowledgement"),
                rs.getString("acknowledged_by"),
                acknowledgedAt == null ? null : VietnamTime.local(acknowledgedAt.toInstant()),
                rs.getString("self_assessment"),
                result(rs.getString("outcome")),
                rs.getString("assessment"),
                rs.getString("assessed_by"),
                List.of(),
                rs.getInt("version"));
    }
}
