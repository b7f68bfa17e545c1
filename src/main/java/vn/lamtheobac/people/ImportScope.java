package vn.lamtheobac.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationMatch;
import vn.lamtheobac.people.ImportChecks.Resolution;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * The organisations an import may name, as its uploader sees them: rows are written only into organisations whose
 * records the uploader keeps, and matched only to records the uploader can read. Each answer is cached for the job,
 * since a file names a few organisations many times.
 */
final class ImportScope implements ImportChecks.Organizations {

    private final OrganizationManagement organizations;
    private final Scope scope;
    private final Set<Long> readableRoots;
    private final Set<Long> writableRoots;
    private final Map<Long, Boolean> readable = new HashMap<>();
    private final Map<Long, Boolean> writable = new HashMap<>();

    ImportScope(OrganizationManagement organizations, Scope scope) {
        this.organizations = organizations;
        this.scope = scope;
        this.readableRoots = scope.rootsWith(Role.READERS);
        this.writableRoots = scope.rootsWith(Role.RECORD_KEEPERS);
    }

    @Override
    public Resolution resolve(String code, String nameOrPath) {
        var match = organizations.resolve(code, nameOrPath, scope, Role.RECORD_KEEPERS);
        if (match instanceof OrganizationMatch.Found found) {
            return new Resolution.Found(found.id());
        }
        if (match instanceof OrganizationMatch.Ambiguous ambiguous) {
            return new Resolution.Ambiguous(ambiguous.candidatePaths());
        }
        return new Resolution.Unknown();
    }

    @Override
    public boolean readable(long organizationId) {
        return readable.computeIfAbsent(organizationId, id -> organizations.isWithin(id, readableRoots));
    }

    @Override
    public boolean writable(long organizationId) {
        return writable.computeIfAbsent(organizationId, id -> organizations.isWithin(id, writableRoots));
    }
}
