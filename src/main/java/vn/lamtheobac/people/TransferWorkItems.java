package vn.lamtheobac.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.WorkItem;
import vn.lamtheobac.shared.WorkItems;

/** The start page's line for a committee with membership transfers to decide. */
@Component
class TransferWorkItems implements WorkItems {

    private final TransferManagement transfers;

    TransferWorkItems(TransferManagement transfers) {
        this.transfers = transfers;
    }

    @Override
    public List<WorkItem> itemsFor(Scope scope) {
        long pending = transfers.countPending(scope);
        if (pending == 0) {
            return List.of();
        }
        return List.of(new WorkItem(
                "transfers", "home.todo.transfers", List.of(), pending, null, "/app/transfers", WorkItem.Urgency.DUE));
    }
}
