package vn.lamtheobac.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.shared.Scope;

/** The organisation tree in {@code organization.organizations}, kept with an ltree path of ids. */
@Repository
class Organizations {

    private static final String SELECT = """
            select o.id, o.parent_id, o.name, o.abbreviation, o.committee_name, o.place, o.type_code, o.status, o.merged_into_id,
                   o.dissolved_on, nlevel(o.path) as depth, o.version,
                   (select count(*) from organization.organizations c
                     where c.parent_id = o.id and c.status = 'ACTIVE') as child_count
            from organization.organizations o
            """;

    private final JdbcClient jdbc;
    private volatile Map<String, OrganizationType> types;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, OrganizationType> types() {
        var cached = types;
        if (cached == null) {
            cached = jdbc
                    .sql("select code, name_vi, name_en, level_class from organization.organization_types"
                            + " order by sort_order")
                    .query((rs, i) -> new OrganizationType(
                            rs.getString(1), rs.getString(2), rs.getString(3), LevelClass.valueOf(rs.getString(4))))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(
                            OrganizationType::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            types = cached;
        }
        return cached;
    }

    Optional<OrganizationView> findById(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::map).optional();
    }

    /** Whether {@code id} lies in the subtree of one of {@code roots}. */
    boolean isWithin(long id, Set<Long> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from organization.organizations o
                                       join organization.organizations r on o.path <@ r.path
                                       where o.id = ? and r.id = any (?))
                        """)
                .param(id)
                .param(Scope.asArray(roots))
                .query(Boolean.class)
                .single();
    }

    /** Which of {@code ids} lie in the subtree of one of {@code roots}, in one round trip. */
    Set<Long> within(Collection<Long> ids, Set<Long> roots) {
        if (roots.isEmpty() || ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct o.id from organization.organizations o
                        join organization.organizations r on o.path <@ r.path
                        where o.id = any (?) and r.id = any (?)
                        """)
                .param(Scope.asArray(Set.copyOf(ids)))
                .param(Scope.asArray(roots))
                .query(Long.class)
                .list());
    }

    List<OrganizationView> children(long parentId) {
        return jdbc.sql(SELECT + " where o.parent_id = ? order by o.status, o.type_code, o.name")
                .param(parentId)
                .query(this::map)
                .list();
    }

    /** The given organisations, minus those lying under another one of them (so a subtree is listed once). */
    List<OrganizationView> topmost(Set<Long> ids) {
        return jdbc.sql(SELECT + """
                         where o.id = any (:ids)
                           and not exists (select 1 from organization.organizations a
                                           where a.id = any (:ids) and a.id <> o.id and o.path <@ a.path)
                         order by nlevel(o.path), o.name
                        """)
                .param("ids", Scope.asArray(ids))
                .query(this::map)
                .list();
    }

    List<OrganizationView> ancestors(long id) {
        return jdbc.sql(SELECT + """
                         join organization.organizations t on o.path @> t.path
                         where t.id = ? order by nlevel(o.path)
                        """).param(id).query(this::map).list();
    }

    List<OrganizationView> search(String text, Set<Long> roots, int limit) {
        return jdbc.sql(SELECT + """
                         where o.id in (select organization.subtree_ids(:roots))
                           and public.search_text(o.name) like '%' || public.search_text(:text) || '%'
                           and o.status = 'ACTIVE'
                         order by nlevel(o.path), o.name
                         limit :limit
                        """)
                .param("roots", Scope.asArray(roots))
                .param("text", text)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Organisations in scope whose name equals {@code name} ignoring case and diacritics. */
    List<OrganizationView> findByName(String name, Set<Long> roots) {
        return jdbc.sql(SELECT + """
                         where o.id in (select organization.subtree_ids(:roots))
                           and public.search_text(o.name) = public.search_text(:name)
                           and o.status = 'ACTIVE'
                        """)
                .param("roots", Scope.asArray(roots))
                .param("name", name.trim())
                .query(this::map)
                .list();
    }

    Map<LevelClass, Long> countByLevel(Set<Long> roots) {
        var counts = new java.util.EnumMap<LevelClass, Long>(LevelClass.class);
        if (roots.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select t.level_class, count(*) from organization.organizations o
                        join organization.organization_types t on t.code = o.type_code
                        where o.id in (select organization.subtree_ids(?)) and o.status = 'ACTIVE'
                        group by t.level_class
                        """)
                .param(Scope.asArray(roots))
                .query((rs, i) -> counts.put(LevelClass.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Active organisations of a level class in the subtree of {@code root} (root included). */
    List<Long> activeOfLevel(long root, LevelClass level) {
        return jdbc.sql("""
                        select o.id from organization.organizations o
                        join organization.organization_types t on t.code = o.type_code
                        where o.id in (select organization.subtree_ids(array[?]::bigint[]))
                          and o.status = 'ACTIVE' and t.level_class = ?
                        order by o.path
                        """).params(root, level.name()).query(Long.class).list();
    }

    /** The nearest organisation of {@code level} at or above {@code id}. */
    Optional<Long> nearestCommonAncestor(long a, long b) {
        return jdbc.sql("""
                        select c.id from organization.organizations c
                        where c.path @> (select path from organization.organizations where id = ?)
                          and c.path @> (select path from organization.organizations where id = ?)
                        order by nlevel(c.path) desc limit 1
                        """).params(a, b).query(Long.class).optional();
    }

    Optional<Long> nearestOfLevel(long id, LevelClass level) {
        return jdbc.sql("""
                        select a.id from organization.organizations o
                        join organization.organizations a on a.path @> o.path
                        join organization.organization_types t on t.code = a.type_code
                        where o.id = ? and t.level_class = ?
                        order by nlevel(a.path) desc limit 1
                        """).params(id, level.name()).query(Long.class).optional();
    }

    List<Long> rootIds() {
        return jdbc.sql("select id from organization.organizations where parent_id is null and status = 'ACTIVE'"
                        + " order by id")
                .query(Long.class)
                .list();
    }

    Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name from organization.organizations where id = any (?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long insert(Long parentId, String typeCode, String name, String abbreviation) {
        return jdbc.sql("""
                        with n as (select nextval(pg_get_serial_sequence('organization.organizations', 'id')) as id)
                        insert into organization.organizations (id, parent_id, type_code, name, abbreviation, path)
                        select n.id, :parent, :type, :name, :abbreviation,
                               coalesce((select p.path from organization.organizations p where p.id = :parent),
                                        ''::ltree) || n.id::text::ltree
                        from n
                        returning id
                        """)
                .param("parent", parentId)
                .param("type", typeCode)
                .param("name", name)
                .param("abbreviation", abbreviation)
                .query(Long.class)
                .single();
    }

    void update(long id, String name, String abbreviation, String committeeName, String place, int version) {
        int rows = jdbc.sql("""
                        update organization.organizations
                        set name = :name, abbreviation = :abbreviation, committee_name = :committeeName, place = :place,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("name", name)
                .param("abbreviation", abbreviation)
                .param("committeeName", committeeName)
                .param("place", place)
                .param("id", id)
                .param("version", version)
                .update();
        requireOne(rows, id);
    }

    boolean isDescendantOrSelf(long candidate, long ancestor) {
        return jdbc.sql("""
                        select exists (select 1 from organization.organizations c, organization.organizations a
                                       where c.id = ? and a.id = ? and c.path <@ a.path)
                        """)
                .param(candidate)
                .param(ancestor)
                .query(Boolean.class)
                .single();
    }

    /** Hangs {@code id} under {@code newParentId}; its whole subtree's paths are rewritten by one statement. */
    void move(long id, long newParentId, int version) {
        int rows = jdbc.sql("""
                        update organization.organizations
                        set parent_id = :parent, version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("parent", newParentId)
                .param("id", id)
                .param("version", version)
                .update();
        requireOne(rows, id);
        jdbc.sql("""
                        update organization.organizations o
                        set path = p.path || subpath(o.path, nlevel(m.path) - 1)
                        from organization.organizations m, organization.organizations p
                        where m.id = :id and p.id = :parent and o.path <@ m.path
                        """).param("id", id).param("parent", newParentId).update();
    }

    /** Re-hangs every child subtree of {@code from} under {@code into} in one statement and marks {@code from} merged. */
    void merge(long from, long into, LocalDate on, int version) {
        int rows = jdbc.sql("""
                        update organization.organizations
                        set status = 'DISSOLVED', merged_into_id = :into, dissolved_on = :on,
                            version = version + 1, updated_at = now()
                        where id = :from and version = :version and status = 'ACTIVE'
                        """)
                .param("into", into)
                .param("on", on)
                .param("from", from)
                .param("version", version)
                .update();
        requireOne(rows, from);
        jdbc.sql("""
                        update organization.organizations o
                        set path = t.path || subpath(o.path, nlevel(f.path)),
                            parent_id = case when o.parent_id = f.id then t.id else o.parent_id end,
                            updated_at = now()
                        from organization.organizations f, organization.organizations t
                        where f.id = :from and t.id = :into and o.path <@ f.path and o.id <> f.id
                        """).param("from", from).param("into", into).update();
    }

    int activeChildCount(long id) {
        return jdbc.sql("select count(*) from organization.organizations where parent_id = ? and status = 'ACTIVE'")
                .param(id)
                .query(Integer.class)
                .single();
    }

    void dissolve(long id, LocalDate on, int version) {
        int rows = jdbc.sql("""
                        update organization.organizations
                        set status = 'DISSOLVED', dissolved_on = :on, version = version + 1, updated_at = now()
                        where id = :id and version = :version and status = 'ACTIVE'
                        """)
                .param("on", on)
                .param("id", id)
                .param("version", version)
                .update();
        requireOne(rows, id);
    }

    List<CommitteeTerm> terms(long organizationId) {
        return jdbc.sql("""
                        select id, organization_id, name, starts_on, ends_on from organization.committee_terms
                        where organization_id = ? order by starts_on desc
                        """)
                .param(organizationId)
                .query((rs, i) -> new CommitteeTerm(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    long insertTerm(long organizationId, String name, LocalDate startsOn, LocalDate endsOn) {
        return jdbc.sql("""
                        insert into organization.committee_terms (organization_id, name, starts_on, ends_on)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(organizationId, name, startsOn, endsOn)
                .query(Long.class)
                .single();
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Organisation " + id + " was changed by someone else");
        }
    }

    private OrganizationView map(ResultSet rs, int row) throws SQLException {
        return new OrganizationView(
                rs.getLong("id"),
                (Long) rs.getObject("parent_id"),
                rs.getString("name"),
                rs.getString("abbreviation"),
                rs.getString("committee_name"),
                rs.getString("place"),
                types().get(rs.getString("type_code")),
                OrganizationStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("merged_into_id"),
                rs.getObject("dissolved_on", LocalDate.class),
                rs.getInt("depth"),
                rs.getInt("child_count"),
                rs.getInt("version"));
    }
}
