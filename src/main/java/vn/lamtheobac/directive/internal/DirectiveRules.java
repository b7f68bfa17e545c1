package vn.lamtheobac.directive.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.lamtheobac.directive.Attendance;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DisseminationForm;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * The rules of a directive and its dissemination, as pure functions of the facts the service reads: each returns the
 * violations, empty when the rule holds. They are checked at every transition that depends on them (the draft, its
 * revision, the issue, the correction; the session and its correction), so a rule that held when the draft was saved
 * is checked again when the tree or the calendar has moved since.
 *
 * <ul>
 *   <li>A committee directs the organisations under it: every target lies in the issuer's subtree (Điều lệ Đảng,
 *       Điều 9 khoản 4: cấp dưới phục tùng cấp trên), when drafted and again when issued.
 *   <li>A directive is dated the day it is signed, never in the future, and its deadline is not before that day
 *       (Hướng dẫn 36-HD/VPTW, thể thức: địa danh và ngày tháng năm ban hành).
 *   <li>A session counts as dissemination only between the issue and today, with a form and at least one attendee;
 *       attended never exceeds invited in any category (Kết luận 01-KL/TW: quán triệt đến từng chi bộ, đảng viên).
 *   <li>Titles keep within 1,000 characters, and every correction or ending gives its reason (the audit trail).
 * </ul>
 */
public final class DirectiveRules {

    /** The level classes a directive can be addressed to by level. */
    public static final Set<String> LEVELS = Set.of("UPPER_GRASSROOTS", "GRASSROOTS", "CELL");

    public static final int TITLE_MAX = 1000;

    private DirectiveRules() {}

    /**
     * What a draft's content needs, when drafted and when revised. {@code outside} are the addressed organisations
     * (chosen, or the root of a level) not under the issuer; the other facts say whether the type, theme and programme
     * were found.
     */
    public static List<Violation> content(
            DirectiveContent content,
            boolean typeKnown,
            Collection<Long> outside,
            boolean themeFits,
            boolean programmeFound,
            LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (!typeKnown) {
            violations.add(new Violation("typeCode", "directive.error.type"));
        }
        violations.addAll(title(content.title()));
        violations.addAll(addressing(content, outside));
        if (content.deadline() != null && content.deadline().isBefore(today.minusYears(1))) {
            violations.add(new Violation("deadline", "directive.error.deadlinePast"));
        }
        if (!themeFits) {
            violations.add(new Violation("themeId", "directive.error.theme"));
        }
        if (!programmeFound) {
            violations.add(new Violation("programmeId", "directive.error.programme"));
        }
        return violations;
    }

    /** A title is given and keeps within {@value #TITLE_MAX} characters: at the draft and at every correction. */
    public static List<Violation> title(String title) {
        if (title == null || title.isBlank()) {
            return List.of(new Violation("title", "directive.error.title"));
        }
        if (title.length() > TITLE_MAX) {
            return List.of(new Violation("title", "directive.error.titleTooLong"));
        }
        return List.of();
    }

    /** Who the draft is addressed to, by mode; {@code outside}: addressed organisations not under the issuer. */
    public static List<Violation> addressing(DirectiveContent content, Collection<Long> outside) {
        var violations = new ArrayList<Violation>();
        if (content.targetMode() == null) {
            violations.add(new Violation("targetMode", "directive.error.targetMode"));
            return violations;
        }
        if (content.targetMode() != TargetMode.CHOSEN
                && (content.targetLevel() == null || !LEVELS.contains(content.targetLevel()))) {
            violations.add(new Violation("targetLevel", "directive.error.targetLevel"));
        }
        switch (content.targetMode()) {
            case LEVEL -> {}
            case LEVEL_UNDER -> {
                if (content.targetRootId() == null) {
                    violations.add(new Violation("targetRootId", "directive.error.targetRoot"));
                } else if (!outside.isEmpty()) {
                    violations.add(new Violation("targetRootId", "directive.error.targetOutside"));
                }
            }
            case CHOSEN -> {
                if (content.chosenTargetIds() == null
                        || content.chosenTargetIds().isEmpty()) {
                    violations.add(new Violation("chosenTargetIds", "directive.error.noTargets"));
                } else if (!outside.isEmpty()) {
                    violations.add(new Violation("chosenTargetIds", "directive.error.targetOutside"));
                }
            }
        }
        return violations;
    }

    /**
     * The issue: dated today or before, the deadline not before it, and the targets as resolved today — at least one,
     * every one under the issuer ({@code outside} empty), whatever moved in the tree since the draft.
     */
    public static List<Violation> issue(
            LocalDate issuedOn,
            LocalDate deadline,
            TargetMode mode,
            List<Long> targets,
            Collection<Long> outside,
            LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (issuedOn.isAfter(today)) {
            violations.add(new Violation("issuedOn", "directive.error.issuedInFuture"));
        }
        if (deadline != null && deadline.isBefore(issuedOn)) {
            violations.add(new Violation("deadline", "directive.error.deadlineBeforeIssue"));
        }
        if (!outside.isEmpty()) {
            violations.add(new Violation(
                    mode == TargetMode.CHOSEN ? "chosenTargetIds" : "targetRootId", "directive.error.targetOutside"));
        } else if (targets.isEmpty()) {
            violations.add(new Violation(null, "directive.error.noTargets"));
        }
        return violations;
    }

    /** The audited correction of an issued directive: the same title rule, the deadline not before the issue. */
    public static List<Violation> correction(String title, LocalDate deadline, String reason, LocalDate issuedOn) {
        var violations = new ArrayList<Violation>(reason(reason));
        violations.addAll(title(title));
        if (deadline != null && deadline.isBefore(issuedOn)) {
            violations.add(new Violation("deadline", "directive.error.deadlineBeforeIssue"));
        }
        return violations;
    }

    /** A correction or an ending gives its reason. */
    public static List<Violation> reason(String reason) {
        return reason == null || reason.isBlank()
                ? List.of(new Violation("reason", "directive.error.reasonRequired"))
                : List.of();
    }

    /** A session as recorded or as corrected: held between the issue and today, with a form and an attendance. */
    public static List<Violation> session(
            LocalDate heldOn, DisseminationForm form, Attendance attendance, LocalDate issuedOn, LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (heldOn == null) {
            violations.add(new Violation("heldOn", "dissemination.error.heldOn"));
        } else if (heldOn.isAfter(today)) {
            violations.add(new Violation("heldOn", "dissemination.error.heldInFuture"));
        } else if (heldOn.isBefore(issuedOn)) {
            violations.add(new Violation("heldOn", "dissemination.error.heldBeforeIssue"));
        }
        if (form == null) {
            violations.add(new Violation("form", "dissemination.error.form"));
        }
        for (var category : attendance.invalidCategories()) {
            violations.add(new Violation(
                    "attended[" + category.ordinal() + "]", "dissemination.error.attendance", category.name()));
        }
        if (attendance.totalAttended() == 0 && violations.isEmpty()) {
            violations.add(new Violation(null, "dissemination.error.nobody"));
        }
        return violations;
    }

    /** A session's correction: the session's rules, and the reason. */
    public static List<Violation> sessionCorrection(
            LocalDate heldOn,
            DisseminationForm form,
            Attendance attendance,
            String reason,
            LocalDate issuedOn,
            LocalDate today) {
        var violations = new ArrayList<Violation>(session(heldOn, form, attendance, issuedOn, today));
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "dissemination.error.reasonRequired"));
        }
        return violations;
    }

    /** Refuses with every violation at once, or does nothing. */
    public static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
