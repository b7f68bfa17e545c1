package vn.lamtheobac.shared;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the start page's to-do list.
 *
 * @param id a stable name, unique on the page (the element id is {@code todo-} + id)
 * @param messageKey the text, with {@code args}
 * @param count how many things wait (shown as a badge), or {@code 0} for a line about the caller's own record
 * @param due the nearest deadline (or the date something opens), or {@code null}
 * @param href the page where the caller acts
 * @param urgency how soon it must be done
 */
public record WorkItem(
        String id, String messageKey, List<Object> args, long count, LocalDate due, String href, Urgency urgency) {

    /** Most urgent first. */
    public enum Urgency {
        /** Its deadline has passed. */
        OVERDUE,
        /** To be done now. */
        DUE,
        /** Not yet possible, or waiting for someone else: shown for information. */
        INFO
    }

    /** Most urgent first, then the nearest deadline; lines without a deadline last. */
    public static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator.comparing(WorkItem::urgency)
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()));

    public WorkItem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** The arguments as the message source takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    /** A count of things waiting to be done now. */
    public static WorkItem due(String id, String messageKey, long count, LocalDate due, String href) {
        return new WorkItem(id, messageKey, List.of(), count, due, href, Urgency.DUE);
    }
}
