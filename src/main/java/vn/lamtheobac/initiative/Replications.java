package vn.lamtheobac.initiative;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.lamtheobac.initiative.internal.InitiativeAdoption;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * A good model's replications: where it was taken up, for everyone who reads the model, and the organisations the
 * caller may still have adopt it, for the picker. The picker offers exactly what {@link InitiativeManagement#adopt}
 * accepts: an organisation the caller keeps records of ({@link Role#RECORD_KEEPERS}), anywhere in their subtrees,
 * other than the model's owner and those that adopted it already.
 */
@Service
public class Replications {

    private final InitiativeAdoption adoption;

    Replications(InitiativeAdoption adoption) {
        this.adoption = adoption;
    }

    /** Where the model the caller reads was replicated, oldest first; each with a link only where the caller reads it. */
    public List<ReplicationView> of(long sourceId, Scope scope) {
        return adoption.of(sourceId, scope);
    }

    /**
     * The organisations matching {@code text} (ignoring case and diacritics) that the caller may have adopt the good
     * model {@code sourceId}, shallowest first, each with its parent's name; none for a blank text or a model that is
     * not a good one.
     */
    public List<AdopterOption> adopters(long sourceId, String text, Scope scope) {
        return adoption.adopters(sourceId, text, scope);
    }

    /** The organisation {@code organizationId} as the picker shows it, if the caller may choose it (a form re-shown). */
    public List<AdopterOption> chosen(Long organizationId, Scope scope) {
        return adoption.chosen(organizationId, scope);
    }
}
