package vn.lamtheobac.directive;

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
 * The start page's lines about directives: the issued directives the organisations in the caller's subtrees must
 * still disseminate (no session recorded yet), those past their deadline apart and first, each with its nearest
 * deadline. Only for those who record sessions.
 */
@Component
class DirectiveWorkItems implements WorkItems {

    private final JdbcClient jdbc;
    private final Clock clock;

    DirectiveWorkItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Scope scope) {
        var roots = scope.rootsFor(Capability.KEEP_RECORDS);
        if (roots.isEmpty()) {
            return List.of();
        }
        record Open(long overdue, LocalDate overdueSince, long pending, LocalDate nextDeadline) {}
        var open = jdbc.sql("""
                        select count(*) filter (where d.deadline < :today),
                               min(d.deadline) filter (where d.deadline < :today),
                               count(*) filter (where d.deadline is null or d.deadline >= :today),
                               min(d.deadline) filter (where d.deadline >= :today)
                        from directive.directives d join directive.targets t on t.directive_id = d.id
                        where d.status = :issued
                          and t.organization_id in (select organization.subtree_ids(:roots))
                          and not exists (select 1 from directive.disseminations s
                                          where s.directive_id = d.id and s.organization_id = t.organization_id)
                        """)
                .param("today", VietnamTime.today(clock))
                .param("issued", DirectiveStatus.ISSUED.name())
                .param("roots", Scope.asArray(roots))
                .query((rs, i) -> new Open(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class)))
                .single();
        var items = new ArrayList<WorkItem>();
        if (open.overdue() > 0) {
            items.add(new WorkItem(
                    "directives-overdue",
                    "home.todo.directives.overdue",
                    List.of(),
                    open.overdue(),
                    open.overdueSince(),
                    "/app/inbox",
                    Urgency.OVERDUE));
        }
        if (open.pending() > 0) {
            items.add(WorkItem.due(
                    "directives-to-disseminate",
                    "home.todo.directives.toDisseminate",
                    open.pending(),
                    open.nextDeadline(),
                    "/app/inbox"));
        }
        return items;
    }
}
