package vn.lamtheobac.initiative;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * A good model's replications: where it was taken up, for everyone who reads the model, and the organisations the
 * caller may still have adopt it, for the picker. The picker offers exactly what {@link InitiativeManagement#adopt}
 * accepts: an organisation the caller keeps records of ({@link Role#RECORD_KEEPERS}), anywhere in their subtrees,
 * other than the model's owner and those that adopted it already.
 */
@Service
@Transactional(readOnly = true)
public class Replications {

    /** How many organisations the picker offers at a time. */
    static final int OPTIONS = 20;

    private final InitiativeManagement initiatives;
    private final Replicas replicas;
    private final OrganizationManagement organizations;

    Replications(InitiativeManagement initiatives, Replicas replicas, OrganizationManagement organizations) {
        this.initiatives = initiatives;
        this.replicas = replicas;
        this.organizations = organizations;
    }

    /** Where the model the caller reads was replicated, oldest first; each with a link only where the caller reads it. */
    public List<ReplicationView> of(long sourceId, Scope scope) {
        initiatives.readable(sourceId, scope);
        var rows = replicas.of(sourceId);
        var names = organizations.names(
                rows.stream().map(Replicas.Row::organizationId).toList());
        return rows.stream()
                .map(r -> new ReplicationView(
                        r.id(),
                        r.organizationId(),
                        names.get(r.organizationId()),
                        r.adoptedOn(),
                        r.status(),
                        initiatives.canRead(
                                r.organizationId(),
                                null,
                                r.recognisedAsGoodModel(),
                                r.recognisedByOrganizationId(),
                                scope)))
                .toList();
    }

    /**
     * The organisations matching {@code text} (ignoring case and diacritics) that the caller may have adopt the good
     * model {@code sourceId}, shallowest first, each with its parent's name; none for a blank text or a model that is
     * not a good one.
     */
    public List<AdopterOption> adopters(long sourceId, String text, Scope scope) {
        var source = initiatives.readable(sourceId, scope);
        if (!source.recognisedAsGoodModel() || text == null || text.isBlank()) {
            return List.of();
        }
        var taken = new HashSet<>(replicas.organizations(sourceId));
        taken.add(source.organizationId());
        var found = organizations.search(text, scope, OPTIONS + taken.size(), Role.RECORD_KEEPERS).stream()
                .filter(o -> !taken.contains(o.id()))
                .limit(OPTIONS)
                .toList();
        return options(found);
    }

    /** The organisation {@code organizationId} as the picker shows it, if the caller may choose it (a form re-shown). */
    public List<AdopterOption> chosen(Long organizationId, Scope scope) {
        if (organizationId == null || !organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            return List.of();
        }
        return options(List.of(organizations.get(organizationId, scope)));
    }

    private List<AdopterOption> options(List<OrganizationView> found) {
        var parents = organizations.names(found.stream()
                .map(OrganizationView::parentId)
                .filter(Objects::nonNull)
                .toList());
        return found.stream()
                .map(o -> new AdopterOption(o.id(), o.name(), o.parentId() == null ? null : parents.get(o.parentId())))
                .toList();
    }
}
