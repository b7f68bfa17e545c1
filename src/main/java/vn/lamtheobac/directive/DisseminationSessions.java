package vn.lamtheobac.directive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dissemination sessions of directives' targets and the reminders sent to targets, in {@code directive.*}. */
@Repository
class DisseminationSessions {

    private final JdbcClient jdbc;

    DisseminationSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SESSION = """
            select id, directive_id, organization_id, held_on, form,
                   invited_cadres, invited_party_members, invited_civil_servants, invited_union_members,
                   invited_citizens,
                   attended_cadres, attended_party_members, attended_civil_servants, attended_union_members,
                   attended_citizens,
                   notes, evidence_file_id, recorded_by, version
            from directive.disseminations
            """;

    public Attendance attendanceUnder(long id, long node) {
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

    public long insertSession(
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
    public void updateSession(
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

    public List<DisseminationSession> sessions(long directiveId, long organizationId) {
        return jdbc.sql(SESSION + " where directive_id = ? and organization_id = ? order by held_on, id")
                .params(directiveId, organizationId)
                .query(DisseminationSessions::mapSession)
                .list();
    }

    public Optional<DisseminationSession> session(long sessionId) {
        return jdbc.sql(SESSION + " where id = ?")
                .param(sessionId)
                .query(DisseminationSessions::mapSession)
                .optional();
    }

    /** Records a reminder; {@code false} when the same one was already sent (so it is not sent twice). */
    public boolean recordReminder(long directiveId, long organizationId, String kind, LocalDate day) {
        return jdbc.sql("""
                        insert into directive.reminders (directive_id, organization_id, kind, day)
                        values (?, ?, ?, ?) on conflict do nothing
                        """).params(directiveId, organizationId, kind, day).update() == 1;
    }

    public record PendingTarget(
            long directiveId, long organizationId, String symbol, String title, LocalDate deadline) {}

    /** Targets of issued directives with no session yet whose deadline falls within {@code from}–{@code to}. */
    public List<PendingTarget> pendingWithDeadlineBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select d.id, t.organization_id, d.symbol, d.title, d.deadline
                        from directive.directives d join directive.targets t on t.directive_id = d.id
                        where d.status = ? and d.deadline between ? and ?
                          and not exists (select 1 from directive.disseminations s
                                          where s.directive_id = d.id and s.organization_id = t.organization_id)
                        order by d.id, t.organization_id
                        """)
                .params(DirectiveStatus.ISSUED.name(), from, to)
                .query((rs, i) -> new PendingTarget(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
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
}
