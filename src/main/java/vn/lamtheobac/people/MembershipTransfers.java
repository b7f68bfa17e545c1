package vn.lamtheobac.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.shared.Scope;

/** Membership transfers in {@code people.transfers}; a decision is saved from the state it starts from. */
@Repository
class MembershipTransfers {

    private static final String COLUMNS = """
            id, person_id, provisional_id, provisional_name, from_organization_id, to_organization_id, committee_id,
            status, requested_by, requested_at, decided_by, decided_at, reason, version
            """;

    private final JdbcClient jdbc;

    MembershipTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(
            long personId,
            long provisionalId,
            String provisionalName,
            long from,
            long to,
            long committeeId,
            long requestedBy,
            Instant at) {
        return jdbc.sql("""
                        insert into people.transfers (person_id, provisional_id, provisional_name,
                            from_organization_id, to_organization_id, committee_id, status, requested_by, requested_at)
                        values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) returning id
                        """)
                .params(
                        personId,
                        provisionalId,
                        provisionalName,
                        from,
                        to,
                        committeeId,
                        requestedBy,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<MembershipTransfer> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from people.transfers where id = ?")
                .param(id)
                .query(MembershipTransfers::map)
                .optional();
    }

    Optional<MembershipTransfer> pendingOf(long provisionalId) {
        return jdbc.sql("select " + COLUMNS + " from people.transfers where provisional_id = ? and status = 'PENDING'")
                .param(provisionalId)
                .query(MembershipTransfers::map)
                .optional();
    }

    /** Pending transfers that concern {@code personId} (as the existing or the provisional record). */
    List<MembershipTransfer> pendingAbout(long personId) {
        return jdbc.sql("select " + COLUMNS + """
                         from people.transfers
                        where (person_id = ? or provisional_id = ?) and status = 'PENDING' order by id
                        """)
                .params(personId, personId)
                .query(MembershipTransfers::map)
                .list();
    }

    /** Transfers decided by committees in the subtrees of {@code roots}: pending ones first, then the latest. */
    List<MembershipTransfer> ofCommittees(Set<Long> roots, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from people.transfers
                        where committee_id in (select organization.subtree_ids(?))
                        order by (status = 'PENDING') desc, coalesce(decided_at, requested_at) desc, id desc
                        limit ?
                        """)
                .params(Scope.asArray(roots), limit)
                .query(MembershipTransfers::map)
                .list();
    }

    long countPending(Set<Long> roots) {
        return jdbc.sql("""
                        select count(*) from people.transfers
                        where status = 'PENDING' and committee_id in (select organization.subtree_ids(?))
                        """).param(Scope.asArray(roots)).query(Long.class).single();
    }

    /** Writes a decision, only over the state it was taken from ({@code before}'s status and version). */
    void save(MembershipTransfer before, MembershipTransfer after) {
        int rows = jdbc.sql("""
                        update people.transfers set status = ?, to_organization_id = ?, decided_by = ?,
                            decided_at = ?, reason = ?, version = version + 1
                        where id = ? and version = ? and status = ?
                        """)
                .params(
                        after.status().name(),
                        after.toOrganizationId(),
                        after.decidedBy(),
                        after.decidedAt() == null ? null : Timestamp.from(after.decidedAt()),
                        after.reason(),
                        before.id(),
                        before.version(),
                        before.status().name())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Transfer " + before.id() + " was decided by someone else");
        }
    }

    private static MembershipTransfer map(ResultSet rs, int row) throws SQLException {
        var decidedAt = rs.getTimestamp("decided_at");
        return new MembershipTransfer(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getObject("provisional_id", Long.class),
                rs.getString("provisional_name"),
                rs.getLong("from_organization_id"),
                rs.getLong("to_organization_id"),
                rs.getLong("committee_id"),
                TransferStatus.valueOf(rs.getString("status")),
                rs.getLong("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getObject("decided_by", Long.class),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("reason"),
                rs.getInt("version"));
    }
}
