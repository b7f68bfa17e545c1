package vn.lamtheobac.directive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.shared.Scope;

/** Directives, their targets, attachments, dissemination sessions and reminders in {@code directive.*}. */
@Repository
class Directives {

    private static final String DIRECTIVE = """
            select d.id, d.issuing_organization_id, d.type_code, d.title, d.summary, d.programme_id, d.theme_id,
                   d.deadline, d.target_mode, d.target_level, d.target_root_id, d.status, d.issued_on, d.symbol, d.status_reason,
                   d.superseded_by_id, d.version,
                   array(select c.organization_id from directive.chosen_targets c where c.directive_id = d.id
                         order by c.organization_id) as chosen
            from directive.directives d
            """;

    /** The first session of every target of a directive. */
    private static final String FIRST_HELD = """
            select t.organization_id,
                   (select min(s.held_on) from directive.disseminations s
                    where s.directive_id = t.directive_id and s.organization_id = t.organization_id) as first_held
            from directive.targets t
            where t.directive_id = ?
            """;

    private static final String SESSION = """
            select id, directive_id, organization_id, held_on, form,
                   invited_cadres, invited_party_members, invited_civil_servants, invited_union_members,
                   invited_citizens,
                   attended_cadres, attended_party_members, attended_civil_servants, attended_union_members,
                   attended_citizens,
                   notes, evidence_file_id, recorded_by, version
            from directive.disseminations
            """;

    private final JdbcClient jdbc;

    Directives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DirectiveView> findById(long id) {
        return jdbc.sql(DIRECTIVE + " where d.id = ?")
                .param(id)
                .query(Directives::map)
                .optional();
    }

    /** Directives issued (or drafted) by organisations in the subtrees of {@code roots}, newest first. */
    List<DirectiveView> issuedBy(Set<Long> roots, DirectiveStatus status, int limit, long offset) {
        return jdbc.sql(DIRECTIVE + """
                         where d.issuing_organization_id in (select organization.subtree_ids(:roots))
                           and (:status::text is null or d.status = :status)
                         order by coalesce(d.issued_on, d.created_at::date) desc, d.id desc
                         limit :limit offset :offset
                        """)
                .param("roots", Scope.asArray(roots))
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(Directives::map)
                .list();
    }

    long countIssuedBy(Set<Long> roots, DirectiveStatus status) {
        return jdbc.sql("""
                        select count(*) from directive.directives d
                        where d.issuing_organization_id in (select organization.subtree_ids(:roots))
                          and (:status::text is null or d.status = :status)
                        """)
                .param("roots", Scope.asArray(roots))
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    long insert(long issuingOrganizationId, DirectiveContent c, String createdBy) {
        long id = jdbc.sql("""
                        insert into directive.directives (issuing_organization_id, type_code, title, summary,
                            programme_id, theme_id, deadline, target_mode, target_level, target_root_id, created_by)
                        values (:issuer, :type, :title, :summary, :programme, :theme, :deadline, :mode, :level, :root,
                                :by)
                        returning id
                        """)
                .paramSource(
                        content(c).addValue("issuer", issuingOrganizationId).addValue("by", createdBy))
                .query(Long.class)
                .single();
        replaceChosenTargets(id, c);
        return id;
    }

    void revise(long id, DirectiveContent c, int version) {
        int rows = jdbc.sql("""
                        update directive.directives set type_code = :type, title = :title, summary = :summary,
                            programme_id = :programme, theme_id = :theme, deadline = :deadline, target_mode = :mode,
                            target_level = :level, target_root_id = :root, version = version + 1, updated_at = now()
                        where id = :id and version = :version and status = 'DRAFT'
                        """)
                .paramSource(content(c).addValue("id", id).addValue("version", version))
                .update();
        requireOne(rows, id);
        replaceChosenTargets(id, c);
    }

    private void replaceChosenTargets(long id, DirectiveContent c) {
        jdbc.sql("delete from directive.chosen_targets where directive_id = ?")
                .param(id)
                .update();
        if (c.targetMode() == TargetMode.CHOSEN && c.chosenTargetIds() != null) {
            for (long organization : Set.copyOf(c.chosenTargetIds())) {
                jdbc.sql("insert into directive.chosen_targets (directive_id, organization_id) values (?, ?)")
                        .params(id, organization)
                        .update();
            }
        }
    }

    void markIssued(long id, LocalDate issuedOn, int number, String symbol, int version) {
        int rows = jdbc.sql("""
                        update directive.directives set status = 'ISSUED', issued_on = ?, number = ?, symbol = ?,
                            version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = 'DRAFT'
                        """).params(issuedOn, number, symbol, id, version).update();
        requireOne(rows, id);
    }

    void correct(long id, String title, String summary, LocalDate deadline, int version) {
        int rows = jdbc.sql("""
                        update directive.directives set title = ?, summary = ?, deadline = ?, version = version + 1,
                            updated_at = now()
                        where id = ? and version = ? and status = 'ISSUED'
                        """).params(title, summary, deadline, id, version).update();
        requireOne(rows, id);
    }

    void end(long id, DirectiveStatus status, String reason, Long supersededById, int version) {
        int rows = jdbc.sql("""
                        update directive.directives set status = ?, status_reason = ?, superseded_by_id = ?,
                            version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = 'ISSUED'
                        """)
                .params(status.name(), reason, supersededById, id, version)
                .update();
        requireOne(rows, id);
    }

    void insertTargets(long id, List<Long> organizations) {
        for (long organization : organizations) {
            jdbc.sql("insert into directive.targets (directive_id, organization_id) values (?, ?)")
                    .params(id, organization)
                    .update();
        }
    }

    List<Long> targetIds(long id) {
        return jdbc.sql("select organization_id from directive.targets where directive_id = ? order by organization_id")
                .param(id)
                .query(Long.class)
                .list();
    }

    boolean isTarget(long id, long organizationId) {
        return jdbc.sql(
                        "select exists (select 1 from directive.targets where directive_id = ? and organization_id = ?)")
                .params(id, organizationId)
                .query(Boolean.class)
                .single();
    }

    /** Whether a target of the directive lies in the subtrees of {@code roots}. */
    boolean hasTargetWithin(long id, Set<Long> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from directive.targets where directive_id = ?
                                       and organization_id in (select organization.subtree_ids(?)))
                        """)
                .params(id, Scope.asArray(roots))
                .query(Boolean.class)
                .single();
    }

    record FirstHeld(long organizationId, LocalDate firstHeldOn) {}

    /** Every target of the directive within the subtree of {@code node}, with its first session date. */
    List<FirstHeld> firstHeld(long id, long node) {
        return jdbc.sql("select * from (" + FIRST_HELD + ") f where f.organization_id in "
                        + "(select organization.subtree_ids(array[?]::bigint[])) order by f.organization_id")
                .params(id, node)
                .query((rs, i) -> new FirstHeld(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** For each target within {@code node}'s subtree, which of {@code children} contains it (if any). */
    List<long[]> targetsUnderChildren(long id, List<Long> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select t.organization_id, c.id from directive.targets t
                        cross join unnest(?::bigint[]) as c(id)
                        where t.directive_id = ?
                          and c.id in (select organization.ancestor_ids(array[t.organization_id]))
                        """)
                .params(children.toArray(Long[]::new), id)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    Attendance attendanceUnder(long id, long node) {
        return jdbc.sql("""
                        select coalesce(sum(invited_cadres), 0), coalesce(sum(invited_party_members), 0),
                               coalesce(sum(invited_civil_servants), 0), coalesce(sum(invited_union_members), 0),
                               coalesce(sum(invited_citizens), 0),
                               coalesce(sum(attended_cadres), 0), coalesce(sum(attended_party_members), 0),
                               coalesce(sum(attended_civil_servants), 0), coalesce(sum(attended_union_members), 0),
                               coalesce(sum(attended_citizens), 0)
                        from directive.disseminations
                        where directive_id = ? and organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                        """)
                .params(id, node)
                .query((rs, i) -> attendance(rs, 1))
                .single();
    }

    record InboxRow(DirectiveView directive, long organizationId, LocalDate firstHeldOn) {}

    /** Issued directives addressed to organisations in the subtrees of {@code roots}, deadline first. */
    List<InboxRow> inbox(Set<Long> roots, boolean openOnly, int limit, long offset) {
        return jdbc.sql("select * from (" + DIRECTIVE.replace("from directive.directives d", """
                        , t.organization_id as target_id,
                          (select min(s.held_on) from directive.disseminations s
                           where s.directive_id = d.id and s.organization_id = t.organization_id) as first_held
                        from directive.directives d join directive.targets t on t.directive_id = d.id
                        """) + """
                         where d.status <> 'DRAFT'
                           and t.organization_id in (select organization.subtree_ids(:roots))) x
                        where (not :open or (x.first_held is null and x.status = 'ISSUED'))
                        order by x.deadline nulls last, x.issued_on desc, x.id, x.target_id
                        limit :limit offset :offset
                        """)
                .param("roots", Scope.asArray(roots))
                .param("open", openOnly)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, i) ->
                        new InboxRow(map(rs, i), rs.getLong("target_id"), rs.getObject("first_held", LocalDate.class)))
                .list();
    }

    long countInbox(Set<Long> roots, boolean openOnly) {
        return jdbc.sql("""
                        select count(*) from directive.directives d join directive.targets t on t.directive_id = d.id
                        where d.status <> 'DRAFT' and t.organization_id in (select organization.subtree_ids(:roots))
                          and (not :open or (d.status = 'ISSUED' and not exists (
                               select 1 from directive.disseminations s
                               where s.directive_id = d.id and s.organization_id = t.organization_id)))
                        """)
                .param("roots", Scope.asArray(roots))
                .param("open", openOnly)
                .query(Long.class)
                .single();
    }

    long insertSession(
            long directiveId,
            long organizationId,
            LocalDate heldOn,
            DisseminationForm form,
            Attendance a,
            String notes,
            Long evidenceFileId,
            String recordedBy) {
        return jdbc.sql("""
                        insert into directive.disseminations (directive_id, organization_id, held_on, form,
                            invited_cadres, invited_party_members, invited_civil_servants, invited_union_members,
                            invited_citizens,
                            attended_cadres, attended_party_members, attended_civil_servants, attended_union_members,
                            attended_citizens, notes, evidence_file_id, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(row(
                        List.of(directiveId, organizationId, heldOn, form.name()),
                        a,
                        notes,
                        evidenceFileId,
                        recordedBy))
                .query(Long.class)
                .single();
    }

    /** The parameters of a session's row: {@code before}, the invited and attended counts by category, then {@code after}. */
    private static List<Object> row(List<Object> before, Attendance a, Object... after) {
        var params = new ArrayList<Object>(before);
        for (int c = 0; c < a.invited().length; c++) {
            params.add(a.invited()[c]);
        }
        for (int c = 0; c < a.attended().length; c++) {
            params.add(a.attended()[c]);
        }
        params.addAll(java.util.Arrays.asList(after));
        return params;
    }

    /** Rewrites a session as corrected; answers 409 when someone changed it since {@code version} was read. */
    void updateSession(
            long sessionId,
            LocalDate heldOn,
            DisseminationForm form,
            Attendance a,
            String notes,
            Long evidenceFileId,
            String updatedBy,
            int version) {
        int rows = jdbc.sql("""
                        update directive.disseminations set held_on = ?, form = ?,
                            invited_cadres = ?, invited_party_members = ?, invited_civil_servants = ?,
                            invited_union_members = ?, invited_citizens = ?,
                            attended_cadres = ?, attended_party_members = ?, attended_civil_servants = ?,
                            attended_union_members = ?, attended_citizens = ?,
                            notes = ?, evidence_file_id = ?, updated_by = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ?
                        """)
                .params(row(List.of(heldOn, form.name()), a, notes, evidenceFileId, updatedBy, sessionId, version))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Dissemination " + sessionId + " was changed by someone else");
        }
    }

    List<DisseminationSession> sessions(long directiveId, long organizationId) {
        return jdbc.sql(SESSION + " where directive_id = ? and organization_id = ? order by held_on, id")
                .params(directiveId, organizationId)
                .query(Directives::mapSession)
                .list();
    }

    Optional<DisseminationSession> session(long sessionId) {
        return jdbc.sql(SESSION + " where id = ?")
                .param(sessionId)
                .query(Directives::mapSession)
                .optional();
    }

    void attach(long directiveId, long fileId) {
        jdbc.sql("insert into directive.attachments (directive_id, file_id) values (?, ?) on conflict do nothing")
                .params(directiveId, fileId)
                .update();
    }

    void detach(long directiveId, long fileId) {
        jdbc.sql("delete from directive.attachments where directive_id = ? and file_id = ?")
                .params(directiveId, fileId)
                .update();
    }

    List<Long> attachmentIds(long directiveId) {
        return jdbc.sql("select file_id from directive.attachments where directive_id = ? order by file_id")
                .param(directiveId)
                .query(Long.class)
                .list();
    }

    /** The attachments of each of {@code directiveIds}, by directive. */
    Map<Long, List<Long>> attachmentIds(Collection<Long> directiveIds) {
        var byDirective = new HashMap<Long, List<Long>>();
        if (directiveIds.isEmpty()) {
            return byDirective;
        }
        jdbc.sql("""
                        select directive_id, file_id from directive.attachments
                        where directive_id = any(?) order by directive_id, file_id
                        """)
                .param(directiveIds.toArray(Long[]::new))
                .query((rs, i) -> byDirective
                        .computeIfAbsent(rs.getLong(1), d -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return byDirective;
    }

    /** Records a reminder; {@code false} when the same one was already sent (so it is not sent twice). */
    boolean recordReminder(long directiveId, long organizationId, String kind, LocalDate day) {
        return jdbc.sql("""
                        insert into directive.reminders (directive_id, organization_id, kind, day)
                        values (?, ?, ?, ?) on conflict do nothing
                        """).params(directiveId, organizationId, kind, day).update() == 1;
    }

    record PendingTarget(long directiveId, long organizationId, String symbol, String title, LocalDate deadline) {}

    /** Targets of issued directives with no session yet whose deadline falls within {@code from}–{@code to}. */
    List<PendingTarget> pendingWithDeadlineBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select d.id, t.organization_id, d.symbol, d.title, d.deadline
                        from directive.directives d join directive.targets t on t.directive_id = d.id
                        where d.status = 'ISSUED' and d.deadline between ? and ?
                          and not exists (select 1 from directive.disseminations s
                                          where s.directive_id = d.id and s.organization_id = t.organization_id)
                        order by d.id, t.organization_id
                        """)
                .params(from, to)
                .query((rs, i) -> new PendingTarget(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    private static MapSqlParameterSource content(DirectiveContent c) {
        return new MapSqlParameterSource()
                .addValue("type", c.typeCode())
                .addValue("title", c.title().trim())
                .addValue(
                        "summary",
                        c.summary() == null || c.summary().isBlank()
                                ? null
                                : c.summary().trim())
                .addValue("programme", c.programmeId())
                .addValue("theme", c.themeId())
                .addValue("deadline", c.deadline())
                .addValue("mode", c.targetMode().name())
                .addValue("level", c.targetMode() == TargetMode.CHOSEN ? null : c.targetLevel())
                .addValue("root", c.targetMode() == TargetMode.LEVEL_UNDER ? c.targetRootId() : null);
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Directive " + id + " was changed by someone else");
        }
    }

    private static Attendance attendance(ResultSet rs, int first) throws SQLException {
        int[] invited = new int[Attendance.CATEGORIES];
        int[] attended = new int[Attendance.CATEGORIES];
        for (int k = 0; k < Attendance.CATEGORIES; k++) {
            invited[k] = rs.getInt(first + k);
            attended[k] = rs.getInt(first + Attendance.CATEGORIES + k);
        }
        return new Attendance(invited, attended);
    }

    private static DisseminationSession mapSession(ResultSet rs, int row) throws SQLException {
        return new DisseminationSession(
                rs.getLong("id"),
                rs.getLong("directive_id"),
                rs.getLong("organization_id"),
                rs.getObject("held_on", LocalDate.class),
                DisseminationForm.valueOf(rs.getString("form")),
                attendance(rs, 6),
                rs.getString("notes"),
                (Long) rs.getObject("evidence_file_id"),
                rs.getString("recorded_by"),
                rs.getInt("version"));
    }

    private static DirectiveView map(ResultSet rs, int row) throws SQLException {
        var chosen = new ArrayList<Long>();
        var array = rs.getArray("chosen");
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                chosen.add(((Number) value).longValue());
            }
        }
        return new DirectiveView(
                rs.getLong("id"),
                rs.getLong("issuing_organization_id"),
                null,
                rs.getString("type_code"),
                rs.getString("title"),
                rs.getString("summary"),
                (Long) rs.getObject("programme_id"),
                (Long) rs.getObject("theme_id"),
                rs.getObject("deadline", LocalDate.class),
                TargetMode.valueOf(rs.getString("target_mode")),
                rs.getString("target_level"),
                (Long) rs.getObject("target_root_id"),
                List.copyOf(chosen),
                DirectiveStatus.valueOf(rs.getString("status")),
                rs.getObject("issued_on", LocalDate.class),
                rs.getString("symbol"),
                rs.getString("status_reason"),
                (Long) rs.getObject("superseded_by_id"),
                rs.getInt("version"));
    }
}
