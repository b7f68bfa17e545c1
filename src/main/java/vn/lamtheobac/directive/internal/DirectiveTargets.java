package vn.lamtheobac.directive.internal;

import java.util.List;
import vn.lamtheobac.directive.DirectiveView;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;

/**
 * The organisations a draft resolves to when issued, by {@link vn.lamtheobac.directive.TargetMode}. That they lie
 * within the issuer's subtree is {@link DirectiveRules}' rule, checked before resolving.
 */
public final class DirectiveTargets {

    private DirectiveTargets() {}

    /** The organisations a draft is addressed to, as they are when it is issued. */
    public static List<Long> resolve(OrganizationManagement organizations, DirectiveView draft) {
        return switch (draft.targetMode()) {
            case LEVEL ->
                organizations.activeOfLevel(draft.issuingOrganizationId(), LevelClass.valueOf(draft.targetLevel()));
            case LEVEL_UNDER ->
                organizations.activeOfLevel(draft.targetRootId(), LevelClass.valueOf(draft.targetLevel()));
            case CHOSEN -> draft.chosenTargetIds();
        };
    }
}
