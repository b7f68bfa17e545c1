package vn.lamtheobac.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.WorkItem;
import vn.lamtheobac.shared.WorkItems;

/**
 * The start page's lines about nominations: those waiting at a committee in the caller's subtrees for review, those
 * waiting there for a decision, and those returned to a unit of the subtrees to be resubmitted; never the caller's
 * own. The deadline shown is the nearest end of their movements.
 */
@Component
class RecognitionWorkItems implements WorkItems {

    private final JdbcClient jdbc;

    RecognitionWorkItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many nominations wait at one step, the nearest end of their movements, and their movement if only one. */
    private record Step(long count, LocalDate due, Long movement) {}

    @Override
    public List<WorkItem> itemsFor(Scope scope) {
        var keepers = scope.rootsFor(Capability.KEEP_RECORDS);
        if (keepers.isEmpty()) {
            return List.of();
        }
        var deciders = scope.rootsFor(Capability.DECIDE_COMMENDATIONS);
        var steps = jdbc.sql("""
                        with waiting as (
                            select n.movement_id, m.ends_on,
                                   case when n.status = any(:reviewed)
                                             and n.current_level_organization_id
                                                 in (select organization.subtree_ids(:keepers)) then 'REVIEW'
                                        when n.status = :awaiting
                                             and n.current_level_organization_id
                                                 in (select organization.subtree_ids(:deciders)) then 'DECIDE'
                                        when n.status = :returned
                                             and n.organization_id in (select organization.subtree_ids(:keepers))
                                             then 'RESUBMIT' end as step
                            from recognition.nominations n join recognition.movements m on m.id = n.movement_id
                            where n.status = any(:waiting)
                              and n.person_id is distinct from :me)
                        select step, count(*), min(ends_on),
                               case when min(movement_id) = max(movement_id) then min(movement_id) end
                        from waiting where step is not null group by step
                        """)
                .param("reviewed", names(NominationStatus.PROPOSED, NominationStatus.UNDER_REVIEW))
                .param("awaiting", NominationStatus.AWAITING_DECISION.name())
                .param("returned", NominationStatus.RETURNED.name())
                .param(
                        "waiting",
                        names(
                                NominationStatus.PROPOSED,
                                NominationStatus.UNDER_REVIEW,
                                NominationStatus.AWAITING_DECISION,
                                NominationStatus.RETURNED))
                .param("keepers", Scope.asArray(keepers))
                .param("deciders", Scope.asArray(deciders))
                .param("me", scope.personId() == null ? -1L : scope.personId())
                .query((rs, i) -> Map.entry(
                        rs.getString(1),
                        new Step(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, Long.class))))
                .list();
        var items = new ArrayList<WorkItem>();
        for (var entry : steps) {
            var step = entry.getValue();
            switch (entry.getKey()) {
                case "REVIEW" -> items.add(item("nominations-to-review", "home.todo.nominations.toReview", step, null));
                case "DECIDE" ->
                    items.add(item(
                            "nominations-to-decide",
                            "home.todo.nominations.toDecide",
                            step,
                            NominationStatus.AWAITING_DECISION.name()));
                default ->
                    items.add(item(
                            "nominations-returned",
                            "home.todo.nominations.returned",
                            step,
                            NominationStatus.RETURNED.name()));
            }
        }
        return items;
    }

    private static String[] names(NominationStatus... statuses) {
        return java.util.Arrays.stream(statuses).map(Enum::name).toArray(String[]::new);
    }

    private static WorkItem item(String id, String key, Step step, String status) {
        String href = step.movement() == null
                ? "/app/recognition"
                : "/app/recognition/movements/" + step.movement() + (status == null ? "" : "?status=" + status);
        return WorkItem.due(id, key, step.count(), step.due(), href);
    }
}
