package vn.lamtheobac.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.recognition.internal.CommendationRules;
import vn.lamtheobac.recognition.internal.CommendationRules.Earlier;

/**
 * The one lookup behind "one achievement is rewarded once": what each nominee was commended for in a year, across
 * every movement and level, and (when asked) what is still proposed for them; {@link CommendationRules#achievementOnce}
 * decides from it, and the database's key on the commendations guards it against two decisions at once.
 */
@Repository
class Achievements {

    /** The states of a nomination still under way: its achievement is taken. */
    private static final String[] LIVE = {
        NominationStatus.PROPOSED.name(),
        NominationStatus.UNDER_REVIEW.name(),
        NominationStatus.AWAITING_DECISION.name(),
        NominationStatus.RETURNED.name()
    };

    private final JdbcClient jdbc;

    public Achievements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The earlier commendations (and, if {@code withLive}, the nominations under way) of the given nominees in the
     * given years, by nominee key and year ("P12:2025").
     */
    public Map<String, List<Earlier>> of(Collection<String> nomineeKeys, Collection<Integer> years, boolean withLive) {
        var found = new HashMap<String, List<Earlier>>();
        if (nomineeKeys.isEmpty()) {
            return found;
        }
        var keys = nomineeKeys.toArray(String[]::new);
        var inYears = years.toArray(Integer[]::new);
        jdbc.sql("""
                        select c.nominee_key, c.year, c.nomination_id, c.movement_id, m.title, c.achievements,
                               n.initiative_ids, d.symbol, d.decided_on
                        from recognition.commendations c
                        join recognition.decisions d on d.id = c.decision_id
                        join recognition.movements m on m.id = c.movement_id
                        join recognition.nominations n on n.id = c.nomination_id
                        where c.nominee_key = any(?) and c.year = any(?)
                        union all
                        select n.nominee_key, n.year, n.id, n.movement_id, m.title, n.achievements, n.initiative_ids,
                               null, null
                        from recognition.nominations n
                        join recognition.movements m on m.id = n.movement_id
                        where ? and n.nominee_key = any(?) and n.year = any(?) and n.status = any(?)
                        """)
                .params(keys, inYears, withLive, keys, inYears, LIVE)
                .query((rs, i) -> found.computeIfAbsent(
                                rs.getString("nominee_key") + ":" + rs.getInt("year"), k -> new java.util.ArrayList<>())
                        .add(map(rs)))
                .list();
        return found;
    }

    private static Earlier map(ResultSet rs) throws SQLException {
        return new Earlier(
                rs.getLong("nomination_id"),
                rs.getLong("movement_id"),
                rs.getString("title"),
                rs.getString("achievements"),
                Nominations.ids(rs, "initiative_ids"),
                rs.getString("symbol"),
                rs.getObject("decided_on", LocalDate.class));
    }
}
