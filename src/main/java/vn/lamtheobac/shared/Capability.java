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
 */
public enum Capability {
    /** Read the people, records and figures of the subtree. */
    READ(ADMIN, OFFICER, SECRETARY, VIEWER),
    /** Keep people's records, review commitments, propose ratings, nominate. */
    KEEP_RECORDS(ADMIN, OFFICER, SECRETARY),
    /** Export lists with sensitive personal data (logged). */
    EXPORT_SENSITIVE(ADMIN, OFFICER, SECRETARY),
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
