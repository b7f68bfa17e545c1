package vn.lamtheobac.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking and over which subtrees: every service method that reads or writes scoped data takes one. An
 * administrator's scope holds an {@link Role#ADMIN} grant on every root organisation, so the same subtree filter
 * serves everyone. {@code personId} is the caller's own person record (MEMBER rights), or {@code null}.
 */
public record Scope(long accountId, String username, Long personId, List<Grant> grants) {

    public Scope {
        grants = List.copyOf(grants);
    }

    /** Subtree roots of every grant, whatever its role. */
    public Set<Long> roots() {
        return grants.stream().map(Grant::organizationId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Subtree roots of the grants holding one of the given roles; empty when the caller holds none of them. */
    public Set<Long> rootsWith(Role... roles) {
        var wanted = Arrays.asList(roles);
        return grants.stream()
                .filter(g -> wanted.contains(g.role()))
                .map(Grant::organizationId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Subtree roots of the grants carrying {@code capability}; empty when the caller holds none. */
    public Set<Long> rootsFor(Capability capability) {
        return rootsWith(capability.roles());
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean isOwnPerson(long id) {
        return personId != null && personId == id;
    }

    /**
     * The scope of the system itself (start-up data, scheduled jobs): an administrator over the given roots. Use
     * {@code 0} as the only root to create the first root organisation.
     */
    public static Scope system(java.util.Collection<Long> roots) {
        return new Scope(
                0,
                "system",
                null,
                roots.stream().map(r -> new Grant(Role.ADMIN, r)).toList());
    }

    /** Turns a role set into an SQL array parameter. */
    public static Long[] asArray(Set<Long> roots) {
        return roots.toArray(Long[]::new);
    }
}
