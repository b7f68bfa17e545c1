package vn.lamtheobac.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationCommands.DissolveOrganization;
import vn.lamtheobac.organization.OrganizationCommands.MergeOrganization;
import vn.lamtheobac.organization.OrganizationCommands.MoveOrganization;
import vn.lamtheobac.organization.OrganizationCommands.UpdateOrganization;
import vn.lamtheobac.organization.OrganizationEvents.OrganizationCreated;
import vn.lamtheobac.organization.OrganizationEvents.OrganizationDissolved;
import vn.lamtheobac.organization.OrganizationEvents.OrganizationMoved;
import vn.lamtheobac.organization.OrganizationEvents.OrganizationsMerged;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Reads and changes the organisation tree within the caller's scope. Anyone holding a grant reads its subtree;
 * officers and administrators change it. An organisation outside the caller's scope does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationManagement {

    static final String ENTITY = "Organization";

    private final Organizations organizations;
    private final OrganizationLookup lookup;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationManagement(
            Organizations organizations, OrganizationLookup lookup, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.lookup = lookup;
        this.events = events;
        this.clock = clock;
    }

    public List<OrganizationType> types() {
        return List.copyOf(organizations.types().values());
    }

    /** One organisation in the caller's scope. */
    public OrganizationView get(long id, Scope scope) {
        return readable(id, scope);
    }

    /**
     * One organisation over which the caller holds {@code capability}; any other answers 404 like one that does not
     * exist (the portal's editor sees the tree, but no record kept under it).
     */
    public OrganizationView get(long id, Scope scope, Capability capability) {
        var organization = organizations.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!organizations.isWithin(id, scope.rootsFor(capability))) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return organization;
    }

    /**
     * Refuses with 403 ({@code messageKey}) a caller who reads {@code organizationId} without holding {@code
     * capability} over it, with 404 one who does not read it; {@code null} asks whether it holds the capability
     * anywhere (a form opened without an organisation chosen).
     */
    public void require(Scope scope, Long organizationId, Capability capability, String messageKey) {
        if (organizationId == null) {
            if (scope.rootsFor(capability).isEmpty()) {
                throw new ForbiddenException(messageKey);
            }
            return;
        }
        get(organizationId.longValue(), scope, Capability.READ);
        if (!allows(scope, organizationId, capability)) {
            throw new ForbiddenException(messageKey);
        }
    }

    /**
     * Refuses (403) the form for a new organisation under {@code parentId} to a caller who sees it but may not change
     * the tree there, or (without a parent) anywhere; a parent out of scope answers 404.
     */
    public void requireOrganizer(Long parentId, Scope scope) {
        if (parentId != null) {
            readable(parentId, scope);
        }
        if (parentId == null
                ? scope.rootsFor(Capability.CHANGE_TREE).isEmpty()
                : !allows(scope, parentId, Capability.CHANGE_TREE)) {
            throw new ForbiddenException("organization.error.notOrganizer");
        }
    }

    /** Children of {@code parentId}, or with {@code null} the topmost organisations of the caller's scope. */
    public List<OrganizationView> children(Long parentId, Scope scope) {
        if (parentId == null) {
            return organizations.topmost(scope.roots());
        }
        readable(parentId, scope);
        return organizations.children(parentId);
    }

    /** The path from the root down to {@code id}, for the breadcrumb; includes ancestors above the caller's scope. */
    public List<OrganizationView> path(long id, Scope scope) {
        readable(id, scope);
        return organizations.ancestors(id);
    }

    /**
     * The path from the root down to {@code id} for a breadcrumb, each ancestor marked readable when it lies in the
     * caller's scope: at or below one of the caller's roots, so everything after the first root on the path.
     */
    public List<Breadcrumb> breadcrumb(long id, Scope scope) {
        var roots = scope.roots();
        var crumbs = new java.util.ArrayList<Breadcrumb>();
        boolean inScope = false;
        for (var o : path(id, scope)) {
            inScope = inScope || roots.contains(o.id());
            crumbs.add(new Breadcrumb(o.id(), o.name(), inScope));
        }
        return crumbs;
    }

    public List<OrganizationView> search(String text, Scope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return organizations.search(text.trim(), scope.roots(), limit);
    }

    /** Active organisations matching {@code text} within the subtrees where the caller holds one of {@code roles}. */
    public List<OrganizationView> search(String text, Scope scope, int limit, Role... roles) {
        var roots = scope.rootsWith(roles);
        if (text == null || text.isBlank() || roots.isEmpty()) {
            return List.of();
        }
        return organizations.search(text.trim(), roots, limit);
    }

    /** Active organisations in scope whose name matches ignoring case and diacritics (used by imports). */
    public List<OrganizationView> findByName(String name, Scope scope, Role... roles) {
        return organizations.findByName(name, scope.rootsWith(roles));
    }

    /**
     * The organisation a file names, for an import (call it once per distinct value: it is a query or two). By {@code
     * code} (the organisation's id, digits) when given: it must be active and within the subtrees where the caller
     * holds one of {@code roles}, else {@link OrganizationMatch.Unknown}, and {@code nameOrPath} is then not read.
     * Without a code, by {@code nameOrPath}: the names of a path from any committee down, separated by " / " ("Đảng bộ
     * phường Ninh Kiều / Chi bộ khu vực 1"; the last names of the organisation's path up the tree), or a bare name,
     * compared without case and diacritics among active organisations. Several matches where the caller holds the
     * roles are {@link OrganizationMatch.Ambiguous}, with each one's path; a match the caller only reads is {@link
     * OrganizationMatch.OutOfScope}; anything outside what the caller reads is {@link OrganizationMatch.Unknown}.
     */
    public OrganizationMatch resolve(String codeOrNull, String nameOrPath, Scope scope, Role... roles) {
        return lookup.resolve(codeOrNull, nameOrPath, scope.roots(), scope.rootsWith(roles));
    }

    /**
     * The names from the caller's topmost visible committee above {@code organizationId} down to it, " / "
     * separated: what an export writes, so that {@link #resolve} finds it again however many organisations share its
     * name. Out of scope answers 404.
     */
    public String pathName(long organizationId, Scope scope) {
        String path = lookup.pathNames(List.of(organizationId), scope.roots()).get(organizationId);
        if (path == null) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException(ENTITY, organizationId);
        }
        return path;
    }

    /** How many active organisations of each level class the caller's scope holds. */
    public Map<LevelClass, Long> countByLevel(Scope scope) {
        return organizations.countByLevel(scope.roots());
    }

    /** Whether {@code organizationId} lies in the subtree of one of {@code roots}. */
    public boolean isWithin(long organizationId, Set<Long> roots) {
        return organizations.isWithin(organizationId, roots);
    }

    /** Whether the caller holds {@code capability} over {@code organizationId}. */
    public boolean allows(Scope scope, long organizationId, Capability capability) {
        return organizations.isWithin(organizationId, scope.rootsFor(capability));
    }

    /** Which of {@code organizationIds} the caller holds {@code capability} over, checked in one query. */
    public Set<Long> allowed(Scope scope, Collection<Long> organizationIds, Capability capability) {
        return organizations.within(organizationIds, scope.rootsFor(capability));
    }

    /** The topmost organisations over which the caller holds {@code capability}. */
    public List<OrganizationView> topmost(Scope scope, Capability capability) {
        return organizations.topmost(scope.rootsFor(capability));
    }

    /**
     * Checks the caller may take a list of {@code organizationId}'s subtree (or, when {@code null}, of every subtree
     * where it holds the capability) out of the system with {@code capability}, one of the {@code EXPORT_…}:
     * refused with 403 and {@code messageKey} when the caller holds it nowhere or reads the organisation without
     * holding it there; an organisation outside what the caller reads answers 404, like one that does not exist.
     */
    public void requireExport(Scope scope, Long organizationId, Capability capability, String messageKey) {
        var roots = scope.rootsFor(capability);
        if (roots.isEmpty()) {
            throw new ForbiddenException(messageKey);
        }
        if (organizationId == null || organizations.isWithin(organizationId, roots)) {
            return;
        }
        if (organizations.isWithin(organizationId, scope.rootsFor(Capability.READ))) {
            throw new ForbiddenException(messageKey);
        }
        events.publishEvent(new AccessDenied(ENTITY, String.valueOf(organizationId), "out of scope"));
        throw new NotFoundException(ENTITY, organizationId);
    }

    /** Whether the caller holds one of {@code roles} over {@code organizationId}. */
    public boolean allows(Scope scope, long organizationId, Role... roles) {
        return organizations.isWithin(organizationId, scope.rootsWith(roles));
    }

    /**
     * Every active organisation of a level class in the subtree of {@code rootId}, without a scope check: callers
     * check the root first (e.g. a directive addressed to every cell under its issuing committee).
     */
    public List<Long> activeOfLevel(long rootId, LevelClass level) {
        return organizations.activeOfLevel(rootId, level);
    }

    /**
     * The grassroots party organisation (tổ chức cơ sở đảng) an organisation belongs to: itself when it is one, else its
     * nearest such ancestor. Members of one grassroots organisation share the 20% cap on HTXSNV.
     */
    public java.util.Optional<Long> grassrootsOf(long organizationId) {
        return organizations.nearestOfLevel(organizationId, LevelClass.GRASSROOTS);
    }

    /**
     * The nearest organisation whose subtree holds both {@code a} and {@code b} (the lowest common ancestor; one of
     * them when it lies above the other), without a scope check; empty when they belong to different trees.
     */
    public java.util.Optional<Long> nearestCommonAncestor(long a, long b) {
        return organizations.nearestCommonAncestor(a, b);
    }

    /** The root organisations of the whole tree: an administrator's scope. */
    public List<Long> rootIds() {
        return organizations.rootIds();
    }

    /** Names for display, without a scope check: only ids the caller already obtained in scope should be passed. */
    public Map<Long, String> names(Collection<Long> ids) {
        return organizations.names(ids);
    }

    public List<CommitteeTerm> terms(long organizationId, Scope scope) {
        readable(organizationId, scope);
        return organizations.terms(organizationId);
    }

    /**
     * What a document issued by {@code organizationId} prints in its header (Hướng dẫn 36-HD/VPTW): the directly
     * superior party organisation (none for a root, which stands directly under the Central Committee), the issuing
     * body — the committee's recorded name, or "Đảng ủy …" for a "Đảng bộ …", or the cell itself — the place name (the
     * nearest one recorded up the tree), and the capacity its secretary signs in.
     */
    public Letterhead letterhead(long organizationId) {
        var path = organizations.ancestors(organizationId);
        var self = path.get(path.size() - 1);
        var parent = path.size() > 1 ? path.get(path.size() - 2) : null;
        String place = null;
        for (int i = path.size() - 1; i >= 0 && place == null; i--) {
            place = path.get(i).place();
        }
        var level = self.type().levelClass();
        // a chi bộ: a cell of a grassroots committee, or a chi bộ cơ sở (type GRASSROOTS_CELL, a grassroots level)
        boolean cell =
                level == LevelClass.CELL || "GRASSROOTS_CELL".equals(self.type().code());
        boolean grassrootsCell = cell
                && (level == LevelClass.GRASSROOTS
                        || parent != null
                                && switch (parent.type().levelClass()) {
                                    case PROVINCIAL, UPPER_GRASSROOTS -> true;
                                    default -> false;
                                });
        String issuingBody = self.committeeName() != null
                ? self.committeeName()
                : self.name().startsWith("Đảng bộ ")
                        ? "Đảng ủy " + self.name().substring("Đảng bộ ".length())
                        : self.name();
        return new Letterhead(
                parent == null ? null : parent.name(),
                issuingBody,
                self.abbreviation(),
                place,
                cell
                        ? Letterhead.signingCapacity(LevelClass.CELL, grassrootsCell)
                        : Letterhead.signingCapacity(level, false),
                cell ? null : "Văn phòng " + issuingBody,
                grassrootsCell);
    }

    /** The committee term of {@code organizationId} in force on {@code date}, if recorded. */
    public java.util.Optional<CommitteeTerm> termOn(long organizationId, LocalDate date) {
        return organizations.terms(organizationId).stream()
                .filter(t -> t.covers(date))
                .findFirst();
    }

    @Transactional
    public long create(CreateOrganization command, Scope scope) {
        var type = organizations.types().get(command.typeCode());
        if (type == null) {
            throw BusinessRuleException.atField("typeCode", "organization.error.type");
        }
        if (command.parentId() == null) {
            if (!scope.has(Role.ADMIN)) {
                throw new ForbiddenException("organization.error.rootNeedsAdmin");
            }
        } else {
            var parent = writable(command.parentId(), scope);
            if (!parent.active()) {
                throw BusinessRuleException.atField("parentId", "organization.error.parentDissolved");
            }
            if (parent.type().levelClass() == LevelClass.CELL) {
                throw BusinessRuleException.atField("parentId", "organization.error.cellHasNoChildren");
            }
        }
        long id = organizations.insert(
                command.parentId(), type.code(), command.name().trim(), blankToNull(command.abbreviation()));
        events.publishEvent(new OrganizationCreated(id, command.parentId()));
        events.publishEvent(DataChanged.created(ENTITY, id, command));
        return id;
    }

    @Transactional
    public void update(UpdateOrganization command, Scope scope) {
        var before = writable(command.id(), scope);
        organizations.update(
                command.id(),
                command.name().trim(),
                blankToNull(command.abbreviation()),
                blankToNull(command.committeeName()),
                blankToNull(command.place()),
                command.version());
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.id(),
                before,
                organizations.findById(command.id()).orElseThrow()));
    }

    @Transactional
    public void move(MoveOrganization command, Scope scope) {
        var before = writable(command.id(), scope);
        var target = writable(command.newParentId(), scope);
        if (organizations.isDescendantOrSelf(target.id(), before.id())) {
            throw BusinessRuleException.atField("newParentId", "organization.error.moveUnderItself");
        }
        if (!target.active()) {
            throw BusinessRuleException.atField("newParentId", "organization.error.parentDissolved");
        }
        if (target.type().levelClass() == LevelClass.CELL) {
            throw BusinessRuleException.atField("newParentId", "organization.error.cellHasNoChildren");
        }
        organizations.move(command.id(), command.newParentId(), command.version());
        events.publishEvent(new OrganizationMoved(command.id(), before.parentId(), command.newParentId()));
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.id(),
                before,
                organizations.findById(command.id()).orElseThrow()));
    }

    /**
     * Merges {@code id} into {@code intoId}: children and members move to {@code intoId}; {@code id} stays, dissolved,
     * with its history and a link to where it went.
     */
    @Transactional
    public void merge(MergeOrganization command, Scope scope) {
        var from = writable(command.id(), scope);
        var into = writable(command.intoId(), scope);
        if (from.id() == into.id() || organizations.isDescendantOrSelf(into.id(), from.id())) {
            throw BusinessRuleException.atField("intoId", "organization.error.mergeIntoItself");
        }
        if (!from.active() || !into.active()) {
            throw BusinessRuleException.atField("intoId", "organization.error.parentDissolved");
        }
        if (into.type().levelClass() == LevelClass.CELL && from.childCount() > 0) {
            throw BusinessRuleException.atField("intoId", "organization.error.cellHasNoChildren");
        }
        LocalDate on = command.on() != null ? command.on() : VietnamTime.today(clock);
        organizations.merge(from.id(), into.id(), on, command.version());
        events.publishEvent(new OrganizationsMerged(from.id(), into.id(), on));
        events.publishEvent(DataChanged.updated(
                ENTITY, from.id(), from, organizations.findById(from.id()).orElseThrow()));
    }

    /** Dissolves an organisation that has no active child organisation and no current member. */
    @Transactional
    public void dissolve(DissolveOrganization command, Scope scope) {
        var before = writable(command.id(), scope);
        if (!before.active()) {
            throw new BusinessRuleException("organization.error.alreadyDissolved");
        }
        if (organizations.activeChildCount(before.id()) > 0) {
            throw new BusinessRuleException("organization.error.hasChildren");
        }
        LocalDate on = command.on() != null ? command.on() : VietnamTime.today(clock);
        organizations.dissolve(before.id(), on, command.version());
        events.publishEvent(new OrganizationDissolved(before.id(), on));
        events.publishEvent(DataChanged.updated(
                ENTITY, before.id(), before, organizations.findById(before.id()).orElseThrow()));
    }

    @Transactional
    public long addTerm(AddCommitteeTerm command, Scope scope) {
        writable(command.organizationId(), scope);
        if (command.endsOn() != null && !command.endsOn().isAfter(command.startsOn())) {
            throw BusinessRuleException.atField("endsOn", "organization.error.termDates");
        }
        long id = organizations.insertTerm(
                command.organizationId(), command.name().trim(), command.startsOn(), command.endsOn());
        events.publishEvent(DataChanged.created("CommitteeTerm", id, command));
        return id;
    }

    private OrganizationView readable(long id, Scope scope) {
        var organization = organizations.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!organizations.isWithin(id, scope.roots())) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return organization;
    }

    private OrganizationView writable(long id, Scope scope) {
        var organization = readable(id, scope);
        if (!organizations.isWithin(id, scope.rootsFor(Capability.CHANGE_TREE))) {
            throw new ForbiddenException("organization.error.notOrganizer");
        }
        return organization;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
