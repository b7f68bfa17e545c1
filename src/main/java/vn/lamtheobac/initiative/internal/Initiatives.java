package vn.lamtheobac.initiative.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.IndicatorView;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.initiative.InitiativeView;
import vn.lamtheobac.shared.Scope;

/**
 * Initiatives, their indicators, progress updates with values and photos in {@code initiative.*}. Names of
 * organisations, people, themes and files are filled in by the caller.
 */
@Repository
class Initiatives {

    private static final String INITIATIVE = """
            select i.id, i.kind, i.organization_id, i.person_id, i.field, i.theme_id, i.year, i.title, i.description,
                   i.starts_on, i.ends_on, i.status, i.completed_on, i.evaluation, i.evaluation_remarks,
                   i.evaluated_on, i.evaluated_by_organization_id, i.recognised_as_good_model,
                   i.recognised_by_organization_id, i.recognised_on, i.replicated_from_id, i.consent_recorded_on,
                   i.consent_note, i.published, i.version,
                   (select s.title from initiative.initiatives s where s.id = i.replicated_from_id) as source_title,
                   (select count(*) from initiative.initiatives r where r.replicated_from_id = i.id)::int
                       as replications
            from initiative.initiatives i
            """;

    /** The latest value of indicator {@code d}: that of the most recent update (by date, then entry) reporting it. */
    private static final String LATEST = """
            (select pv.value from initiative.progress_values pv
             join initiative.progress_updates pu on pu.id = pv.update_id
             where pv.indicator_id = d.id
             order by pu.reported_on desc, pu.id desc limit 1)""";

    /**
     * A list row. The progress is computed exactly as {@link IndicatorView#percentOf} and {@link
     * InitiativeDetail#progressOf} do: each indicator's latest ÷ target in whole percent rounded down, capped at 100
     * (a target of 0: 100 once the latest value is 0, else 0), then the average rounded down.
     */
    private static final String ROW = """
            select i.id, i.kind, i.organization_id, i.person_id, i.field, i.year, i.title, i.status, i.evaluation,
                   i.starts_on, i.ends_on, i.recognised_as_good_model, i.replicated_from_id, i.published,
                   (select count(*) from initiative.initiatives r where r.replicated_from_id = i.id)::int
                       as replications,
                   coalesce((select floor(avg(case
                                 when d.target_value > 0 then least(100, floor(coalesce(%1$s, 0) * 100 / d.target_value))
                                 when %1$s <= 0 then 100
                                 else 0 end))
                             from initiative.indicators d where d.initiative_id = i.id), 0)::int as progress
            from initiative.initiatives i
            """.formatted(LATEST);

    private final JdbcClient jdbc;

    Initiatives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The initiative with its indicators; without names and without its progress history. */
    Optional<InitiativeDetail> findById(long id) {
        var indicators = indicators(id);
        return jdbc.sql(INITIATIVE + " where i.id = ?")
                .param(id)
                .query((rs, i) -> map(rs, indicators))
                .optional();
    }

    List<IndicatorView> indicators(long initiativeId) {
        return jdbc.sql("select d.id, d.position, d.name, d.target_value, d.unit, " + LATEST + """
                         as latest
                        from initiative.indicators d where d.initiative_id = ? order by d.position
                        """)
                .param(initiativeId)
                .query((rs, i) -> IndicatorView.of(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("name"),
                        rs.getBigDecimal("target_value"),
                        rs.getString("unit"),
                        rs.getBigDecimal("latest")))
                .list();
    }

    /**
     * A page of the initiatives the caller sees: owned within the subtrees of {@code roots}, good models recognised
     * by a committee at or above one of {@code roots}, and {@code personId}'s own.
     */
    List<InitiativeView> page(InitiativeQuery query, Set<Long> roots, Long personId) {
        var sql = new StringBuilder(ROW);
        var params = new ArrayList<Object>();
        where(sql, params, query, roots, personId);
        sql.append(" order by i.year desc, i.id desc limit ? offset ?");
        params.add(query.page().size());
        params.add(query.page().offset());
        return jdbc.sql(sql.toString())
                .params(params)
                .query(Initiatives::mapRow)
                .list();
    }

    long count(InitiativeQuery query, Set<Long> roots, Long personId) {
        var sql = new StringBuilder("select count(*) from initiative.initiatives i");
        var params = new ArrayList<Object>();
        where(sql, params, query, roots, personId);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** Streams every match in list order to {@code sink} without holding them all in memory. */
    void forEach(InitiativeQuery query, Set<Long> roots, Long personId, Consumer<InitiativeView> sink) {
        var sql = new StringBuilder(ROW);
        var params = new ArrayList<Object>();
        where(sql, params, query, roots, personId);
        sql.append(" order by i.year desc, i.id desc");
        try (var rows =
                jdbc.sql(sql.toString()).params(params).withFetchSize(500).query(Initiatives::mapRow).stream()) {
            rows.forEach(sink);
        }
    }

    /**
     * Whether {@code i} is visible to a caller reading the subtrees of {@code roots} as person {@code personId}: owned
     * within them, a good model recognised by a committee at or above one of them, or the person's own.
     */
    private static final String VISIBLE = """
            (i.organization_id in (select organization.subtree_ids(?))
             or (i.recognised_as_good_model
                 and i.recognised_by_organization_id in (select organization.ancestor_ids(?)))
             or i.person_id = ?)""";

    private static void visible(List<Object> params, Set<Long> roots, Long personId) {
        params.add(Scope.asArray(roots));
        params.add(Scope.asArray(roots));
        params.add(personId);
    }

    /** Whether the caller (see {@link #VISIBLE}) sees initiative {@code id}. */
    boolean visible(long id, Set<Long> roots, Long personId) {
        var params = new ArrayList<Object>();
        visible(params, roots, personId);
        params.add(id);
        return jdbc.sql("select exists (select 1 from initiative.initiatives i where " + VISIBLE + " and i.id = ?)")
                .params(params)
                .query(Boolean.class)
                .single();
    }

    /** Of {@code ids}, those the caller (see {@link #VISIBLE}) sees, in one query. */
    Set<Long> visible(java.util.Collection<Long> ids, Set<Long> roots, Long personId) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var params = new ArrayList<Object>();
        visible(params, roots, personId);
        params.add(ids.toArray(Long[]::new));
        return Set.copyOf(jdbc.sql("select i.id from initiative.initiatives i where " + VISIBLE + " and i.id = any (?)")
                .params(params)
                .query(Long.class)
                .list());
    }

    private static void where(
            StringBuilder sql, List<Object> params, InitiativeQuery query, Set<Long> roots, Long personId) {
        sql.append(" where ").append(VISIBLE);
        visible(params, roots, personId);
        if (query.organizationId() != null) {
            sql.append(" and i.organization_id in (select organization.subtree_ids(?))");
            params.add(new Long[] {query.organizationId()});
        }
        if (query.year() != null) {
            sql.append(" and i.year = ?");
            params.add(query.year());
        }
        if (query.field() != null) {
            sql.append(" and i.field = ?");
            params.add(query.field().name());
        }
        if (query.status() != null) {
            sql.append(" and i.status = ?");
            params.add(query.status().name());
        }
        if (query.goodModelsOnly()) {
            sql.append(" and i.recognised_as_good_model");
        }
        if (query.text() != null) {
            sql.append(" and public.search_text(i.title) like '%' || public.search_text(?) || '%'");
            params.add(query.text());
        }
    }

    long insert(
            InitiativeKind kind,
            long organizationId,
            Long personId,
            InitiativeContent c,
            Long replicatedFromId,
            String createdBy) {
        long id = jdbc.sql("""
                        insert into initiative.initiatives (kind, organization_id, person_id, field, theme_id, year,
                            title, description, starts_on, ends_on, replicated_from_id, created_by)
                        values (:kind, :organization, :person, :field, :theme, :year, :title, :description,
                            :startsOn, :endsOn, :source, :by)
                        returning id
                        """)
                .paramSource(content(c)
                        .addValue("kind", kind.name())
                        .addValue("organization", organizationId)
                        .addValue("person", personId)
                        .addValue("source", replicatedFromId)
                        .addValue("by", createdBy))
                .query(Long.class)
                .single();
        insertIndicators(id, c.indicators());
        return id;
    }

    /** Revises a registered initiative; its indicators are replaced (a registered one has no progress yet). */
    void revise(long id, InitiativeContent c, int version) {
        int rows = jdbc.sql("""
                        update initiative.initiatives set field = :field, theme_id = :theme, year = :year,
                            title = :title, description = :description, starts_on = :startsOn, ends_on = :endsOn,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .paramSource(content(c).addValue("id", id).addValue("version", version))
                .update();
        requireOne(rows, id);
        jdbc.sql("delete from initiative.indicators where initiative_id = ?")
                .param(id)
                .update();
        insertIndicators(id, c.indicators());
    }

    /** The filled indicator rows in their order, in one statement. */
    private void insertIndicators(long id, List<IndicatorInput> indicators) {
        var filled = indicators.stream().filter(i -> !i.blank()).toList();
        if (filled.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into initiative.indicators (initiative_id, position, name, target_value, unit)
                        select ?, n - 1, name, target::numeric, unit
                        from unnest(?::text[], ?::text[], ?::text[]) with ordinality as t(name, target, unit, n)
                        """)
                .params(
                        id,
                        filled.stream().map(i -> i.name().strip()).toArray(String[]::new),
                        filled.stream().map(i -> i.target().toPlainString()).toArray(String[]::new),
                        filled.stream().map(i -> i.unit().strip()).toArray(String[]::new))
                .update();
    }

    /** The initiative as an aggregate, with the date of its latest progress update. */
    Optional<Initiative> find(long id) {
        return jdbc.sql("""
                        select i.*,
                               (select max(u.reported_on) from initiative.progress_updates u
                                where u.initiative_id = i.id) as last_reported_on
                        from initiative.initiatives i where i.id = ?
                        """).param(id).query((rs, n) -> aggregate(rs)).optional();
    }

    /**
     * Writes the aggregate's lifecycle state if nobody changed it since {@code version}; the version moves on.
     *
     * @throws OptimisticLockingFailureException when it was changed meanwhile
     */
    void save(Initiative i, int version) {
        int rows = jdbc.sql("""
                        update initiative.initiatives set status = :status, completed_on = :completedOn,
                            evaluation = :evaluation, evaluation_remarks = :remarks, evaluated_on = :evaluatedOn,
                            evaluated_by_organization_id = :evaluator, evaluated_by = :evaluatedBy,
                            recognised_as_good_model = :recognised, recognised_by_organization_id = :recogniser,
                            recognised_on = :recognisedOn, consent_recorded_on = :consentOn, consent_note = :consentNote,
                            published = :published, published_on = :publishedOn,
                            version = version + 1, updated_at = now()
                        where id = :id and version = :version
                        """)
                .param("status", i.status.name())
                .param("completedOn", i.completedOn)
                .param("evaluation", i.evaluation == null ? null : i.evaluation.name())
                .param("remarks", i.evaluationRemarks)
                .param("evaluatedOn", i.evaluatedOn)
                .param("evaluator", i.evaluatedByOrganizationId)
                .param("evaluatedBy", i.evaluatedBy)
                .param("recognised", i.recognised)
                .param("recogniser", i.recognisedByOrganizationId)
                .param("recognisedOn", i.recognisedOn)
                .param("consentOn", i.consentRecordedOn)
                .param("consentNote", i.consentNote)
                .param("published", i.published)
                .param("publishedOn", i.publishedOn)
                .param("id", i.id)
                .param("version", version)
                .update();
        requireOne(rows, i.id);
    }

    private static Initiative aggregate(ResultSet rs) throws SQLException {
        var i = new Initiative(
                rs.getLong("id"),
                InitiativeKind.valueOf(rs.getString("kind")),
                rs.getLong("organization_id"),
                (Long) rs.getObject("person_id"),
                rs.getInt("year"),
                rs.getObject("starts_on", LocalDate.class),
                (Long) rs.getObject("replicated_from_id"),
                InitiativeStatus.valueOf(rs.getString("status")),
                rs.getInt("version"));
        i.completedOn = rs.getObject("completed_on", LocalDate.class);
        i.evaluation = enumOrNull(Effectiveness.class, rs.getString("evaluation"));
        i.evaluationRemarks = rs.getString("evaluation_remarks");
        i.evaluatedOn = rs.getObject("evaluated_on", LocalDate.class);
        i.evaluatedByOrganizationId = (Long) rs.getObject("evaluated_by_organization_id");
        i.evaluatedBy = rs.getString("evaluated_by");
        i.recognised = rs.getBoolean("recognised_as_good_model");
        i.recognisedByOrganizationId = (Long) rs.getObject("recognised_by_organization_id");
        i.recognisedOn = rs.getObject("recognised_on", LocalDate.class);
        i.consentRecordedOn = rs.getObject("consent_recorded_on", LocalDate.class);
        i.consentNote = rs.getString("consent_note");
        i.published = rs.getBoolean("published");
        i.publishedOn = rs.getObject("published_on", LocalDate.class);
        i.lastReportedOn = rs.getObject("last_reported_on", LocalDate.class);
        return i;
    }

    /** Whether {@code organizationId} already adopted the good model {@code sourceId}. */
    boolean hasReplica(long sourceId, long organizationId) {
        return jdbc.sql("""
                        select exists (select 1 from initiative.initiatives
                                       where replicated_from_id = ? and organization_id = ?)
                        """)
                .params(sourceId, organizationId)
                .query(Boolean.class)
                .single();
    }

    private static MapSqlParameterSource content(InitiativeContent c) {
        return new MapSqlParameterSource()
                .addValue("field", c.field().name())
                .addValue("theme", c.themeId())
                .addValue("year", c.year())
                .addValue("title", c.title().trim())
                .addValue(
                        "description",
                        c.description() == null || c.description().isBlank()
                                ? null
                                : c.description().trim())
                .addValue("startsOn", c.startsOn())
                .addValue("endsOn", c.endsOn());
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Initiative " + id + " was changed by someone else");
        }
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static InitiativeView mapRow(ResultSet rs, int row) throws SQLException {
        return new InitiativeView(
                rs.getLong("id"),
                InitiativeKind.valueOf(rs.getString("kind")),
                rs.getLong("organization_id"),
                null,
                (Long) rs.getObject("person_id"),
                null,
                InitiativeField.valueOf(rs.getString("field")),
                rs.getInt("year"),
                rs.getString("title"),
                InitiativeStatus.valueOf(rs.getString("status")),
                enumOrNull(Effectiveness.class, rs.getString("evaluation")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getInt("progress"),
                rs.getBoolean("recognised_as_good_model"),
                (Long) rs.getObject("replicated_from_id"),
                rs.getInt("replications"),
                rs.getBoolean("published"));
    }

    private static InitiativeDetail map(ResultSet rs, List<IndicatorView> indicators) throws SQLException {
        return new InitiativeDetail(
                rs.getLong("id"),
                InitiativeKind.valueOf(rs.getString("kind")),
                rs.getLong("organization_id"),
                null,
                (Long) rs.getObject("person_id"),
                null,
                InitiativeField.valueOf(rs.getString("field")),
                (Long) rs.getObject("theme_id"),
                null,
                rs.getInt("year"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                InitiativeStatus.valueOf(rs.getString("status")),
                rs.getObject("completed_on", LocalDate.class),
                enumOrNull(Effectiveness.class, rs.getString("evaluation")),
                rs.getString("evaluation_remarks"),
                rs.getObject("evaluated_on", LocalDate.class),
                (Long) rs.getObject("evaluated_by_organization_id"),
                null,
                rs.getBoolean("recognised_as_good_model"),
                (Long) rs.getObject("recognised_by_organization_id"),
                null,
                rs.getObject("recognised_on", LocalDate.class),
                (Long) rs.getObject("replicated_from_id"),
                rs.getString("source_title"),
                rs.getInt("replications"),
                rs.getObject("consent_recorded_on", LocalDate.class),
                rs.getString("consent_note"),
                rs.getBoolean("published"),
                indicators,
                List.of(),
                InitiativeDetail.progressOf(indicators),
                rs.getInt("version"));
    }
}
