package vn.lamtheobac.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.shared.Scope;

/** Rounds and evaluations in {@code evaluation.*}. Names are filled in by the service. */
@Repository
class Evaluations {

    private static final String ROUND = """
            select r.id, r.organization_id, r.year, r.kind, r.rule_set, r.excellent_cap, r.title, r.status,
                   (select count(*) from evaluation.evaluations e where e.round_id = r.id and e.subject = 'MEMBER') as members,
                   (select count(*) from evaluation.evaluations e where e.round_id = r.id and e.subject = 'MEMBER' and e.status = 'DECIDED') as decided
            from evaluation.rounds r
            """;

    private static final String EVALUATION = """
            select id, round_id, subject, person_id, organization_id, grassroots_id, status, tasks_completed_percent,
                   common_score, task_score, all_tasks_on_time, tasks_exceeding_percent, tasks_late_percent,
                   subordinate_units, subordinate_units_disciplined, self_rating, self_remarks, proposed_rating,
                   proposal_remarks, decided_rating, decision_remarks, decided_by, version
            from evaluation.evaluations
            """;

    private final JdbcClient jdbc;

    Evaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(
            long organizationId, int year, RoundKind kind, RuleSet ruleSet, boolean cap, String title, String by) {
        return jdbc.sql("""
                        insert into evaluation.rounds (organization_id, year, kind, rule_set, excellent_cap, title, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(organizationId, year, kind.name(), ruleSet.name(), cap, title, by)
                .query(Long.class)
                .single();
    }

    /** Inserts one batch of member evaluations: person ids, their organisations and grassroots, index by index. */
    void insertMembers(long roundId, List<Long> personIds, List<Long> organizationIds, List<Long> grassrootsIds) {
        jdbc.sql("""
                        insert into evaluation.evaluations (round_id, subject, person_id, organization_id, grassroots_id)
                        select ?, 'MEMBER', p, o, g from unnest(?::bigint[], ?::bigint[], ?::bigint[]) as t(p, o, g)
                        """)
                .params(
                        roundId,
                        personIds.toArray(Long[]::new),
                        organizationIds.toArray(Long[]::new),
                        grassrootsIds.toArray(Long[]::new))
                .update();
    }

    boolean annualRoundExists(long organizationId, int year) {
        return jdbc.sql("""
                        select exists (select 1 from evaluation.rounds
                                       where kind = 'ANNUAL' and year = :year
                                         and (organization_id in (select organization.subtree_ids(array[:id]::bigint[]))
                                           or organization_id in (select organization.ancestor_ids(array[:id]::bigint[]))))
                        """)
                .param("year", year)
                .param("id", organizationId)
                .query(Boolean.class)
                .single();
    }

    void insertCollective(long roundId, long organizationId, int subordinateUnits) {
        jdbc.sql("""
                        insert into evaluation.evaluations (round_id, subject, organization_id, subordinate_units)
                        values (?, 'COLLECTIVE', ?, ?)
                        """).params(roundId, organizationId, subordinateUnits).update();
    }

    Optional<RoundView> round(long id) {
        return jdbc.sql(ROUND + " where r.id = ?")
                .param(id)
                .query(Evaluations::mapRound)
                .optional();
    }

    List<RoundView> rounds(Set<Long> roots) {
        return jdbc.sql(ROUND + """
                         where r.organization_id in (select organization.subtree_ids(:roots))
                            or r.organization_id in (select organization.ancestor_ids(:roots))
                         order by r.year desc, r.id desc
                        """)
                .param("roots", Scope.asArray(roots))
                .query(Evaluations::mapRound)
                .list();
    }

    Optional<EvaluationView> find(long id) {
        return jdbc.sql(EVALUATION + " where id = ?")
                .param(id)
                .query(Evaluations::map)
                .optional();
    }

    List<EvaluationView> ofPerson(long personId) {
        return jdbc.sql(EVALUATION + " where person_id = ? order by round_id desc")
                .param(personId)
                .query(Evaluations::map)
                .list();
    }

    /** Member progress of a round in the subtree of each of {@code organizationIds} (names left to the service). */
    List<UnitProgress> progress(long roundId, List<Long> organizationIds) {
        return jdbc.sql("""
                        select u.id, p.*
                        from unnest(?::bigint[]) with ordinality as u(id, n),
                        lateral (
                            select count(*) as members,
                                   count(*) filter (where e.status = 'DECIDED') as decided,
                                   count(*) filter (where e.decided_rating = 'EXCELLENT') as excellent,
                                   count(*) filter (where e.decided_rating = 'GOOD') as good,
                                   count(*) filter (where e.decided_rating = 'COMPLETED') as completed,
                                   count(*) filter (where e.decided_rating = 'NOT_COMPLETED') as not_completed
                            from evaluation.evaluations e
                            where e.round_id = ? and e.subject = 'MEMBER'
                              and e.organization_id in (select organization.subtree_ids(array[u.id]))
                        ) p
                        order by u.n
                        """)
                .params(organizationIds.toArray(Long[]::new), roundId)
                .query((rs, i) -> new UnitProgress(
                        rs.getLong("id"),
                        null,
                        rs.getInt("members"),
                        rs.getInt("decided"),
                        rs.getInt("excellent"),
                        rs.getInt("good"),
                        rs.getInt("completed"),
                        rs.getInt("not_completed")))
                .list();
    }

    /** The evaluations of a round under {@code organizationId} (its subtree), members or collectives. */
    List<EvaluationView> under(long roundId, long organizationId, Subject subject) {
        return jdbc.sql(EVALUATION + """
                         where round_id = ? and subject = ?
                           and organization_id in (select organization.subtree_ids(array[?]::bigint[]))
                         order by organization_id, id
                        """)
                .params(roundId, subject.name(), organizationId)
                .query(Evaluations::map)
                .list();
    }

    void selfAssess(SelfAssessment s, int subordinateUnits, int subordinateUnitsDisciplined) {
        int rows = jdbc.sql("""
                        update evaluation.evaluations set tasks_completed_percent = ?, common_score = ?, task_score = ?,
                            all_tasks_on_time = ?, tasks_exceeding_percent = ?, tasks_late_percent = ?,
                            subordinate_units = ?, subordinate_units_disciplined = ?, self_rating = ?, self_remarks = ?,
                            status = case when status = 'PENDING' then 'SELF_ASSESSED' else status end,
                            version = version + 1
                        where id = ? and version = ? and status in ('PENDING', 'SELF_ASSESSED')
                        """)
                .params(
                        s.tasksCompletedPercent(),
                        s.commonScore(),
                        s.taskScore(),
                        s.allTasksOnTime(),
                        s.tasksExceedingPercent(),
                        s.tasksLatePercent(),
                        subordinateUnits,
                        subordinateUnitsDisciplined,
                        s.selfRating() == null ? null : s.selfRating().name(),
                        s.remarks(),
                        s.id(),
                        s.version())
                .update();
        requireOne(rows, s.id());
    }

    void propose(long id, Rating rating, String remarks, String by, int version) {
        int rows = jdbc.sql("""
                        update evaluation.evaluations set proposed_rating = ?, proposal_remarks = ?, proposed_by = ?,
                            status = 'PROPOSED', version = version + 1
                        where id = ? and version = ? and status <> 'DECIDED'
                        """).params(rating.name(), remarks, by, id, version).update();
        requireOne(rows, id);
    }

    void decide(long id, Rating rating, String remarks, String by, int version) {
        int rows = jdbc.sql("""
                        update evaluation.evaluations set decided_rating = ?, decision_remarks = ?, decided_by = ?,
                            decided_at = now(), status = 'DECIDED', version = version + 1
                        where id = ? and version = ?
                        """).params(rating.name(), remarks, by, id, version).update();
        requireOne(rows, id);
    }

    /** Closes an open round; false when it was not open (closed meanwhile by someone else). */
    boolean closeRound(long id) {
        return jdbc.sql(
                                "update evaluation.rounds set status = 'CLOSED', version = version + 1 where id = ? and status = 'OPEN'")
                        .param(id)
                        .update()
                == 1;
    }

    /** The evaluations of a round not decided yet, members and collectives, in the order of their organisation. */
    List<EvaluationView> undecided(long roundId) {
        return jdbc.sql(EVALUATION + " where round_id = ? and status <> 'DECIDED' order by organization_id, id")
                .param(roundId)
                .query(Evaluations::map)
                .list();
    }

    /** Each member of a round with their evaluation: person id, evaluation id. */
    java.util.Map<Long, Long> memberEvaluations(long roundId) {
        var ids = new java.util.LinkedHashMap<Long, Long>();
        jdbc.sql(
                        "select person_id, id from evaluation.evaluations where round_id = ? and subject = 'MEMBER' order by id")
                .param(roundId)
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    /** Takes the cap lock of one grassroots organisation of a round, until the transaction ends. */
    void lockCap(long roundId, long grassrootsId) {
        jdbc.sql("insert into evaluation.cap_locks (round_id, grassroots_id) values (?, ?) on conflict do nothing")
                .params(roundId, grassrootsId)
                .update();
        jdbc.sql("select round_id from evaluation.cap_locks where round_id = ? and grassroots_id = ? for update")
                .params(roundId, grassrootsId)
                .query(Long.class)
                .single();
    }

    /** Decided HTTNV and HTXSNV members of one grassroots organisation in a round, leaving one evaluation out. */
    int[] decidedGoodAndExcellent(long roundId, long grassrootsId, long except) {
        return jdbc.sql("""
                        select count(*) filter (where decided_rating = 'GOOD'),
                               count(*) filter (where decided_rating = 'EXCELLENT')
                        from evaluation.evaluations
                        where round_id = ? and grassroots_id = ? and subject = 'MEMBER' and status = 'DECIDED' and id <> ?
                        """)
                .params(roundId, grassrootsId, except)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Evaluation " + id + " was changed by someone else");
        }
    }

    private static Rating rating(String value) {
        return value == null ? null : Rating.valueOf(value);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return (Integer) rs.getObject(column);
    }

    private static RoundView mapRound(ResultSet rs, int row) throws SQLException {
        return new RoundView(
                rs.getLong("id"),
                rs.getLong("organization_id"),
                null,
                rs.getInt("year"),
                RoundKind.valueOf(rs.getString("kind")),
                RuleSet.valueOf(rs.getString("rule_set")),
                rs.getBoolean("excellent_cap"),
                rs.getString("title"),
                "OPEN".equals(rs.getString("status")),
                rs.getInt("members"),
                rs.getInt("decided"));
    }

    private static EvaluationView map(ResultSet rs, int row) throws SQLException {
        return new EvaluationView(
                rs.getLong("id"),
                rs.getLong("round_id"),
                Subject.valueOf(rs.getString("subject")),
                (Long) rs.getObject("person_id"),
                null,
                rs.getLong("organization_id"),
                null,
                (Long) rs.getObject("grassroots_id"),
                EvaluationStatus.valueOf(rs.getString("status")),
                integer(rs, "tasks_completed_percent"),
                integer(rs, "common_score"),
                integer(rs, "task_score"),
                rs.getBoolean("all_tasks_on_time"),
                integer(rs, "tasks_exceeding_percent"),
                integer(rs, "tasks_late_percent"),
                rs.getInt("subordinate_units"),
                rs.getInt("subordinate_units_disciplined"),
                rating(rs.getString("self_rating")),
                rs.getString("self_remarks"),
                rating(rs.getString("proposed_rating")),
                rs.getString("proposal_remarks"),
                rating(rs.getString("decided_rating")),
                rs.getString("decision_remarks"),
                rs.getString("decided_by"),
                rs.getInt("version"));
    }
}
