package vn.lamtheobac.commitment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.commitment.CommitmentItem;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.commitment.Section;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * The rules of a commitment, as pure functions of the facts the service reads; each refusal names what is missing.
 * They are checked at every transition that depends on them, not only at the first save:
 *
 * <ul>
 *   <li>Party members and civil servants write a yearly commitment (Kết luận 01-KL/TW): at the write and at the
 *       submission.
 *   <li>A commitment is written for last year, this year or next year (the commitment calendar): at the write and at
 *       the submission, so a draft left from a closed year is not handed in.
 *   <li>A complete commitment has a line in every section and a measurable target for each task: at the submission.
 *   <li>The year-end self-assessment opens on 1 October of the commitment's year and covers every item.
 *   <li>Acknowledging, returning, assessing, closing and correcting are the cell's, never the writer's own (no one
 *       reviews their own commitment); returns and corrections give their reason, assessments their outcome.
 * </ul>
 */
public final class CommitmentRules {

    /** Who writes a commitment: party members and civil servants. */
    public static final Set<PersonCategory> COMMITTED = EnumSet.of(
            PersonCategory.PARTY_MEMBER_OFFICIAL,
            PersonCategory.PARTY_MEMBER_PROBATIONARY,
            PersonCategory.CIVIL_SERVANT);

    /** Year-end self-assessment opens on the first day of this month of the commitment's year. */
    public static final int SELF_ASSESSMENT_OPENS_IN_MONTH = 10;

    public static final int ITEM_MAX = 2000;

    private CommitmentRules() {}

    /** The years a commitment can be written for, oldest first: last year, this year and next year. */
    public static List<Integer> writableYears(int thisYear) {
        return List.of(thisYear - 1, thisYear, thisYear + 1);
    }

    /** Refuses a year outside {@link #writableYears}, at the form's year field. */
    public static void requireWritableYear(int year, int thisYear) {
        var years = writableYears(thisYear);
        if (!years.contains(year)) {
            throw BusinessRuleException.atField(
                    "year", "commitment.error.year", years.get(0), years.get(years.size() - 1));
        }
    }

    /** Refuses a writer who owes no commitment (neither a party member nor a civil servant). */
    public static void requireCommitted(boolean committed) {
        if (!committed) {
            throw new BusinessRuleException("commitment.error.notCommitted");
        }
    }

    public static LocalDate selfAssessmentOpens(int year) {
        return LocalDate.of(year, SELF_ASSESSMENT_OPENS_IN_MONTH, 1);
    }

    public static boolean selfAssessmentOpen(int year, LocalDate today) {
        return !today.isBefore(selfAssessmentOpens(year));
    }

    /**
     * Every line needs content within {@value #ITEM_MAX} characters; a complete commitment (one to submit) also needs
     * a line in every section, at the section's name, and a target for every task.
     */
    public static List<Violation> items(List<ItemDraft> items, boolean complete) {
        var violations = new ArrayList<Violation>();
        if (items == null) {
            return List.of(new Violation(null, "commitment.error.empty"));
        }
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item.section() == null
                    || item.content() == null
                    || item.content().isBlank()) {
                violations.add(new Violation(null, "commitment.error.itemEmpty", i + 1));
            } else if (item.content().length() > ITEM_MAX) {
                violations.add(new Violation(null, "commitment.error.itemTooLong", i + 1));
            }
        }
        if (complete) {
            for (var section : Section.values()) {
                if (items.stream().noneMatch(i -> i.section() == section)) {
                    violations.add(
                            new Violation(section.name(), "commitment.error.sectionEmpty", section.ordinal() + 1));
                }
            }
            if (items.stream()
                    .anyMatch(i -> i.section() == Section.TASK
                            && (i.target() == null || i.target().isBlank()))) {
                violations.add(new Violation(Section.TASK.name(), "commitment.error.taskTarget"));
            }
        }
        return violations;
    }

    /** A result for every item of the commitment. */
    public static void requireEveryItem(List<CommitmentItem> items, Map<Long, ItemResult> results) {
        boolean complete = results != null && items.stream().allMatch(i -> results.get(i.id()) != null);
        if (!complete) {
            throw new BusinessRuleException("commitment.error.everyItem");
        }
    }

    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.atField("reason", "commitment.error.reasonRequired");
        }
    }

    public static void requireOutcome(ItemResult outcome) {
        if (outcome == null) {
            throw BusinessRuleException.atField("outcome", "commitment.error.outcome");
        }
    }

    /**
     * Who reviews (acknowledges, returns, assesses, closes, corrects): a record keeper of the writer's organisation,
     * never the writer themselves.
     */
    public static void requireReviewer(boolean ownCommitment, boolean keepsTheRecords) {
        if (ownCommitment) {
            throw new ForbiddenException("commitment.error.ownReview");
        }
        if (!keepsTheRecords) {
            throw new ForbiddenException("commitment.error.notReviewer");
        }
    }

    public static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
