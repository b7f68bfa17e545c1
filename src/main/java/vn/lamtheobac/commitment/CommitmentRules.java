package vn.lamtheobac.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lamtheobac.commitment.CommitmentCommands.ItemDraft;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/** The checks on a commitment's content and step, shared by every transition; each refusal names what is missing. */
final class CommitmentRules {

    private CommitmentRules() {}

    /**
     * Every line needs content; a complete commitment (one to submit) also needs a line in every section, at the
     * section's name, and a target for every task.
     */
    static void validateItems(List<ItemDraft> items, boolean complete) {
        var violations = new ArrayList<Violation>();
        if (items == null) {
            throw new InvalidInputException(List.of(new Violation(null, "commitment.error.empty")));
        }
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item.section() == null
                    || item.content() == null
                    || item.content().isBlank()) {
                violations.add(new Violation(null, "commitment.error.itemEmpty", i + 1));
            } else if (item.content().length() > 2000) {
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
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static void requireEveryItem(CommitmentView commitment, Map<Long, ItemResult> results) {
        boolean complete = results != null && commitment.items().stream().allMatch(i -> results.get(i.id()) != null);
        if (!complete) {
            throw new BusinessRuleException("commitment.error.everyItem");
        }
    }

    static void requireStatus(CommitmentView commitment, CommitmentStatus expected, String key) {
        if (commitment.status() != expected) {
            throw new BusinessRuleException(key);
        }
    }
}
