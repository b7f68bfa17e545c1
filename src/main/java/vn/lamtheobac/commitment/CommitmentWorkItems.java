package vn.lamtheobac.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.WorkItem;
import vn.lamtheobac.shared.WorkItem.Urgency;
import vn.lamtheobac.shared.WorkItems;

/**
 * The start page's lines about commitments: for a member, where this year's own commitment stands and what is due;
 * for a reviewer, this year's commitments in their subtrees waiting to be acknowledged or assessed (not their own).
 */
@Component
class CommitmentWorkItems implements WorkItems {

    private final JdbcClient jdbc;
    private final Clock clock;

    CommitmentWorkItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Scope scope) {
        var today = VietnamTime.today(clock);
        var items = new ArrayList<WorkItem>();
        if (scope.personId() != null) {
            items.add(mine(scope.personId(), today));
        }
        var roots = scope.rootsFor(Capability.KEEP_RECORDS);
        if (!roots.isEmpty()) {
            items.addAll(toReview(scope, today.getYear()));
        }
        return items;
    }

    private WorkItem mine(long personId, LocalDate today) {
        int year = today.getYear();
        // a year is a name, not a number to group by thousands
        List<Object> args = List.of(String.valueOf(year));
        record Own(CommitmentStatus status, ItemResult outcome) {}
        var own = jdbc.sql("select status, outcome from commitment.commitments where person_id = ? and year = ?")
                .params(personId, year)
                .query((rs, i) -> new Own(
                        CommitmentStatus.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : ItemResult.valueOf(rs.getString(2))))
                .optional()
                .orElse(new Own(null, null));
        String href = "/app/commitments/mine";
        String id = "my-commitment";
        if (own.status() == null) {
            return item(id, "home.todo.commitment.write", args, null, href, Urgency.DUE);
        }
        return switch (own.status()) {
            case DRAFT -> item(id, "home.todo.commitment.submit", args, null, href, Urgency.DUE);
            case SUBMITTED -> item(id, "home.todo.commitment.submitted", args, null, href, Urgency.INFO);
            case ACKNOWLEDGED -> {
                var opens = vn.lamtheobac.commitment.internal.CommitmentRules.selfAssessmentOpens(year);
                yield today.isBefore(opens)
                        ? item(id, "home.todo.commitment.selfAssessOpens", args, opens, href, Urgency.INFO)
                        : item(id, "home.todo.commitment.selfAssess", args, null, href, Urgency.DUE);
            }
            case SELF_ASSESSED -> item(id, "home.todo.commitment.selfAssessed", args, null, href, Urgency.INFO);
            case ASSESSED, CLOSED ->
                item(
                        id,
                        own.outcome() == null
                                ? "home.todo.commitment.assessed"
                                : "home.todo.commitment.result." + own.outcome(),
                        args,
                        null,
                        href,
                        Urgency.INFO);
        };
    }

    /** One aggregate query: how many this year's commitments in the reviewer's subtrees wait at each step. */
    private List<WorkItem> toReview(Scope scope, int year) {
        var roots = scope.rootsFor(Capability.KEEP_RECORDS);
        record Waiting(long toAcknowledge, Long acknowledgeIn, long toAssess, Long assessIn) {}
        var waiting = jdbc.sql("""
                        select count(*) filter (where status = :submitted),
                               case when min(organization_id) filter (where status = :submitted)
                                         = max(organization_id) filter (where status = :submitted)
                                    then min(organization_id) filter (where status = :submitted) end,
                               count(*) filter (where status = :selfAssessed),
                               case when min(organization_id) filter (where status = :selfAssessed)
                                         = max(organization_id) filter (where status = :selfAssessed)
                                    then min(organization_id) filter (where status = :selfAssessed) end
                        from commitment.commitments
                        where year = :year and status in (:submitted, :selfAssessed)
                          and organization_id in (select organization.subtree_ids(:roots))
                          and person_id <> :me
                        """)
                .param("year", year)
                .param("submitted", CommitmentStatus.SUBMITTED.name())
                .param("selfAssessed", CommitmentStatus.SELF_ASSESSED.name())
                .param("roots", Scope.asArray(roots))
                .param("me", scope.personId() == null ? -1L : scope.personId())
                .query((rs, i) -> new Waiting(
                        rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3), rs.getObject(4, Long.class)))
                .single();
        long fallback = roots.iterator().next();
        var items = new ArrayList<WorkItem>();
        if (waiting.toAcknowledge() > 0) {
            items.add(WorkItem.due(
                    "commitments-to-acknowledge",
                    "home.todo.commitments.toAcknowledge",
                    waiting.toAcknowledge(),
                    null,
                    list(waiting.acknowledgeIn() != null ? waiting.acknowledgeIn() : fallback, year, "SUBMITTED")));
        }
        if (waiting.toAssess() > 0) {
            items.add(WorkItem.due(
                    "commitments-to-assess",
                    "home.todo.commitments.toAssess",
                    waiting.toAssess(),
                    null,
                    list(waiting.assessIn() != null ? waiting.assessIn() : fallback, year, "SELF_ASSESSED")));
        }
        return items;
    }

    private static String list(long organizationId, int year, String status) {
        return "/app/commitments?organization=" + organizationId + "&year=" + year + "&status=" + status;
    }

    private static WorkItem item(
            String id, String key, List<Object> args, LocalDate due, String href, Urgency urgency) {
        return new WorkItem(id, key, args, 0, due, href, urgency);
    }
}
