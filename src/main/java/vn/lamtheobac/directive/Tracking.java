package vn.lamtheobac.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * How far a directive's dissemination has gone under one node of the tree: totals, one line per child of the node
 * (drill down by opening a child), the overdue targets, and attendance by category.
 */
public record Tracking(
        long directiveId,
        long nodeId,
        String nodeName,
        Progress total,
        List<ChildProgress> byChild,
        List<TargetLine> overdue,
        Attendance attendance) {

    /** Counts of targets by status. */
    public record Progress(int targets, int done, int doneLate, int overdue, int notYet) {

        public int percentDone() {
            return targets == 0 ? 0 : (done + doneLate) * 100 / targets;
        }

        public Progress plus(DisseminationStatus status) {
            return new Progress(
                    targets + 1,
                    done + (status == DisseminationStatus.DONE ? 1 : 0),
                    doneLate + (status == DisseminationStatus.DONE_LATE ? 1 : 0),
                    overdue + (status == DisseminationStatus.OVERDUE ? 1 : 0),
                    notYet + (status == DisseminationStatus.NOT_YET ? 1 : 0));
        }

        public static Progress empty() {
            return new Progress(0, 0, 0, 0, 0);
        }
    }

    /** A child of the node (or the node itself when it is a target), with the targets in its subtree. */
    public record ChildProgress(long organizationId, String name, boolean self, boolean drillable, Progress progress) {}

    /** One target and where it stands. */
    public record TargetLine(long organizationId, String name, DisseminationStatus status, LocalDate firstHeldOn) {}
}
