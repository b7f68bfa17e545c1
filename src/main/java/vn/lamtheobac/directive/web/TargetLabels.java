package vn.lamtheobac.directive.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;

/**
 * Organisations as the target picker shows them: each with its parent's name, so that cells of the same name ("Chi bộ
 * Giáo viên Toán – Tin" in three schools) are told apart, and whether it is already chosen.
 */
@Component
class TargetLabels {

    private final OrganizationManagement organizations;

    TargetLabels(OrganizationManagement organizations) {
        this.organizations = organizations;
    }

    /** An organisation offered or chosen as a target. */
    record Option(OrganizationView organization, String parentName, boolean chosen) {

        public long id() {
            return organization.id();
        }
    }

    /** A possible "X" of "every cell / grassroots organisation under X". */
    record Root(long id, String name) {}

    /** Active organisations under {@code issuer} whose name matches {@code q}, the issuer excluded. */
    List<Option> search(long issuer, String q, Collection<Long> chosen, Scope scope) {
        var found = organizations.search(q, scope, 60).stream()
                .filter(o -> o.id() != issuer && organizations.isWithin(o.id(), Set.of(issuer)))
                .limit(40)
                .toList();
        return label(found, chosen);
    }

    /** The chosen organisations that the caller sees, in the order given. */
    List<Option> chosen(Collection<Long> ids, Scope scope) {
        var found = new ArrayList<OrganizationView>();
        for (long id : new LinkedHashSet<>(ids)) {
            try {
                found.add(organizations.get(id, scope));
            } catch (NotFoundException e) {
                // no longer in scope: not shown, and refused if submitted again
            }
        }
        return label(found, ids);
    }

    /** One organisation that may be picked as a target of {@code issuer}'s directive; 404 otherwise. */
    Option pickable(long issuer, long id, Collection<Long> chosen, Scope scope) {
        var organization = organizations.get(id, scope);
        if (id == issuer || !organizations.isWithin(id, Set.of(issuer))) {
            throw new NotFoundException("Organization", id);
        }
        return label(List.of(organization), chosen).get(0);
    }

    /** The organisations under {@code issuer} that can hold cells or grassroots organisations, by level. */
    List<Root> roots(long issuer, LevelClass level) {
        var ids = organizations.activeOfLevel(issuer, level).stream()
                .filter(id -> id != issuer)
                .toList();
        var names = organizations.names(ids);
        return ids.stream().map(id -> new Root(id, names.get(id))).toList();
    }

    private List<Option> label(List<OrganizationView> found, Collection<Long> chosen) {
        var parents = organizations.names(found.stream()
                .map(OrganizationView::parentId)
                .filter(Objects::nonNull)
                .toList());
        var picked = Set.copyOf(chosen);
        return found.stream()
                .map(o ->
                        new Option(o, o.parentId() == null ? null : parents.get(o.parentId()), picked.contains(o.id())))
                .toList();
    }
}
