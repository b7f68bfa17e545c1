package vn.lamtheobac.initiative.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.initiative.InitiativeStatus;

/** The replicas of a good model: initiatives whose {@code replicated_from_id} is the model. */
@Repository
class Replicas {

    /** One replica with what deciding whether the caller may read it needs; the day is Vietnam's. */
    record Row(
            long id,
            long organizationId,
            LocalDate adoptedOn,
            InitiativeStatus status,
            boolean recognisedAsGoodModel,
            Long recognisedByOrganizationId) {}

    private final JdbcClient jdbc;

    Replicas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The replicas of {@code sourceId}, in the order they were adopted. */
    List<Row> of(long sourceId) {
        return jdbc.sql("""
                        select r.id, r.organization_id, (r.created_at at time zone 'Asia/Ho_Chi_Minh')::date as adopted_on,
                               r.status, r.recognised_as_good_model, r.recognised_by_organization_id
                        from initiative.initiatives r where r.replicated_from_id = ?
                        order by r.created_at, r.id
                        """)
                .param(sourceId)
                .query((rs, i) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("organization_id"),
                        rs.getObject("adopted_on", LocalDate.class),
                        InitiativeStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("recognised_as_good_model"),
                        (Long) rs.getObject("recognised_by_organization_id")))
                .list();
    }

    /** The organisations that already adopted {@code sourceId}. */
    List<Long> organizations(long sourceId) {
        return jdbc.sql("select organization_id from initiative.initiatives where replicated_from_id = ?")
                .param(sourceId)
                .query(Long.class)
                .list();
    }
}
