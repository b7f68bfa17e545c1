package vn.lamtheobac.shared;

import static vn.lamtheobac.shared.Role.ADMIN;
import static vn.lamtheobac.shared.Role.OFFICER;
import static vn.lamtheobac.shared.Role.SECRETARY;
import static vn.lamtheobac.shared.Role.VIEWER;

/**
 * What a committee does, held through a grant at that committee for its whole subtree. Every level does its own part:
 * an officer or secretary of the city, of a ward, of a grassroots committee or of a cell issues that committee's
 * plans, opens its rounds, evaluates its units' models and decides within its entitlement; only the organisation tree
 * itself is changed by officers. Checks ask for a capability ({@link Scope#rootsFor}), never for a level.
 *
 * <p>Every list that leaves the system (an export, a printed list) is a capability of its own, named {@code EXPORT_…}
 * and held by no role unless listed here: the read-only leader ({@link Role#VIEWER}) and the portal's editor
 * ({@link Role#EDITOR}) hold none. Each use is logged ({@link SensitiveDataAccessed}): who, which organisation, how many rows.
 */
public enum Capability {
    /** Read the people, records and figures of the subtree. */
    READ(ADMIN, OFFICER, SECRETARY, VIEWER),
    /** Keep people's records, review commitments, propose ratings, nominate. */
    KEEP_RECORDS(ADMIN, OFFICER, SECRETARY),
    /** Export the list of people with their identity and party records (XLSX; logged). */
    EXPORT_PEOPLE(ADMIN, OFFICER, SECRETARY),
    /** Export the committee's register of issued documents (XLSX; logged). */
    EXPORT_REGISTER(ADMIN, OFFICER, SECRETARY),
    /** Export the list of models and actions with their owners' names (XLSX; logged). */
    EXPORT_MODELS(ADMIN, OFFICER, SECRETARY),
    /** Export or print a round's ratings of members and organisations (XLSX, DOCX; logged). */
    EXPORT_RATINGS(ADMIN, OFFICER, SECRETARY),
    /** Print the members' commitments of a unit for signature (DOCX; logged). */
    EXPORT_COMMITMENTS(ADMIN, OFFICER, SECRETARY),
    /** Issue the committee's own documents and plans, adopt its themes. */
    ISSUE_DOCUMENTS(ADMIN, OFFICER, SECRETARY),
    /** Open (and close) the committee's evaluation rounds. */
    OPEN_ROUNDS(ADMIN, OFFICER, SECRETARY),
    /** Evaluate the models and actions of the units below, recognise good models, publish them with consent. */
    EVALUATE_MODELS(ADMIN, OFFICER, SECRETARY),
    /** Launch emulation movements and decide commendations within the committee's entitlement. */
    DECIDE_COMMENDATIONS(ADMIN, OFFICER, SECRETARY),
    /** Create, rename, move, merge and dissolve organisations. */
    CHANGE_TREE(ADMIN, OFFICER);

    private final Role[] roles;

    Capability(Role... roles) {
        this.roles = roles;
    }

    /** The roles whose grants carry this capability. */
    public Role[] roles() {
        return roles.clone();
    }
}
