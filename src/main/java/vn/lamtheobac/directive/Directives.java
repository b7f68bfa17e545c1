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

    /** The directives of {@link #issuedBy}: issued (or drafted) by organisations in the subtrees of {@code :roots}. */
    private static final String ISSUED_BY = """
             where d.issuing_organization_id in (select organization.subtree_ids(:roots))
               and (:status::text is null or d.status = :status)
            """;

    /** Directives issued (or drafted) by organisations in the subtrees of {@code roots}, newest first. */
    List<DirectiveView> issuedBy(Set<Long> roots, DirectiveStatus status, int limit, long offset) {
        return issuedByParams(jdbc.sql(DIRECTIVE + ISSUED_BY + """
                         order by coalesce(d.issued_on, d.created_at::date) desc, d.id desc
                         limit :limit offset :offset
                        """), roots, status)
                .param("limit", limit)
                .param("offset", offset)
                .query(Directives::map)
                .list();
    }

    long countIssuedBy(Set<Long> roots, DirectiveStatus status) {
        return issuedByParams(jdbc.sql("select count(*) from directive.directives d" + ISSUED_BY), roots, status)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec issuedByParams(
            JdbcClient.StatementSpec statement, Set<Long> roots, DirectiveStatus status) {
        return statement.param("roots", Scope.asArray(roots)).param("status", status == null ? null : status.name());
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

    void revise(long id, DirectiveContent c, int version, DirectiveStatus from, DirectiveStatus to) {
        int rows = jdbc.sql("""
                        update directive.directives set type_code = :type, title = :title, summary = :summary,
                            programme_id = :programme, theme_id = :theme, deadline = :deadline, target_mode = :mode,
                            target_level = :level, target_root_id = :root, status = :to, version = version + 1,
                            updated_at = now()
                        where id = :id and version = :version and status = :from
                        """)
                .paramSource(content(c)
                        .addValue("id", id)
                        .addValue("version", version)
                        .addValue("from", from.name())
                        .addValue("to", to.name()))
                .update();
        requireOne(rows, id);
        replaceChosenTargets(id, c);
    }

    private void replaceChosenTargets(long id, DirectiveContent c) {
        jdbc.sql("delete from directive.chosen_targets where directive_id = ?")
                .param(id)
                .update();
        if (c.targetMode() == TargetMode.CHOSEN && c.chosenTargetIds() != null) {
            jdbc.sql("""
                            insert into directive.chosen_targets (directive_id, organization_id)
                            select ?, o from unnest(?::bigint[]) as o
                            """)
                    .params(id, Set.copyOf(c.chosenTargetIds()).toArray(Long[]::new))
                    .update();
        }
    }

    void markIssued(
            long id,
            LocalDate issuedOn,
            int number,
            String symbol,
            int version,
            DirectiveStatus from,
            DirectiveStatus to) {
        int rows = jdbc.sql("""
                        update directive.directives set status = ?, issued_on = ?, number = ?, symbol = ?,
                            version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = ?
                        """)
                .params(to.name(), issuedOn, number, symbol, id, version, from.name())
                .update();
        requireOne(rows, id);
    }

    void correct(
            long id,
            String title,
            String summary,
            LocalDate deadline,
            int version,
            DirectiveStatus from,
            DirectiveStatus to) {
        int rows = jdbc.sql("""
                        update directive.directives set title = ?, summary = ?, deadline = ?, status = ?,
                            version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = ?
                        """)
                .params(title, summary, deadline, to.name(), id, version, from.name())
                .update();
        requireOne(rows, id);
    }

    void end(long id, DirectiveStatus from, DirectiveStatus to, String reason, Long supersededById, int version) {
        int rows = jdbc.sql("""
                        update directive.directives set status = ?, status_reason = ?, superseded_by_id = ?,
                            version = version + 1, updated_at = now()
                        where id = ? and version = ? and status = ?
                        """)
                .params(to.name(), reason, supersededById, id, version, from.name())
                .update();
        requireOne(rows, id);
    }

    void insertTargets(long id, List<Long> organizations) {
        jdbc.sql("""
                        insert into directive.targets (directive_id, organization_id)
                        select ?, o from unnest(?::bigint[]) as o
                        """).params(id, organizations.toArray(Long[]::new)).update();
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

    record InboxRow(DirectiveView directive, long organizationId, LocalDate firstHeldOn) {}

    /**
     * The targets of {@link #inbox}: of issued directives, in the subtrees of {@code :roots}; with {@code :open}, only
     * those of directives in force with no session yet.
     */
    private static final String INBOX = """
            from directive.directives d join directive.targets t on t.directive_id = d.id
            where d.status <> :draft and t.organization_id in (select organization.subtree_ids(:roots))
              and (not :open or (d.status = :issued and not exists (
                   select 1 from directive.disseminations s
                   where s.directive_id = d.id and s.organization_id = t.organization_id)))
            """;

    /** Issued directives addressed to organisations in the subtrees of {@code roots}, deadline first. */
    List<InboxRow> inbox(Set<Long> roots, boolean openOnly, int limit, long offset) {
        return inboxParams(
                        jdbc.sql(DIRECTIVE.replace("from directive.directives d", """
                        , t.organization_id as target_id,
                          (select min(s.held_on) from directive.disseminations s
                           where s.directive_id = d.id and s.organization_id = t.organization_id) as first_held
                        """ + INBOX) + """
                        order by d.deadline nulls last, d.issued_on desc, d.id, t.organization_id
                        limit :limit offset :offset
                        """), roots, openOnly)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, i) ->
                        new InboxRow(map(rs, i), rs.getLong("target_id"), rs.getObject("first_held", LocalDate.class)))
                .list();
    }

    long countInbox(Set<Long> roots, boolean openOnly) {
        return inboxParams(jdbc.sql("select count(*) " + INBOX), roots, openOnly)
                .query(Long.class)
                .single();
    }

    private static JdbcClient.StatementSpec inboxParams(
            JdbcClient.StatementSpec statement, Set<Long> roots, boolean openOnly) {
        return statement
                .param("roots", Scope.asArray(roots))
                .param("open", openOnly)
                .param("draft", DirectiveStatus.DRAFT.name())
                .param("issued", DirectiveStatus.ISSUED.name());
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
