package vn.lamtheobac.organization;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.Scope;

/**
 * Finds the organisation a file names (an import's cell) by its code, by its path of names or by its name, and writes
 * an organisation's path of names the way such a file carries it. Names are compared as {@code public.search_text}
 * compares them (case and diacritics ignored), among active organisations only.
 */
@Component
class OrganizationLookup {

    /** How the names of a path are separated: a slash with a space on at least one side ("3/2" stays one name). */
    static final String SEPARATOR = " / ";

    private static final Pattern SPLIT = Pattern.compile("\\s+/\\s*|\\s*/\\s+");
    private static final Pattern CODE = Pattern.compile("\\d{1,18}");

    private final JdbcClient jdbc;

    OrganizationLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation the caller reads, and whether it holds the roles asked for over it. */
    private record Candidate(long id, boolean writable) {}

    OrganizationMatch resolve(String code, String nameOrPath, Set<Long> readable, Set<Long> writable) {
        if (readable.isEmpty()) {
            return OrganizationMatch.UNKNOWN;
        }
        String cleanCode = clean(code);
        if (cleanCode != null) {
            if (!CODE.matcher(cleanCode).matches()) {
                return OrganizationMatch.UNKNOWN;
            }
            return byCode(Long.parseLong(cleanCode), readable, writable)
                    .map(c -> c.writable() ? new OrganizationMatch.Found(c.id()) : OrganizationMatch.OUT_OF_SCOPE)
                    .orElse(OrganizationMatch.UNKNOWN);
        }
        String text = clean(nameOrPath);
        if (text == null) {
            return OrganizationMatch.UNKNOWN;
        }
        var parts = Arrays.stream(SPLIT.split(text)).map(String::strip).toList();
        if (parts.stream().anyMatch(String::isEmpty)) {
            parts = List.of(text);
        }
        var candidates = byPath(parts, readable, writable);
        if (candidates.isEmpty() && parts.size() > 1) {
            candidates = byPath(List.of(text), readable, writable); // a name that itself holds " / "
        }
        var mine = candidates.stream()
                .filter(Candidate::writable)
                .map(Candidate::id)
                .toList();
        if (mine.size() == 1) {
            return new OrganizationMatch.Found(mine.get(0));
        }
        if (mine.size() > 1) {
            return new OrganizationMatch.Ambiguous(
                    pathNames(mine, readable).values().stream().sorted().toList());
        }
        return candidates.isEmpty() ? OrganizationMatch.UNKNOWN : OrganizationMatch.OUT_OF_SCOPE;
    }

    /**
     * Each organisation's names from the topmost of {@code roots} that holds it down to itself, " / " separated; an
     * organisation under none of {@code roots} is left out. One query for all of them.
     */
    Map<Long, String> pathNames(Collection<Long> ids, Set<Long> roots) {
        if (ids.isEmpty() || roots.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select o.id, string_agg(a.name, :separator order by nlevel(a.path)) as names
                        from organization.organizations o
                        join organization.organizations a on a.path @> o.path
                        where o.id = any (:ids)
                          and a.path <@ (select r.path from organization.organizations r
                                         where r.id = any (:roots) and r.path @> o.path
                                         order by nlevel(r.path) limit 1)
                        group by o.id
                        """)
                .param("separator", SEPARATOR)
                .param("ids", Scope.asArray(Set.copyOf(ids)))
                .param("roots", Scope.asArray(roots))
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Optional<Candidate> byCode(long id, Set<Long> readable, Set<Long> writable) {
        return jdbc.sql("""
                        select o.id, o.id in (select organization.subtree_ids(:writable)) as writable
                        from organization.organizations o
                        where o.id = :id and o.status = 'ACTIVE'
                          and o.id in (select organization.subtree_ids(:readable))
                        """)
                .param("id", id)
                .param("readable", Scope.asArray(readable))
                .param("writable", Scope.asArray(writable))
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getBoolean(2)))
                .optional();
    }

    /**
     * Active organisations the caller reads whose last names up the tree are {@code names} (the organisation's own
     * name last): a suffix of its path from the root of the whole tree, so a path written from any committee above it
     * matches, and a bare name is a path of one. The own name is compared first, where the trigram index on {@code
     * search_text(name)} answers, so only its few namesakes have their paths read.
     */
    private List<Candidate> byPath(List<String> names, Set<Long> readable, Set<Long> writable) {
        return jdbc.sql("""
                        with wanted as (
                            select array_agg(public.search_text(n.name) order by n.i desc) as names
                            from unnest(cast(:names as text[])) with ordinality as n(name, i))
                        select o.id, o.id in (select organization.subtree_ids(:writable)) as writable
                        from organization.organizations o, wanted w
                        where o.id in (select organization.subtree_ids(:readable))
                          and o.status = 'ACTIVE'
                          and public.search_text(o.name) = public.search_text(:name)
                          and (select array_agg(public.search_text(a.name) order by nlevel(a.path) desc)
                               from organization.organizations a
                               where a.path @> o.path)[1 : cardinality(w.names)] = w.names
                        order by o.id
                        """)
                .param("names", names.toArray(String[]::new))
                .param("name", names.get(names.size() - 1))
                .param("readable", Scope.asArray(readable))
                .param("writable", Scope.asArray(writable))
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getBoolean(2)))
                .list();
    }

    /** NFC, trimmed, inner runs of white space (non-breaking ones too) as one space; blank is {@code null}. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .strip();
        return text.isEmpty() ? null : text;
    }
}
