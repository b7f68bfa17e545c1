package vn.lamtheobac.initiative.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.initiative.IndicatorView;
import vn.lamtheobac.initiative.ProgressUpdateView;

/** The progress updates of initiatives, with the values reached and their photos, in {@code initiative.*}. */
@Repository
class ProgressUpdates {

    private final JdbcClient jdbc;

    ProgressUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The progress updates, newest first, with their values; photos carry their file ids only. */
    List<ProgressUpdateView> progress(long initiativeId) {
        var values = new LinkedHashMap<Long, List<ProgressUpdateView.Value>>();
        jdbc.sql("""
                        select v.update_id, v.indicator_id, d.name, v.value, d.unit
                        from initiative.progress_values v join initiative.indicators d on d.id = v.indicator_id
                        where d.initiative_id = ? order by d.position
                        """)
                .param(initiativeId)
                .query((rs, i) -> values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new ProgressUpdateView.Value(
                                rs.getLong(2),
                                rs.getString(3),
                                IndicatorView.plain(rs.getBigDecimal(4)),
                                rs.getString(5))))
                .list();
        return jdbc.sql("""
                        select u.id, u.reported_on, u.narrative, u.recorded_by,
                               array(select f.file_id from initiative.progress_photos f where f.update_id = u.id
                                     order by f.file_id) as photos
                        from initiative.progress_updates u where u.initiative_id = ?
                        order by u.reported_on desc, u.id desc
                        """)
                .param(initiativeId)
                .query((rs, i) -> new ProgressUpdateView(
                        rs.getLong("id"),
                        rs.getObject("reported_on", LocalDate.class),
                        rs.getString("narrative"),
                        values.getOrDefault(rs.getLong("id"), List.of()),
                        ids(rs, "photos").stream()
                                .map(f -> new ProgressUpdateView.Photo(f, null))
                                .toList(),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Whether {@code fileId} is a photo of one of the initiative's progress updates. */
    boolean isPhoto(long initiativeId, long fileId) {
        return jdbc.sql("""
                        select exists (select 1 from initiative.progress_photos f
                                       join initiative.progress_updates u on u.id = f.update_id
                                       where u.initiative_id = ? and f.file_id = ?)
                        """).params(initiativeId, fileId).query(Boolean.class).single();
    }

    long insertUpdate(long initiativeId, LocalDate reportedOn, String narrative, String recordedBy) {
        return jdbc.sql("""
                        insert into initiative.progress_updates (initiative_id, reported_on, narrative, recorded_by)
                        values (?, ?, ?, ?) returning id
                        """)
                .params(initiativeId, reportedOn, narrative, recordedBy)
                .query(Long.class)
                .single();
    }

    /** The values reached by indicator id, in one statement. */
    void insertValues(long updateId, Map<Long, BigDecimal> values) {
        if (values.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into initiative.progress_values (update_id, indicator_id, value)
                        select ?, indicator, value::numeric from unnest(?::bigint[], ?::text[]) as t(indicator, value)
                        """)
                .params(
                        updateId,
                        values.keySet().toArray(Long[]::new),
                        values.values().stream().map(BigDecimal::toPlainString).toArray(String[]::new))
                .update();
    }

    void insertPhoto(long updateId, long fileId) {
        jdbc.sql("insert into initiative.progress_photos (update_id, file_id) values (?, ?) on conflict do nothing")
                .params(updateId, fileId)
                .update();
    }

    private static List<Long> ids(ResultSet rs, String column) throws SQLException {
        var ids = new ArrayList<Long>();
        var array = rs.getArray(column);
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                ids.add(((Number) value).longValue());
            }
        }
        return ids;
    }
}
