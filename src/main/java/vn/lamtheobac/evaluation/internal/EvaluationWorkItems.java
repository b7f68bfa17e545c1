package vn.lamtheobac.evaluation.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.EvaluationStatus;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.WorkItem;
import vn.lamtheobac.shared.WorkItems;

/**
 * The start page's lines about open evaluation rounds: a member's own evaluation still to self-assess; for a record
 * keeper, members of their subtrees who self-assessed and wait for the cell's proposal, and proposed members of the
 * grassroots organisations in their subtrees waiting for a decision (never their own).
 */
@Component
class EvaluationWorkItems implements WorkItems {

    private final JdbcClient jdbc;

    EvaluationWorkItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> itemsFor(Scope scope) {
        var items = new ArrayList<WorkItem>();
        if (scope.personId() != null) {
            record Own(long count, long id) {}
            var own = jdbc.sql("""
                            select count(*), coalesce(min(e.id), 0)
                            from evaluation.evaluations e join evaluation.rounds r on r.id = e.round_id
                            where e.subject = ? and e.person_id = ? and e.status = ?
                              and r.status = ?
                            """)
                    .params(
                            Subject.MEMBER.name(),
                            scope.personId(),
                            EvaluationStatus.PENDING.name(),
                            RoundLifecycle.OPEN.name())
                    .query((rs, i) -> new Own(rs.getLong(1), rs.getLong(2)))
                    .single();
            if (own.count() > 0) {
                items.add(WorkItem.due(
                        "my-evaluation",
                        "home.todo.evaluation.selfAssess",
                        0,
                        null,
                        own.count() == 1 ? "/app/evaluations/items/" + own.id() : "/app/evaluations"));
            }
        }
        var roots = scope.rootsFor(Capability.KEEP_RECORDS);
        if (roots.isEmpty()) {
            return items;
        }
        record Waiting(long toPropose, Long proposeRound, long toDecide, Long decideRound) {}
        var waiting = jdbc.sql("""
                        with due as (
                            select e.round_id,
                                   e.status = :selfAssessed
                                       and e.organization_id in (select organization.subtree_ids(:roots)) as propose,
                                   e.status = :proposed
                                       and e.grassroots_id in (select organization.subtree_ids(:roots)) as decide
                            from evaluation.evaluations e join evaluation.rounds r on r.id = e.round_id
                            where r.status = :open and e.subject = :member and e.person_id <> :me
                              and e.status in (:selfAssessed, :proposed))
                        select count(*) filter (where propose),
                               case when min(round_id) filter (where propose) = max(round_id) filter (where propose)
                                    then min(round_id) filter (where propose) end,
                               count(*) filter (where decide),
                               case when min(round_id) filter (where decide) = max(round_id) filter (where decide)
                                    then min(round_id) filter (where decide) end
                        from due
                        """)
                .param("roots", Scope.asArray(roots))
                .param("selfAssessed", EvaluationStatus.SELF_ASSESSED.name())
                .param("proposed", EvaluationStatus.PROPOSED.name())
                .param("open", RoundLifecycle.OPEN.name())
                .param("member", Subject.MEMBER.name())
                .param("me", scope.personId() == null ? -1L : scope.personId())
                .query((rs, i) -> new Waiting(
                        rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3), rs.getObject(4, Long.class)))
                .single();
        if (waiting.toPropose() > 0) {
            items.add(WorkItem.due(
                    "evaluations-to-propose",
                    "home.todo.evaluations.toPropose",
                    waiting.toPropose(),
                    null,
                    round(waiting.proposeRound())));
        }
        if (waiting.toDecide() > 0) {
            items.add(WorkItem.due(
                    "evaluations-to-decide",
                    "home.todo.evaluations.toDecide",
                    waiting.toDecide(),
                    null,
                    round(waiting.decideRound())));
        }
        record Review(long count, Long round) {}
        var review = jdbc.sql("""
                        select count(*), case when min(e.round_id) = max(e.round_id) then min(e.round_id) end
                        from evaluation.evaluations e
                        where e.review_reason is not null and e.status = :decided
                          and (e.subject = :member and e.grassroots_id in (select organization.subtree_ids(:roots))
                               or e.subject = :collective and e.organization_id in (
                                   select o.id from organization.organizations o
                                   where o.parent_id in (select organization.subtree_ids(:roots))))
                          and (e.person_id is null or e.person_id <> :me)
                        """)
                .param("decided", EvaluationStatus.DECIDED.name())
                .param("member", Subject.MEMBER.name())
                .param("collective", Subject.COLLECTIVE.name())
                .param("roots", Scope.asArray(roots))
                .param("me", scope.personId() == null ? -1L : scope.personId())
                .query((rs, i) -> new Review(rs.getLong(1), rs.getObject(2, Long.class)))
                .single();
        if (review.count() > 0) {
            items.add(WorkItem.due(
                    "evaluations-to-review",
                    "home.todo.evaluations.toReview",
                    review.count(),
                    null,
                    round(review.round())));
        }
        return items;
    }

    private static String round(Long id) {
        return id == null ? "/app/evaluations" : "/app/evaluations/" + id;
    }
}
