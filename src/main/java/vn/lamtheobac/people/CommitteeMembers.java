package vn.lamtheobac.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Who sits on each party committee (cấp ủy viên), in which position and for which term. The rating rules read a
 * committee's "leadership" from here, and documents their signer. Anyone who may read an organisation sees its
 * committee; record keepers over it change it.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeMembers {

    /** Seat a person on the committee of an organisation. */
    public record SeatMember(
            long organizationId, long personId, CommitteePosition position, Long termId, LocalDate startsOn) {}

    /** A person leaves the committee on {@code endsOn} (the first day no longer sitting). */
    public record EndSeat(long id, LocalDate endsOn, int version) {}

    private static final String SELECT = """
            select c.id, c.organization_id, c.person_id, p.full_name, c.position, c.term_id, c.starts_on, c.ends_on,
                   c.version
            from people.committee_members c join people.people p on p.id = c.person_id
            """;

    private final JdbcClient jdbc;
    private final OrganizationManagement organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitteeMembers(
            JdbcClient jdbc, OrganizationManagement organizations, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** The committee of {@code organizationId} as it sits on {@code date}, senior first. */
    public List<CommitteeMember> sittingOn(long organizationId, LocalDate date) {
        return jdbc.sql(SELECT + """
                        where c.organization_id = ? and c.starts_on <= ? and (c.ends_on is null or c.ends_on > ?)
                        order by array_position(?, c.position), p.sort_key, c.id
                        """)
                .params(organizationId, date, date, positionOrder())
                .query(CommitteeMembers::map)
                .list();
    }

    /** The secretary of {@code organizationId}'s committee on {@code date}: the signer of its documents. */
    public Optional<CommitteeMember> secretaryOn(long organizationId, LocalDate date) {
        return sittingOn(organizationId, date).stream()
                .filter(m -> m.position() == CommitteePosition.SECRETARY)
                .findFirst();
    }

    /**
     * For each organisation, the people who sat on its committee at any time in {@code year}: the leadership whose
     * discipline counts against the collective's rating (Quy định 124-QĐ/TW, 366-QĐ/TW). Organisations without a
     * recorded committee are absent.
     */
    public Map<Long, Set<Long>> leadershipDuring(Collection<Long> organizationIds, int year) {
        var result = new HashMap<Long, Set<Long>>();
        if (organizationIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select organization_id, person_id from people.committee_members
                        where organization_id = any (?) and starts_on < ? and (ends_on is null or ends_on > ?)
                        """)
                .params(
                        new HashSet<>(organizationIds).toArray(Long[]::new),
                        LocalDate.of(year + 1, 1, 1),
                        LocalDate.of(year, 1, 1))
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        return result;
    }

    /** Every seat of an organisation's committee, sitting and past, for its committee page. */
    public List<CommitteeMember> history(long organizationId, Scope scope) {
        if (!organizations.allows(scope, organizationId, Capability.READ)) {
            throw new NotFoundException("Organization", organizationId);
        }
        return jdbc.sql(SELECT + """
                        where c.organization_id = ?
                        order by c.ends_on is not null, c.ends_on desc, array_position(?, c.position), p.sort_key
                        """)
                .params(organizationId, positionOrder())
                .query(CommitteeMembers::map)
                .list();
    }

    public boolean canChange(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.KEEP_RECORDS);
    }

    @Transactional
    public long seat(SeatMember command, Scope scope) {
        requireChange(command.organizationId(), scope);
        var person = jdbc.sql("""
                        select category, organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                        from people.people where id = ?
                        """)
                .params(command.organizationId(), command.personId())
                .query((rs, i) -> Map.entry(PersonCategory.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .optional()
                .orElseThrow(() -> BusinessRuleException.atField("personId", "committee.error.person"));
        if (command.termId() != null
                && organizations.terms(command.organizationId(), scope).stream()
                        .noneMatch(t -> t.id() == command.termId())) {
            throw BusinessRuleException.atField("termId", "committee.error.term");
        }
        var violations = CommitteeRules.seat(
                person.getKey(), person.getValue(), command.startsOn(), null, VietnamTime.today(clock));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        try {
            long id = jdbc.sql("""
                            insert into people.committee_members (organization_id, person_id, position, term_id, starts_on)
                            values (?, ?, ?, ?, ?) returning id
                            """)
                    .params(
                            command.organizationId(),
                            command.personId(),
                            command.position().name(),
                            command.termId(),
                            command.startsOn())
                    .query(Long.class)
                    .single();
            events.publishEvent(DataChanged.created("CommitteeMember", id, command));
            return id;
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            throw message.contains("one_secretary")
                    ? BusinessRuleException.atField("position", "committee.error.secretaryTaken")
                    : BusinessRuleException.atField("personId", "committee.error.alreadySitting");
        }
    }

    @Transactional
    public void end(EndSeat command, Scope scope) {
        var seat = jdbc.sql(SELECT + " where c.id = ?")
                .param(command.id())
                .query(CommitteeMembers::map)
                .optional()
                .filter(s -> organizations.allows(scope, s.organizationId(), Capability.KEEP_RECORDS))
                .orElseThrow(() -> new NotFoundException("CommitteeMember", command.id()));
        var violations = CommitteeRules.end(seat, command.endsOn(), VietnamTime.today(clock));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int changed = jdbc.sql("""
                        update people.committee_members set ends_on = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                .params(command.endsOn(), command.id(), command.version())
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("CommitteeMember " + command.id());
        }
        events.publishEvent(DataChanged.updated("CommitteeMember", command.id(), seat, command));
    }

    private void requireChange(long organizationId, Scope scope) {
        if (!organizations.allows(scope, organizationId, Capability.READ)) {
            throw new NotFoundException("Organization", organizationId);
        }
        if (!canChange(organizationId, scope)) {
            throw new vn.lamtheobac.shared.ForbiddenException("committee.error.forbidden");
        }
    }

    private static String[] positionOrder() {
        return java.util.Arrays.stream(CommitteePosition.values())
                .map(Enum::name)
                .toArray(String[]::new);
    }

    private static CommitteeMember map(ResultSet rs, int row) throws SQLException {
        return new CommitteeMember(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                CommitteePosition.valueOf(rs.getString(5)),
                rs.getObject(6, Long.class),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getInt(9));
    }
}
