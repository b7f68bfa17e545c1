package vn.lamtheobac.initiative.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.document.Files;
import vn.lamtheobac.document.StoredFile;
import vn.lamtheobac.initiative.InitiativeActions;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.initiative.InitiativeView;
import vn.lamtheobac.initiative.internal.InitiativeTransitions.Action;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;

/** Reading initiatives: one page, lists, the export, what the caller may do, photos. */
@Service
@Transactional(readOnly = true)
public class InitiativeReading {

    /** How many exported rows are named in one query. */
    static final int EXPORT_BATCH = 500;

    private final Initiatives initiatives;
    private final ProgressUpdates updates;
    private final InitiativeAccess access;
    private final InitiativeNames names;
    private final OrganizationManagement organizations;
    private final Files files;
    private final ApplicationEventPublisher events;

    InitiativeReading(
            Initiatives initiatives,
            ProgressUpdates updates,
            InitiativeAccess access,
            InitiativeNames names,
            OrganizationManagement organizations,
            Files files,
            ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.updates = updates;
        this.access = access;
        this.names = names;
        this.organizations = organizations;
        this.files = files;
        this.events = events;
    }

    public InitiativeDetail get(long id, Scope scope) {
        return names.detail(access.detail(id, scope), updates.progress(id));
    }

    public Paged<InitiativeView> list(InitiativeQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        access.requireOrganizationInScope(query.organizationId(), scope);
        var page = query.page();
        if (roots.isEmpty() && scope.personId() == null) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = initiatives.page(query, roots, scope.personId());
        return Paged.of(
                names.views(rows), page.number(), page.size(), initiatives.count(query, roots, scope.personId()));
    }

    /** Whether the caller may export lists of models and actions ({@link Capability#EXPORT_MODELS}). */
    public boolean canExport(Scope scope) {
        return !scope.rootsFor(Capability.EXPORT_MODELS).isEmpty();
    }

    /** Refuses an export the caller may not take (403), or of an organisation it does not read (404). */
    public void requireExport(InitiativeQuery query, Scope scope) {
        organizations.requireExport(
                scope, query.organizationId(), Capability.EXPORT_MODELS, "initiative.error.exportNotAllowed");
    }

    /** Streams the matches in list order, named {@value #EXPORT_BATCH} rows at a time; audited as an export. */
    public void export(InitiativeQuery query, Scope scope, Consumer<InitiativeView> sink) {
        requireExport(query, scope);
        var batch = new ArrayList<InitiativeView>(EXPORT_BATCH);
        int[] count = {0};
        initiatives.forEach(query, scope.rootsFor(Capability.EXPORT_MODELS), scope.personId(), row -> {
            batch.add(row);
            count[0]++;
            if (batch.size() == EXPORT_BATCH) {
                names.views(batch).forEach(sink);
                batch.clear();
            }
        });
        names.views(batch).forEach(sink);
        events.publishEvent(new SensitiveDataAccessed(
                InitiativeAccess.ENTITY,
                null,
                SensitiveDataAccessed.Access.EXPORT,
                "rows=" + count[0] + " query=" + query));
    }

    /** What the caller may do now: the transition table and the rules, as each action will check them again. */
    public InitiativeActions actions(InitiativeDetail detail, Scope scope) {
        var initiative = Initiative.of(detail);
        boolean self = detail.personId() != null && scope.isOwnPerson(detail.personId());
        boolean keeper = organizations.allows(scope, detail.organizationId(), Capability.KEEP_RECORDS);
        boolean owner = keeper || self;
        boolean publisher = organizations.allows(scope, detail.organizationId(), Capability.EVALUATE_MODELS);
        boolean recognisable = initiative.allows(Action.RECOGNISE)
                && InitiativeRules.recognisable(initiative.effective(), initiative.recognised)
                        .isEmpty();
        boolean evaluable = initiative.allows(Action.EVALUATE);
        boolean superior = (evaluable || recognisable)
                && access.superiorCommittee(detail.organizationId(), scope).isPresent();
        return new InitiativeActions(
                owner && initiative.allows(Action.REVISE),
                owner && initiative.allows(Action.REPORT),
                owner && initiative.allows(Action.START),
                owner && initiative.allows(Action.COMPLETE) && initiative.lastReportedOn != null,
                superior && evaluable,
                superior && recognisable,
                initiative.recognised
                        && initiative.allows(Action.ADOPT)
                        && !scope.rootsWith(Role.RECORD_KEEPERS).isEmpty(),
                initiative.individual() && keeper && !initiative.hasConsent(),
                initiative.individual() && initiative.hasConsent() && (keeper || self),
                publisher && initiative.effective() && !initiative.published,
                publisher && initiative.published);
    }

    public boolean canRegisterFor(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    public java.util.Set<Long> canRegisterFor(java.util.Collection<Long> organizationIds, Scope scope) {
        return organizations.allowed(scope, organizationIds, Capability.KEEP_RECORDS);
    }

    public boolean canRegister(Scope scope) {
        return scope.personId() != null || !scope.rootsWith(Role.RECORD_KEEPERS).isEmpty();
    }

    public StoredFile photo(long id, long fileId, Scope scope) {
        access.readable(id, scope);
        if (!updates.isPhoto(id, fileId)) {
            throw new NotFoundException("File", fileId);
        }
        return files.describe(fileId);
    }

    public byte[] photoContent(long id, long fileId, Scope scope) {
        photo(id, fileId, scope);
        return files.content(fileId);
    }

    /** Of {@code ids}, those the caller reads, in one query. */
    java.util.Set<Long> readable(List<Long> ids, Scope scope) {
        return initiatives.visible(
                ids.stream().filter(Objects::nonNull).toList(), scope.rootsWith(Role.READERS), scope.personId());
    }
}
