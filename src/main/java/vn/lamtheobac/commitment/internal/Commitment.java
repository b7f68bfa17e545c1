package vn.lamtheobac.commitment.internal;

import static vn.lamtheobac.commitment.internal.CommitmentRules.refuse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentStatus;
import vn.lamtheobac.commitment.CommitmentView;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.commitment.internal.CommitmentLifecycle.Action;

/**
 * A commitment as an aggregate: its state changes only through these methods, each allowed by
 * {@link CommitmentLifecycle}'s table and checked against {@link CommitmentRules} with the facts of the moment. Each
 * returns the status the commitment moves to; the service persists it, binding the statuses from and to.
 */
public final class Commitment {

    /** Who asks: whether it is the writer's own commitment, and whether they keep the writer's unit's records. */
    public record Caller(boolean own, boolean keepsTheRecords) {}

    private final CommitmentView state;

    private Commitment(CommitmentView state) {
        this.state = state;
    }

    public static Commitment of(CommitmentView state) {
        return new Commitment(state);
    }

    /** The first save of a commitment: a writer who owes one, an open year, lines with content. */
    public static CommitmentStatus begin(List<ItemDraft> items, int year, boolean committed, int thisYear) {
        CommitmentRules.requireCommitted(committed);
        CommitmentRules.requireWritableYear(year, thisYear);
        refuse(CommitmentRules.items(items, false));
        return CommitmentStatus.DRAFT;
    }

    /** A later save of the draft: the same rules as the first. */
    public CommitmentStatus write(List<ItemDraft> items, boolean committed, int thisYear) {
        var next = CommitmentLifecycle.next(state.status(), Action.WRITE);
        begin(items, state.year(), committed, thisYear);
        return next;
    }

    /**
     * Hands the draft in: still a writer who owes one, still an open year (a draft left from a closed year is not
     * handed in), and complete.
     */
    public CommitmentStatus submit(List<ItemDraft> items, boolean committed, int thisYear) {
        var next = CommitmentLifecycle.next(state.status(), Action.SUBMIT);
        CommitmentRules.requireCommitted(committed);
        CommitmentRules.requireWritableYear(state.year(), thisYear);
        refuse(CommitmentRules.items(items, true));
        return next;
    }

    /** The items as drafts, for checking what was saved. */
    public List<ItemDraft> itemDrafts() {
        return state.items().stream()
                .map(i -> new ItemDraft(i.section(), i.content(), i.target()))
                .toList();
    }

    public CommitmentStatus acknowledge(Caller caller) {
        CommitmentRules.requireReviewer(caller.own(), caller.keepsTheRecords());
        return CommitmentLifecycle.next(state.status(), Action.ACKNOWLEDGE);
    }

    public CommitmentStatus returnForRevision(Caller caller, String reason) {
        CommitmentRules.requireReviewer(caller.own(), caller.keepsTheRecords());
        var next = CommitmentLifecycle.next(state.status(), Action.RETURN);
        CommitmentRules.requireReason(reason);
        return next;
    }

    /** The member's year-end assessment: once it has opened, of every item. */
    public CommitmentStatus selfAssess(Map<Long, ItemResult> results, LocalDate today) {
        var next = CommitmentLifecycle.next(state.status(), Action.SELF_ASSESS);
        if (!CommitmentRules.selfAssessmentOpen(state.year(), today)) {
            throw new vn.lamtheobac.shared.BusinessRuleException(
                    "commitment.error.selfAssessTooEarly",
                    CommitmentCalendarText.date(CommitmentRules.selfAssessmentOpens(state.year())));
        }
        CommitmentRules.requireEveryItem(state.items(), results);
        return next;
    }

    /** The cell's assessment, by a reviewer, of every item and of the whole. */
    public CommitmentStatus assess(Caller caller, Map<Long, ItemResult> results, ItemResult outcome) {
        CommitmentRules.requireReviewer(caller.own(), caller.keepsTheRecords());
        var next = CommitmentLifecycle.next(state.status(), Action.ASSESS);
        CommitmentRules.requireEveryItem(state.items(), results);
        CommitmentRules.requireOutcome(outcome);
        return next;
    }

    public CommitmentStatus close(Caller caller) {
        CommitmentRules.requireReviewer(caller.own(), caller.keepsTheRecords());
        return CommitmentLifecycle.next(state.status(), Action.CLOSE);
    }

    /** The audited correction of a closed commitment's outcome, by a reviewer, with the reason. */
    public CommitmentStatus correct(Caller caller, ItemResult outcome, String reason) {
        CommitmentRules.requireReviewer(caller.own(), caller.keepsTheRecords());
        var next = CommitmentLifecycle.next(state.status(), Action.CORRECT);
        CommitmentRules.requireReason(reason);
        CommitmentRules.requireOutcome(outcome);
        return next;
    }
}
