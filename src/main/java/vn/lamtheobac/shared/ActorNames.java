package vn.lamtheobac.shared;

import java.util.Collection;
import java.util.Map;

/**
 * The people behind the login names modules record as "who did it" (the audit trail's actor, a document's registrar,
 * a review's reviewer…). Users see a person's name, never a login name: pages call {@code ${@actorNames.nameOf(x)}}.
 * Implemented by the identity module, which owns the accounts.
 */
public interface ActorNames {

    /** What is recorded when no one is signed in: scheduled jobs, the demo generator. */
    String SYSTEM = "system";

    /** The display name of each login name that has an account; a page may call this first for a whole list. */
    Map<String, String> displayNames(Collection<String> usernames);

    /**
     * The display name for one recorded login name, in the reader's language: "Hệ thống (tự động)" for
     * {@link #SYSTEM}, an empty text for none, and the recorded name itself if its account no longer exists.
     */
    String nameOf(String username);
}
