package vn.lamtheobac.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.programme.ProgrammeCommands.AddTheme;
import vn.lamtheobac.programme.ProgrammeCommands.CreateProgramme;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;

/**
 * Programmes and their themes. A programme belongs to the committee that runs it; whoever holds a grant in that
 * committee's subtree, or above it, sees it. Officers of a committee create its programmes and themes.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeManagement {

    private static final String PROGRAMME = """
            select p.id, p.organization_id, p.title, p.reference, p.description, p.starts_year, p.ends_year, p.version
            from programme.programmes p
            """;
    private static final String THEME = """
            select t.id, t.programme_id, t.organization_id, t.kind, t.year, t.title, t.description, t.parent_id
            from programme.themes t
            """;

    /** Visible to the caller: in the caller's subtrees, or run by a committee above them. */
    private static final String VISIBLE = """
             (organization_id in (select organization.subtree_ids(:roots))
              or organization_id in (select organization.ancestor_ids(:roots)))
            """;

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;

    ProgrammeManagement(JdbcClient jdbc, OrganizationManagement organizations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.events = events;
    }

    public List<ProgrammeView> list(Scope scope) {
        if (scope.roots().isEmpty()) {
            return List.of();
        }
        return named(jdbc.sql(PROGRAMME + " where " + VISIBLE.replace("organization_id", "p.organization_id")
                        + " order by p.starts_year desc, p.id desc")
                .param("roots", Scope.asArray(scope.roots()))
                .query(ProgrammeManagement::mapProgramme)
                .list());
    }

    public ProgrammeView get(long id, Scope scope) {
        var programme = jdbc.sql(PROGRAMME + " where p.id = ?")
                .param(id)
                .query(ProgrammeManagement::mapProgramme)
                .optional()
                .orElseThrow(() -> new NotFoundException("Programme", id));
        if (!visible(programme.organizationId(), scope.roots())) {
            events.publishEvent(new AccessDenied("Programme", String.valueOf(id), "out of scope"));
            throw new NotFoundException("Programme", id);
        }
        return named(List.of(programme)).get(0);
    }

    /** The themes of a programme the caller may see: those of committees in or above the caller's subtrees. */
    public List<ThemeView> themes(long programmeId, Scope scope) {
        get(programmeId, scope);
        return namedThemes(jdbc.sql(THEME + " where t.programme_id = :programme and "
                        + VISIBLE.replace("organization_id", "t.organization_id")
                        + " order by t.kind desc, t.year, t.parent_id nulls first, t.id")
                .param("programme", programmeId)
                .param("roots", Scope.asArray(scope.roots()))
                .query(ProgrammeManagement::mapTheme)
                .list());
    }

    /**
     * The themes that apply to an organisation in a year: its own and those of every committee above it, the whole-term
     * ones first, then the annual ones from the top of the tree down (so the last is the nearest committee's). Used when a directive, a commitment or an initiative is registered under a theme.
     */
    public List<ThemeView> themesFor(long organizationId, int year) {
        return namedThemes(jdbc.sql(THEME + """
                         where t.organization_id in (select organization.ancestor_ids(array[?]::bigint[]))
                           and (t.kind = 'WHOLE_TERM' or t.year = ?)
                         order by t.kind desc,
                                  (select count(*) from organization.ancestor_ids(array[t.organization_id])), t.id
                        """)
                .params(organizationId, year)
                .query(ProgrammeManagement::mapTheme)
                .list());
    }

    public Optional<ThemeView> theme(long id) {
        return jdbc.sql(THEME + " where t.id = ?")
                .param(id)
                .query(ProgrammeManagement::mapTheme)
                .optional()
                .map(t -> namedThemes(List.of(t)).get(0));
    }

    /** Whether the caller may add programmes and themes for {@code organizationId}. */
    public boolean canManage(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.ISSUE_DOCUMENTS);
    }

    @Transactional
    public long create(CreateProgramme command, Scope scope) {
        requireManager(command.organizationId(), scope);
        if (command.title() == null || command.title().isBlank()) {
            throw BusinessRuleException.atField("title", "programme.error.title");
        }
        if (command.startsYear() < 2000 || command.startsYear() > 2100) {
            throw BusinessRuleException.atField("startsYear", "programme.error.year");
        }
        if (command.endsYear() < command.startsYear() || command.endsYear() > 2100) {
            throw BusinessRuleException.atField("endsYear", "programme.error.period");
        }
        long id = jdbc.sql("""
                        insert into programme.programmes (organization_id, title, reference, description, starts_year,
                            ends_year) values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        command.organizationId(),
                        command.title().trim(),
                        trim(command.reference()),
                        trim(command.description()),
                        command.startsYear(),
                        command.endsYear())
                .query(Long.class)
                .single();
        events.publishEvent(DataChanged.created("Programme", id, command));
        return id;
    }

    @Transactional
    public long addTheme(AddTheme command, Scope scope) {
        var programme = get(command.programmeId(), scope);
        requireManager(command.organizationId(), scope);
        if (!organizations.isWithin(command.organizationId(), Set.of(programme.organizationId()))) {
            throw BusinessRuleException.atField("organizationId", "theme.error.outsideProgramme");
        }
        if (command.kind() == null) {
            throw BusinessRuleException.atField("kind", "theme.error.kind");
        }
        if (command.title() == null || command.title().isBlank()) {
            throw BusinessRuleException.atField("title", "theme.error.title");
        }
        Integer year = command.kind() == ThemeKind.ANNUAL ? command.year() : null;
        if (command.kind() == ThemeKind.ANNUAL
                && (year == null || year < programme.startsYear() || year > programme.endsYear())) {
            throw BusinessRuleException.atField(
                    "year", "theme.error.yearOutsidePeriod", programme.startsYear(), programme.endsYear());
        }
        if (command.parentId() != null) {
            var parent = theme(command.parentId())
                    .orElseThrow(() -> BusinessRuleException.atField("parentId", "theme.error.parent"));
            boolean above = parent.organizationId() != command.organizationId()
                    && organizations.isWithin(command.organizationId(), Set.of(parent.organizationId()));
            if (parent.programmeId() != programme.id()
                    || !above
                    || parent.kind() != ThemeKind.ANNUAL
                    || !parent.year().equals(year)) {
                throw BusinessRuleException.atField("parentId", "theme.error.parent");
            }
        }
        boolean taken = jdbc.sql("""
                        select exists (select 1 from programme.themes where programme_id = ? and organization_id = ?
                                       and kind = ? and year is not distinct from ?)
                        """)
                .params(programme.id(), command.organizationId(), command.kind().name(), year)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw BusinessRuleException.atField(
                    command.kind() == ThemeKind.ANNUAL ? "year" : "kind", "theme.error.taken");
        }
        long id = jdbc.sql("""
                        insert into programme.themes (programme_id, organization_id, kind, year, title, description,
                            parent_id) values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        programme.id(),
                        command.organizationId(),
                        command.kind().name(),
                        year,
                        command.title().trim(),
                        trim(command.description()),
                        command.parentId())
                .query(Long.class)
                .single();
        events.publishEvent(DataChanged.created("Theme", id, command));
        return id;
    }

    private boolean visible(long organizationId, Set<Long> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        return organizations.isWithin(organizationId, roots)
                || jdbc.sql("select ? in (select organization.ancestor_ids(?))")
                        .params(organizationId, Scope.asArray(roots))
                        .query(Boolean.class)
                        .single();
    }

    private void requireManager(long organizationId, Scope scope) {
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField("organizationId", "person.error.organizationOutOfScope");
        }
        if (!canManage(organizationId, scope)) {
            throw new ForbiddenException("organization.error.notOrganizer");
        }
    }

    private List<ProgrammeView> named(List<ProgrammeView> rows) {
        var names = organizations.names(
                rows.stream().map(ProgrammeView::organizationId).toList());
        return rows.stream()
                .map(p -> new ProgrammeView(
                        p.id(),
                        p.organizationId(),
                        names.get(p.organizationId()),
                        p.title(),
                        p.reference(),
                        p.description(),
                        p.startsYear(),
                        p.endsYear(),
                        p.version()))
                .toList();
    }

    private List<ThemeView> namedThemes(List<ThemeView> rows) {
        var names =
                organizations.names(rows.stream().map(ThemeView::organizationId).toList());
        return rows.stream()
                .map(t -> new ThemeView(
                        t.id(),
                        t.programmeId(),
                        t.organizationId(),
                        names.get(t.organizationId()),
                        t.kind(),
                        t.year(),
                        t.title(),
                        t.description(),
                        t.parentId()))
                .toList();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ProgrammeView mapProgramme(ResultSet rs, int row) throws SQLException {
        return new ProgrammeView(
                rs.getLong(1),
                rs.getLong(2),
                null,
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8));
    }

    private static ThemeView mapTheme(ResultSet rs, int row) throws SQLException {
        return new ThemeView(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                null,
                ThemeKind.valueOf(rs.getString(4)),
                (Integer) rs.getObject(5),
                rs.getString(6),
                rs.getString(7),
                (Long) rs.getObject(8));
    }
}
