package vn.lamtheobac.organization;

import java.time.LocalDate;

/** What happened to the tree; published in the changing transaction. */
public final class OrganizationEvents {

    private OrganizationEvents() {}

    public record OrganizationCreated(long id, Long parentId) {}

    public record OrganizationMoved(long id, Long oldParentId, long newParentId) {}

    /**
     * {@code from} was merged into {@code into}: its children now hang under {@code into} and its members must move
     * there. Listeners run in the same transaction, so the merge and its consequences commit together.
     */
    public record OrganizationsMerged(long from, long into, LocalDate on) {}

    /**
     * {@code id} is about to be dissolved. Listeners run in the same transaction and may refuse with a
     * {@link vn.lamtheobac.shared.BusinessRuleException} (e.g. people still belong to it).
     */
    public record OrganizationDissolved(long id, LocalDate on) {}
}
