package vn.lamtheobac.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationStatus;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RatingCorrection;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RoundView;
import vn.lamtheobac.evaluation.RuleSet;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.evaluation.UnitProgress;
import vn.lamtheobac.shared.Scope;

/**
 * Rounds and evaluations in {@code evaluation.*}. Names are filled in by the service. Every status, subject, kind and
 * rating in a statement is bound from its enum, never written as a literal; the statuses an update may start from
 * come from the transition table ({@link ItemLifecycle}).
 */
@Repository
class EvaluationStore {

    private static final String ROUND = """
            select r.id, r.organization_id, r.year, r.kind, r.rule_set, r.excellent_cap, r.score_falls_back, r.title,
                   r.status,
                   (select count(*) from evaluation.evaluations e where e.round_id = r.id and e.subject = :member) as members,
                   (select count(*) from evaluation.evaluations e
                    where e.round_id = r.id and e.subject = :member and e.status = :decided) as decided
            from evaluation.rounds r
            """;

    private static final String EVALUATION = """
            select id, round_id, subject, person_id, organization_id, grassroots_id, status, tasks_completed_percent,
                   common_score, task_score, tasks_exceeding_percent, tasks_late_percent, self_rating,
                   self_remarks, proposed_rating, proposal_remarks, decided_rating, decision_remarks, decided_by,
                   review_reason, version
            from evaluation.evaluations
            """;

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(
            long organizationId,
            int year,
            RoundKind kind,
            RuleSet ruleSet,
            boolean cap,
            boolean scoreFallsBack,
            String title,
            String by) {
        return jdbc.sql("""
                        insert into evaluation.rounds
                            (organization_id, year, kind, rule_set, excellent_cap, score_falls_back, title, status, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        organizationId,
                        year,
                        kind.name(),
                        ruleSet.name(),
                        cap,
                        scoreFallsBack,
                        title,
                        RoundLifecycle.OPEN.name(),
                        by)
                .query(Long.class)
                .single();
    }

    /** Inserts one batch of member evaluations: person ids, their organisations and grassroots, index by index. */
    void insertMembers(long roundId, List<Long> personIds, List<Long> organizationIds, List<Long> grassrootsIds) {
        jdbc.sql("""
                        insert into evaluation.evaluations (round_id, subject, person_id, organization_id, grassroots_id, status)
                        select ?, ?, p, o, g, ? from unnest(?::bigint[], ?::bigint[], ?::bigint[]) as t(p, o, g)
                        """)
                .params(
                        roundId,
                        Subject.MEMBER.name(),
                        EvaluationStatus.PENDING.name(),
                        personIds.toArray(Long[]::new),
                        organizationIds.toArray(Long[]::new),
                        grassrootsIds.toArray(Long[]::new))
                .update();
    }

    boolean annualRoundExists(long organizationId, int year) {
        return jdbc.sql("""
                        select exists (select 1 from evaluation.rounds
                                       where kind = :annual and year = :year
                                         and (organization_id in (select organization.subtree_ids(array[:id]::bigint[]))
                                           or organization_id in (select organization.ancestor_ids(array[:id]::bigint[]))))
                        """)
                .param("annual", RoundKind.ANNUAL.name())
                .param("year", year)
                .param("id", organizationId)
                .query(Boolean.class)
                .single();
    }

    void insertCollective(long roundId, long organizationId, int subordinateUnits) {
        jdbc.sql("""
                        insert into evaluation.evaluations (round_id, subject, organization_id, subordinate_units, status)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(
                        roundId,
                        Subject.COLLECTIVE.name(),
                        organizationId,
                        subordinateUnits,
                        EvaluationStatus.PENDING.name())
                .update();
    }

    Optional<RoundView> round(long id) {
        return jdbc.sql(ROUND + " where r.id = :id")
                .param("id", id)
                .param("member", Subject.MEMBER.name())
                .param("decided", EvaluationStatus.DECIDED.name())
                .query(EvaluationStore::mapRound)
                .optional();
    }

    List<RoundView> rounds(Set<Long> roots) {
        return jdbc.sql(ROUND + """
                         where r.organization_id in (select organization.subtree_ids(:roots))
                            or r.organization_id in (select organization.ancestor_ids(:roots))
                         order by r.year desc, r.id desc
                        """)
                .param("roots", Scope.asArray(roots))
                .param("member", Subject.MEMBER.name())
                .param("decided", EvaluationStatus.DECIDED.name())
                .query(EvaluationStore::mapRound)
                .list();
    }

    Optional<EvaluationView> find(long id) {
        return jdbc.sql(EVALUATION + " where id = ?")
                .param(id)
                .query(EvaluationStore::map)
                .optional();
    }

    List<EvaluationView> ofPerson(long personId) {
        return jdbc.sql(EVALUATION + " where person_id = ? order by round_id desc")
                .param(personId)
                .query(EvaluationStore::map)
                .list();
    }

    /** Member progress of a round in the subtree of each of {@code organizationIds} (names left to the service). */
    List<UnitProgress> progress(long roundId, List<Long> organizationIds) {
        return jdbc.sql("""
                        select u.id, p.*
                        from unnest(:units::bigint[]) with ordinality as u(id, n),
                        lateral (
                            select count(*) as members,
                                   count(*) filter (where e.status = :decided) as decided,
                                   count(*) filter (where e.decided_rating = :excellent) as excellent,
                                   count(*) filter (where e.decided_rating = :good) as good,
                                   count(*) filter (where e.decided_rating = :completed) as completed,
                                   count(*) filter (where e.decided_rating = :notCompleted) as not_completed
                            from evaluation.evaluations e
                            where e.round_id = :round and e.subject = :member
                              and e.organization_id in (select organization.subtree_ids(array[u.id]))
                        ) p
                        order by u.n
                        """)
                .param("units", organizationIds.toArray(Long[]::new))
                .param("round", roundId)
                .param("member", Subject.MEMBER.name())
                .param("decided", EvaluationStatus.DECIDED.name())
                .param("excellent", Rating.EXCELLENT.name())
                .param("good", Rating.GOOD.name())
                .param("completed", Rating.COMPLETED.name())
                .param("notCompleted", Rating.NOT_COMPLETED.name())
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
                .query(EvaluationStore::map)
                .list();
    }

    /** Writes a self-assessment, moving the evaluation from {@code from} to {@code to} (the transition table's). */
    void selfAssess(SelfAssessment s, EvaluationStatus from, EvaluationStatus to) {
        int rows = jdbc.sql("""
                        update evaluation.evaluations set tasks_completed_percent = ?, common_score = ?, task_score = ?,
                            tasks_exceeding_percent = ?, tasks_late_percent = ?, self_rating = ?, self_remarks = ?,
                            status = ?, version = version + 1
                        where id = ? and version = ? and status = ?
                        """)
                .params(
                        s.tasksCompletedPercent(),
                        s.commonScore(),
                        s.taskScore(),
                        s.tasksExceedingPercent(),
                        s.tasksLatePercent(),
                        s.selfRating() == null ? null : s.selfRating().name(),
                        s.remarks(),
                        to.name(),
                        s.id(),
                        s.version(),
                        from.name())
                .update();
        requireOne(rows, s.id());
    }

    void propose(
            long id,
            Rating rating,
            String remarks,
            String by,
            int version,
            EvaluationStatus from,
            EvaluationStatus to) {
        int rows = jdbc.sql("""
                        update evaluation.evaluations set proposed_rating = ?, proposal_remarks = ?, proposed_by = ?,
                            status = ?, version = version + 1
                        where id = ? and version = ? and status = ?
                        """)
                .params(rating.name(), remarks, by, to.name(), id, version, from.name())
                .update();
        requireOne(rows, id);
    }

    /** Writes a decision (or a correction); a decision flagged for review is reviewed by it. */
    void decide(
            long id,
            Rating rating,
            String remarks,
            String by,
            int version,
            EvaluationStatus from,
            EvaluationStatus to) {
        int rows = jdbc.sql("""
                        update evaluation.evaluations set decided_rating = ?, decision_remarks = ?, decided_by = ?,
                            decided_at = now(), status = ?, review_reason = null, version = version + 1
                        where id = ? and version = ? and status = ?
                        """)
                .params(rating.name(), remarks, by, to.name(), id, version, from.name())
                .update();
        requireOne(rows, id);
    }

    /** Closes an open round; false when it was not open (closed meanwhile by someone else). */
    boolean closeRound(long id) {
        return jdbc.sql("update evaluation.rounds set status = ?, version = version + 1 where id = ? and status = ?")
                        .params(
                                RoundLifecycle.OPEN
                                        .next(RoundLifecycle.Action.CLOSE)
                                        .name(),
                                id,
                                RoundLifecycle.OPEN.name())
                        .update()
                == 1;
    }

    /** The evaluations of a round not decided yet, members and collectives, in the order of their organisation. */
    List<EvaluationView> undecided(long roundId) {
        return jdbc.sql(EVALUATION + " where round_id = ? and status <> ? order by organization_id, id")
                .params(roundId, EvaluationStatus.DECIDED.name())
                .query(EvaluationStore::map)
                .list();
    }

    /** Each member of a round with their evaluation: person id, evaluation id. */
    Map<Long, Long> memberEvaluations(long roundId) {
        var ids = new LinkedHashMap<Long, Long>();
        jdbc.sql("select person_id, id from evaluation.evaluations where round_id = ? and subject = ? order by id")
                .params(roundId, Subject.MEMBER.name())
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
                        select count(*) filter (where decided_rating = :good),
                               count(*) filter (where decided_rating = :excellent)
                        from evaluation.evaluations
                        where round_id = :round and grassroots_id = :grassroots and subject = :member
                          and status = :decided and id <> :except
                        """)
                .param("good", Rating.GOOD.name())
                .param("excellent", Rating.EXCELLENT.name())
                .param("round", roundId)
                .param("grassroots", grassrootsId)
                .param("member", Subject.MEMBER.name())
                .param("decided", EvaluationStatus.DECIDED.name())
                .param("except", except)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    /**
     * Flags the decided evaluations of a person (a member) or of an organisation (a collective) in rounds of {@code
     * year} for review, with the reason; returns how many were flagged.
     */
    int flagForReview(Subject subject, long id, int year, String reason) {
        return jdbc.sql("""
                        update evaluation.evaluations e set review_reason = :reason
                        from evaluation.rounds r
                        where r.id = e.round_id and r.year = :year and e.status = :decided and e.subject = :subject
                          and (case when :subject = :member then e.person_id else e.organization_id end) = :id
                        """)
                .param("reason", reason)
                .param("year", year)
                .param("decided", EvaluationStatus.DECIDED.name())
                .param("subject", subject.name())
                .param("member", Subject.MEMBER.name())
                .param("id", id)
                .update();
    }

    /** The decided evaluations flagged for review in the subtrees of {@code roots}, in open or closed rounds. */
    List<EvaluationView> flagged(Set<Long> roots) {
        return jdbc.sql(EVALUATION + """
                         where review_reason is not null
                           and organization_id in (select organization.subtree_ids(:roots))
                         order by round_id, organization_id, id
                        """)
                .param("roots", Scope.asArray(roots))
                .query(EvaluationStore::map)
                .list();
    }

    /** The corrections of one evaluation, oldest first: from, to, reason, by whom, when. */
    List<RatingCorrection> corrections(long evaluationId) {
        return jdbc.sql("""
                        select from_rating, to_rating, reason, corrected_by, corrected_at
                        from evaluation.corrections where evaluation_id = ? order by corrected_at, id
                        """)
                .param(evaluationId)
                .query((rs, i) -> new RatingCorrection(
                        Rating.valueOf(rs.getString(1)),
                        Rating.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, java.time.OffsetDateTime.class)))
                .list();
    }

    void insertCorrection(long evaluationId, Rating from, Rating to, String reason, String by) {
        jdbc.sql("""
                        insert into evaluation.corrections (evaluation_id, from_rating, to_rating, reason, corrected_by)
                        values (?, ?, ?, ?, ?)
                        """).params(evaluationId, from.name(), to.name(), reason, by).update();
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Evaluation " + id + " was changed by someone else");
        }
    }

    private static Rating rating(String value) {
        return value == null ? null : Rating.valueOf(value);
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
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
                rs.getBoolean("score_falls_back"),
                rs.getString("title"),
                RoundLifecycle.valueOf(rs.getString("status")) == RoundLifecycle.OPEN,
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
                decimal(rs, "tasks_completed_percent"),
                decimal(rs, "common_score"),
                decimal(rs, "task_score"),
                decimal(rs, "tasks_exceeding_percent"),
                decimal(rs, "tasks_late_percent"),
                rating(rs.getString("self_rating")),
                rs.getString("self_remarks"),
                rating(rs.getString("proposed_rating")),
                rs.getString("proposal_remarks"),
                rating(rs.getString("decided_rating")),
                rs.getString("decision_remarks"),
                rs.getString("decided_by"),
                rs.getString("review_reason"),
                rs.getInt("version"));
    }
}
