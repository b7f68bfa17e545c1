package vn.lamtheobac.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.DataChangedInBulk;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SecurityAlert;
import vn.lamtheobac.shared.SensitiveDataAccessed;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Writes and reads the audit trail. Changes are recorded in the changing transaction (a rolled-back change leaves no
 * line); sign-ins, denials and reads in a transaction of their own, so they are kept even when the request fails.
 */
@Service
public class AuditTrail {

    /** The longest value kept in an indexed column (a B-tree entry holds about 2,700 bytes). */
    static final int INDEXED = 500;

    /** The longest detail kept. */
    static final int DETAIL = 4000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DataChanged event) {
        write(
                event.kind().name(),
                event.entityType(),
                event.entityId(),
                toJson(event.before()),
                toJson(event.after()),
                null,
                currentActor());
    }

    /** One line per record, written with one statement, in the changing transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DataChangedInBulk event) {
        if (event.changes().isEmpty()) {
            return;
        }
        var changes = event.changes();
        jdbc.sql("""
                        insert into audit.entries (actor, action, entity_type, entity_id, before, after, client_ip)
                        select ?, ?, ?, id, b::jsonb, a::jsonb, ?
                        from unnest(?::text[], ?::text[], ?::text[]) as c(id, b, a)
                        """)
                .params(
                        fit(currentActor(), INDEXED),
                        event.kind().name(),
                        fit(event.entityType(), INDEXED),
                        fit(clientIp(), INDEXED),
                        changes.stream().map(c -> fit(c.entityId(), INDEXED)).toArray(String[]::new),
                        changes.stream()
                                .map(DataChangedInBulk.Change::beforeJson)
                                .toArray(String[]::new),
                        changes.stream()
                                .map(DataChangedInBulk.Change::afterJson)
                                .toArray(String[]::new))
                .update();
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SensitiveDataAccessed event) {
        write(
                "SENSITIVE_" + event.access().name(),
                event.entityType(),
                event.entityId(),
                null,
                null,
                event.detail(),
                currentActor());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AccessDenied event) {
        write("ACCESS_DENIED", event.entityType(), event.entityId(), null, null, event.reason(), currentActor());
    }

    /** An alert line: who it concerns is the actor (a user name as typed, for sign-in alerts). */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SecurityAlert event) {
        write(
                "SECURITY_ALERT",
                "Account",
                null,
                null,
                null,
                "kind=" + event.kind() + " " + event.detail(),
                event.subject());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationSuccessEvent event) {
        write(
                "LOGIN_SUCCESS",
                "Account",
                null,
                null,
                null,
                null,
                event.getAuthentication().getName());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AbstractAuthenticationFailureEvent event) {
        write(
                "LOGIN_FAILURE",
                "Account",
                null,
                null,
                null,
                event.getException().getClass().getSimpleName(),
                event.getAuthentication().getName());
    }

    /** Browses the trail, newest first; administrators only. */
    @Transactional(readOnly = true)
    public Paged<AuditEntry> search(AuditQuery query, Scope scope) {
        if (!scope.has(Role.ADMIN)) {
            throw new ForbiddenException("account.error.adminOnly");
        }
        var where = new StringBuilder(" where true");
        var params = new ArrayList<Object>();
        if (query.actor() != null) {
            where.append(" and actor = ?");
            params.add(query.actor());
        }
        if (query.action() != null) {
            where.append(" and action = ?");
            params.add(query.action());
        }
        if (query.entityType() != null) {
            where.append(" and entity_type = ?");
            params.add(query.entityType());
        }
        if (query.entityId() != null) {
            where.append(" and entity_id = ?");
            params.add(query.entityId());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.valueOf(query.from().atStartOfDay()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.valueOf(query.to().plusDays(1).atStartOfDay()));
        }
        long total = jdbc.sql("select count(*) from audit.entries" + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(query.page().size());
        pageParams.add(query.page().offset());
        List<AuditEntry> rows = jdbc.sql("""
                        select id, occurred_at, actor, action, entity_type, entity_id, before::text, after::text, detail,
                               client_ip
                        from audit.entries""" + where + " order by id desc limit ? offset ?")
                .params(pageParams)
                .query((rs, i) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant().atZone(VietnamTime.ZONE),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
        return Paged.of(rows, query.page().number(), query.page().size(), total);
    }

    /** The actions that appear in the trail, for the filter. */
    public static List<String> actions() {
        return List.of(
                "CREATE",
                "UPDATE",
                "DELETE",
                "LOGIN_SUCCESS",
                "LOGIN_FAILURE",
                "ACCESS_DENIED",
                "SECURITY_ALERT",
                "SENSITIVE_READ",
                "SENSITIVE_EXPORT");
    }

    /** The kinds of record the modules report changes, reads and denials of, for the filter and their names. */
    public static List<String> entityTypes() {
        return List.of(
                "Account",
                "Grant",
                "AccessToken",
                "Organization",
                "CommitteeTerm",
                "Person",
                "DisciplineRecord",
                "Programme",
                "Theme",
                "IssuedDocument",
                "Directive",
                "DirectiveAttachment",
                "Dissemination",
                "Commitment",
                "Initiative",
                "InitiativeProgress",
                "InitiativePhoto",
                "EvaluationRound",
                "Evaluation",
                "EmulationMovement",
                "Nomination",
                "CommendationDecision",
                "Commendation",
                "AwardForm",
                "Url");
    }

    private void write(
            String action,
            String entityType,
            String entityId,
            String before,
            String after,
            String detail,
            String actor) {
        jdbc.sql("""
                        insert into audit.entries (actor, action, entity_type, entity_id, before, after, detail, client_ip)
                        values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                        """)
                .params(
                        fit(actor, INDEXED),
                        fit(action, INDEXED),
                        fit(entityType, INDEXED),
                        fit(entityId, INDEXED),
                        before,
                        after,
                        fit(detail, DETAIL),
                        fit(clientIp(), INDEXED))
                .update();
    }

    /**
     * What goes into a column, fitted so that the line is never lost: the indexed columns (actor, entity) hold at most
     * {@value #INDEXED} characters, the detail {@value #DETAIL}, a longer value ending in "…"; a control character
     * (PostgreSQL refuses a NUL in text) is shown as U+FFFD. A 100,000-character user name or a 6,500-character
     * address is still recorded, recognisably.
     */
    static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        var out = new StringBuilder(Math.min(value.length(), max + 1));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            out.append(Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' ? '\uFFFD' : c);
        }
        if (out.length() < value.length()) {
            if (Character.isHighSurrogate(out.charAt(out.length() - 1))) {
                out.setLength(out.length() - 1);
            }
            out.append('…');
        }
        return out.toString();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
