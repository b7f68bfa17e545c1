package vn.lamtheobac.organization;

import java.util.List;

/**
 * What an organisation named in a file (an import's cell) resolves to for a caller; see {@link
 * OrganizationManagement#resolve}. An organisation outside everything the caller reads is {@link Unknown}, exactly
 * like one that does not exist: the answer never tells whether a name exists outside the caller's scope.
 */
public sealed interface OrganizationMatch {

    /** Exactly one organisation in scope, with the roles asked for. */
    record Found(long id) implements OrganizationMatch {}

    /** No active organisation of that code, name or path in the caller's scope. */
    record Unknown() implements OrganizationMatch {}

    /**
     * Several organisations in scope carry that name or path; each candidate's path of names from the caller's
     * topmost visible committee (" / " separated, {@link OrganizationManagement#pathName}), sorted, so a message can
     * tell the officer what to write instead.
     */
    record Ambiguous(List<String> candidatePaths) implements OrganizationMatch {
        public Ambiguous {
            candidatePaths = List.copyOf(candidatePaths);
        }
    }

    /**
     * The organisation is one the caller reads (its page is open to them) but holds none of the roles asked for over
     * it, e.g. a leader who only follows the figures there: not a secret, so it can be told apart from {@link
     * Unknown}.
     */
    record OutOfScope() implements OrganizationMatch {}

    OrganizationMatch UNKNOWN = new Unknown();
    OrganizationMatch OUT_OF_SCOPE = new OutOfScope();
}
