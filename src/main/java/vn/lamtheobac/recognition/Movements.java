package vn.lamtheobac.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateMovement;
import vn.lamtheobac.shared.Scope;

/** Emulation movements in {@code recognition.movements}; organisation names are filled in by the caller. */
@Repository
class Movements {

    private static final String SELECT = """
            select m.id, m.organization_id, m.title, m.criteria, m.starts_on, m.ends_on, m.minimum_rating, m.version,
                   (select count(*) from recognition.nominations n
                    where n.movement_id = m.id and n.status <> ?)::int as nominations
            from recognition.movements m
            """;

    private static final String REJECTED = NominationStatus.REJECTED.name();

    private final JdbcClient jdbc;

    public Movements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MovementView> findById(long id) {
        return jdbc.sql(SELECT + " where m.id = ?")
                .params(REJECTED, id)
                .query(Movements::map)
                .optional();
    }

    /**
     * The movements a caller working in the subtrees of {@code roots} takes part in or oversees: organised at or above
     * one of the roots, or anywhere below them; newest first.
     */
    public List<MovementView> visible(Set<Long> roots, int limit) {
        return jdbc.sql(SELECT + """
                         where m.organization_id in (select organization.ancestor_ids(?))
                            or m.organization_id in (select organization.subtree_ids(?))
                        order by m.starts_on desc, m.id desc limit ?
                        """)
                .params(REJECTED, Scope.asArray(roots), Scope.asArray(roots), limit)
                .query(Movements::map)
                .list();
    }

    public long insert(
            long organizationId,
            String title,
            String criteria,
            LocalDate startsOn,
            LocalDate endsOn,
            Rating minimumRating,
            String createdBy) {
        return jdbc.sql("""
                        insert into recognition.movements (organization_id, title, criteria, starts_on, ends_on,
                            minimum_rating, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(organizationId, title, criteria, startsOn, endsOn, minimumRating.name(), createdBy)
                .query(Long.class)
                .single();
    }

    public void update(UpdateMovement c, String title, String criteria, Rating minimumRating) {
        int rows = jdbc.sql("""
                        update recognition.movements set title = ?, criteria = ?, starts_on = ?, ends_on = ?,
                            minimum_rating = ?, version = version + 1, updated_at = now()
                        where id = ? and version = ?
                        """)
                .params(title, criteria, c.startsOn(), c.endsOn(), minimumRating.name(), c.id(), c.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Movement " + c.id() + " was changed by someone else");
        }
    }

    /** The first and last years of the nominations of a movement, to keep a revised period covering them. */
    public Optional<int[]> nominatedYears(long id) {
        return jdbc.sql("""
                        select min(year), max(year) from recognition.nominations
                        where movement_id = ? and status <> ? having count(*) > 0
                        """)
                .params(id, REJECTED)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional();
    }

    private static MovementView map(ResultSet rs, int row) throws SQLException {
        return new MovementView(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                null,
                rs.getString("title"),
                rs.getString("criteria"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                Rating.valueOf(rs.getString("minimum_rating")),
                rs.getInt("nominations"),
                rs.getInt("version"));
    }
}
