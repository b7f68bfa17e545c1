package vn.lamtheobac.directive;

import java.time.LocalDate;

/** Where a target stands: not yet (deadline ahead), done, done after the deadline, overdue. */
public enum DisseminationStatus {
    NOT_YET,
    DONE,
    DONE_LATE,
    OVERDUE;

    /** The status of a target whose first session was held on {@code firstHeldOn} (or never), seen on {@code today}. */
    public static DisseminationStatus of(LocalDate firstHeldOn, LocalDate deadline, LocalDate today) {
        if (firstHeldOn == null) {
            return deadline == null || !today.isAfter(deadline) ? NOT_YET : OVERDUE;
        }
        return deadline == null || !firstHeldOn.isAfter(deadline) ? DONE : DONE_LATE;
    }

    public boolean done() {
        return this == DONE || this == DONE_LATE;
    }
}
