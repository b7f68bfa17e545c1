package vn.lamtheobac.directive;

import java.util.List;
import java.util.Set;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * Who a directive is addressed to, by {@link TargetMode}: the rules a draft's addressing must follow, and the
 * organisations it resolves to when issued — always within the issuer's subtree.
 */
final class DirectiveTargets {

    static final Set<String> LEVELS = Set.of("UPPER_GRASSROOTS", "GRASSROOTS", "CELL");

    private DirectiveTargets() {}

    /** Adds to {@code violations} what is wrong with the addressing of {@code content} issued by {@code issuer}. */
    static void check(
            OrganizationManagement organizations, long issuer, DirectiveContent content, List<Violation> violations) {
        if (content.targetMode() == null) {
            violations.add(new Violation("targetMode", "directive.error.targetMode"));
            return;
        }
        switch (content.targetMode()) {
            case LEVEL -> checkLevel(content, violations);
            case LEVEL_UNDER -> {
                checkLevel(content, violations);
                if (content.targetRootId() == null) {
                    violations.add(new Violation("targetRootId", "directive.error.targetRoot"));
                } else if (!organizations.isWithin(content.targetRootId(), Set.of(issuer))) {
                    violations.add(new Violation("targetRootId", "directive.error.targetOutside"));
                }
            }
            case CHOSEN -> {
                if (content.chosenTargetIds() == null
                        || content.chosenTargetIds().isEmpty()) {
                    violations.add(new Violation("chosenTargetIds", "directive.error.noTargets"));
                } else if (content.chosenTargetIds().stream()
                        .anyMatch(target -> !organizations.isWithin(target, Set.of(issuer)))) {
                    violations.add(new Violation("chosenTargetIds", "directive.error.targetOutside"));
                }
            }
        }
    }

    /** The organisations a draft is addressed to, as they are when it is issued. */
    static List<Long> resolve(OrganizationManagement organizations, DirectiveView draft) {
        return switch (draft.targetMode()) {
            case LEVEL ->
                organizations.activeOfLevel(draft.issuingOrganizationId(), LevelClass.valueOf(draft.targetLevel()));
            case LEVEL_UNDER -> {
                // the root may have moved since the draft was saved: the targets stay within the issuer's subtree
                if (!organizations.isWithin(draft.targetRootId(), Set.of(draft.issuingOrganizationId()))) {
                    throw BusinessRuleException.atField("targetRootId", "directive.error.targetOutside");
                }
                yield organizations.activeOfLevel(draft.targetRootId(), LevelClass.valueOf(draft.targetLevel()));
            }
            case CHOSEN -> draft.chosenTargetIds();
        };
    }

    private static void checkLevel(DirectiveContent content, List<Violation> violations) {
        if (content.targetLevel() == null || !LEVELS.contains(content.targetLevel())) {
            violations.add(new Violation("targetLevel", "directive.error.targetLevel"));
        }
    }
}
