package vn.lamtheobac.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDirective;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveCommands.ReviseDraft;
import vn.lamtheobac.directive.DirectiveCommands.SupersedeDirective;
import vn.lamtheobac.directive.DirectiveCommands.WithdrawDirective;
import vn.lamtheobac.directive.DirectiveEvents.DirectiveIssued;
import vn.lamtheobac.directive.internal.Directive;
import vn.lamtheobac.directive.internal.DirectiveTargets;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.FileKind;
import vn.lamtheobac.document.Files;
import vn.lamtheobac.document.IssueDocument;
import vn.lamtheobac.document.StoredFile;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Directives from draft to issue and beyond, and what is read of them and of their sessions. Officers of the issuing
 * committee draft, issue, correct, supersede and withdraw, each step through the {@link Directive} aggregate; the
 * sessions are recorded through {@link DisseminationManagement}, the tracking read through {@link DirectiveTracking}.
 * An issued directive is seen by its issuer's subtree and by everyone whose scope holds one of its targets; a draft
 * only by its issuer.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveManagement {

    static final String ENTITY = "Directive";

    private final Directives directives;
    private final DisseminationSessions sessions;
    private final OrganizationManagement organizations;
    private final ProgrammeManagement programmes;
    private final DocumentRegister register;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectiveManagement(
            Directives directives,
            DisseminationSessions sessions,
            OrganizationManagement organizations,
            ProgrammeManagement programmes,
            DocumentRegister register,
            Files files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.directives = directives;
        this.sessions = sessions;
        this.organizations = organizations;
        this.programmes = programmes;
        this.register = register;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------------ reading

    public DirectiveView get(long id, Scope scope) {
        return named(readable(id, scope));
    }

    /** Directives drafted or issued by the committees in the caller's scope. */
    public Paged<DirectiveView> issued(DirectiveStatus status, PageRequest page, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        if (roots.isEmpty()) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = directives.issuedBy(roots, status, page.size(), page.offset()).stream()
                .map(this::named)
                .toList();
        return Paged.of(rows, page.number(), page.size(), directives.countIssuedBy(roots, status));
    }

    /** What the organisations in the caller's scope must disseminate; {@code openOnly} hides what is done. */
    public Paged<InboxItem> inbox(boolean openOnly, PageRequest page, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        if (roots.isEmpty()) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = directives.inbox(roots, openOnly, page.size(), page.offset());
        var ids = new ArrayList<Long>();
        rows.forEach(r -> {
            ids.add(r.organizationId());
            ids.add(r.directive().issuingOrganizationId());
        });
        var names = organizations.names(ids);
        var attachments = attachmentsOf(
                rows.stream().map(r -> r.directive().id()).distinct().toList());
        var today = VietnamTime.today(clock);
        var items = rows.stream()
                .map(r -> new InboxItem(
                        r.directive().id(),
                        r.directive().symbol(),
                        r.directive().title(),
                        r.directive().typeCode(),
                        names.get(r.directive().issuingOrganizationId()),
                        r.directive().issuedOn(),
                        r.directive().deadline(),
                        r.directive().status(),
                        r.organizationId(),
                        names.get(r.organizationId()),
                        DisseminationStatus.of(r.firstHeldOn(), r.directive().deadline(), today),
                        r.firstHeldOn(),
                        r.directive().summary(),
                        attachments.getOrDefault(r.directive().id(), List.of())))
                .toList();
        return Paged.of(items, page.number(), page.size(), directives.countInbox(roots, openOnly));
    }

    /** The attachments of directives already read in scope, by directive, in one query. */
    private Map<Long, List<StoredFile>> attachmentsOf(List<Long> directiveIds) {
        var ids = directives.attachmentIds(directiveIds);
        var described = new HashMap<Long, StoredFile>();
        files.describe(ids.values().stream().flatMap(List::stream).toList()).forEach(f -> described.put(f.id(), f));
        var byDirective = new HashMap<Long, List<StoredFile>>();
        ids.forEach((directive, fileIds) -> byDirective.put(
                directive,
                fileIds.stream()
                        .filter(described::containsKey)
                        .map(described::get)
                        .toList()));
        return byDirective;
    }

    /** The organisations an issued directive was addressed to (a draft: those chosen so far). */
    public List<Long> targetIds(long id, Scope scope) {
        var directive = readable(id, scope);
        return directive.draft() ? directive.chosenTargetIds() : directives.targetIds(id);
    }

    public List<StoredFile> attachments(long id, Scope scope) {
        readable(id, scope);
        return files.describe(directives.attachmentIds(id));
    }

    /** An attachment's content, if it belongs to a directive the caller may see. */
    public StoredFile attachment(long id, long fileId, Scope scope) {
        readable(id, scope);
        if (!directives.attachmentIds(id).contains(fileId)) {
            throw new NotFoundException("File", fileId);
        }
        return files.describe(fileId);
    }

    public byte[] content(long fileId) {
        return files.content(fileId);
    }

    /** The sessions a target recorded, for someone who may see that target. */
    public List<DisseminationSession> sessions(long id, long organizationId, Scope scope) {
        requireVisibleTarget(id, organizationId, scope);
        return sessions.sessions(id, organizationId);
    }

    /** An evidence file of a session of a target the caller may see. */
    public StoredFile evidence(long id, long organizationId, long fileId, Scope scope) {
        requireVisibleTarget(id, organizationId, scope);
        boolean attached = sessions.sessions(id, organizationId).stream()
                .anyMatch(s -> Long.valueOf(fileId).equals(s.evidenceFileId()));
        if (!attached) {
            throw new NotFoundException("File", fileId);
        }
        return files.describe(fileId);
    }

    /** Where one target stands. */
    public DisseminationStatus status(long id, long organizationId, Scope scope) {
        var directive = requireVisibleTarget(id, organizationId, scope);
        var first = sessions.sessions(id, organizationId).stream()
                .map(DisseminationSession::heldOn)
                .min(LocalDate::compareTo);
        return DisseminationStatus.of(first.orElse(null), directive.deadline(), VietnamTime.today(clock));
    }

    /** Whether the caller may draft and issue directives for {@code organizationId}. */
    public boolean canIssue(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.ISSUE_DOCUMENTS);
    }

    /** Refuses (403) a reader of {@code organizationId} who does not issue its documents; 404 to anyone else. */
    public void requireIssuer(long organizationId, Scope scope) {
        organizations.require(scope, organizationId, Capability.ISSUE_DOCUMENTS, "directive.error.notIssuer");
    }

    /** A directive for its edit form: only its issuer's officers and secretaries open it (403; 404 out of sight). */
    public DirectiveView getForEdit(long id, Scope scope) {
        return named(writable(id, scope));
    }

    /** Whether the caller may record sessions for the target {@code organizationId}. */
    public boolean canRecord(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    // ---------------------------------------------------------------------------------------------------- lifecycle

    @Transactional
    public long draft(DraftDirective command, Scope scope) {
        requireIssuer(command.issuingOrganizationId(), scope, "issuingOrganizationId");
        Directive.draft(
                command.content(),
                facts(command.issuingOrganizationId(), command.content(), scope),
                VietnamTime.today(clock));
        long id = directives.insert(command.issuingOrganizationId(), command.content(), actor());
        events.publishEvent(DataChanged.created(ENTITY, id, command));
        return id;
    }

    @Transactional
    public void revise(ReviseDraft command, Scope scope) {
        var before = writable(command.id(), scope);
        var next = Directive.of(before)
                .revise(
                        command.content(),
                        facts(before.issuingOrganizationId(), command.content(), scope),
                        VietnamTime.today(clock));
        directives.revise(command.id(), command.content(), command.version(), before.status(), next);
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, directives.findById(command.id()).orElseThrow()));
    }

    /** Attaches a PDF, DOCX, XLSX, JPG or PNG (type checked by content) to a draft. */
    @Transactional
    public StoredFile attach(long id, String fileName, byte[] content, Scope scope) {
        Directive.of(writable(id, scope)).attach();
        var stored = files.store(fileName, content, FileKind.DOCUMENTS_AND_IMAGES);
        directives.attach(id, stored.id());
        events.publishEvent(DataChanged.created("DirectiveAttachment", id + "/" + stored.id(), stored));
        return stored;
    }

    @Transactional
    public void detach(long id, long fileId, Scope scope) {
        Directive.of(writable(id, scope)).detach();
        directives.detach(id, fileId);
        events.publishEvent(DataChanged.deleted("DirectiveAttachment", id + "/" + fileId, null));
    }

    /**
     * Issues a draft: the party document number is allocated (no gaps, no duplicates), the targets are fixed as they
     * are today (every one still under the issuer), and the directive becomes immutable except by an audited
     * correction.
     */
    @Transactional
    public DirectiveView issue(IssueDirective command, Scope scope) {
        var draft = writable(command.id(), scope);
        var today = VietnamTime.today(clock);
        LocalDate issuedOn = command.issuedOn() != null ? command.issuedOn() : today;
        var outside = outsideIssuer(draft.issuingOrganizationId(), addressed(draft));
        var targets = outside.isEmpty() ? DirectiveTargets.resolve(organizations, draft) : List.<Long>of();
        var next = Directive.of(draft).issue(issuedOn, targets, outside, today);
        var document = register.issue(new IssueDocument(
                draft.issuingOrganizationId(),
                draft.typeCode(),
                issuedOn,
                draft.title(),
                ENTITY,
                draft.id(),
                command.earlierDateConfirmed()));
        directives.markIssued(
                draft.id(), issuedOn, document.number(), document.symbol(), command.version(), draft.status(), next);
        directives.insertTargets(draft.id(), targets);
        var issued = directives.findById(draft.id()).orElseThrow();
        events.publishEvent(new DirectiveIssued(
                issued.id(),
                issued.issuingOrganizationId(),
                issued.symbol(),
                issued.title(),
                issuedOn,
                issued.deadline(),
                targets));
        events.publishEvent(DataChanged.updated(ENTITY, issued.id(), draft, issued));
        return named(issued);
    }

    /** Corrects the title, summary or deadline of an issued directive; the reason goes to the audit trail. */
    @Transactional
    public void correct(CorrectDirective command, Scope scope) {
        var before = writable(command.id(), scope);
        var next = Directive.of(before).correct(command.title(), command.deadline(), command.reason());
        directives.correct(
                command.id(),
                command.title(),
                command.summary(),
                command.deadline(),
                command.version(),
                before.status(),
                next);
        var after = directives.findById(command.id()).orElseThrow();
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, Map.of("directive", after, "correctionReason", command.reason())));
    }

    @Transactional
    public void supersede(SupersedeDirective command, Scope scope) {
        var before = writable(command.id(), scope);
        var replacement =
                directives.findById(command.supersededById()).filter(d -> d.id() != command.id() && visible(d, scope));
        var next = Directive.of(before).supersede(replacement, command.reason());
        directives.end(
                command.id(), before.status(), next, command.reason(), command.supersededById(), command.version());
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, directives.findById(command.id()).orElseThrow()));
    }

    @Transactional
    public void withdraw(WithdrawDirective command, Scope scope) {
        var before = writable(command.id(), scope);
        var next = Directive.of(before).withdraw(command.reason());
        directives.end(command.id(), before.status(), next, command.reason(), null, command.version());
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, directives.findById(command.id()).orElseThrow()));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** The facts a draft's content is checked against: its type, its addressing, its theme and programme. */
    private Directive.ContentFacts facts(long issuer, DirectiveContent content, Scope scope) {
        boolean typeKnown = content.typeCode() != null
                && register.types().stream().anyMatch(t -> t.code().equals(content.typeCode()));
        boolean themeFits = true;
        if (content.themeId() != null) {
            var theme = programmes.theme(content.themeId());
            themeFits = theme.isPresent()
                    && (content.programmeId() == null || theme.get().programmeId() == content.programmeId());
        }
        boolean programmeFound = true;
        if (content.programmeId() != null) {
            try {
                programmes.get(content.programmeId(), scope);
            } catch (NotFoundException e) {
                programmeFound = false;
            }
        }
        var addressed = content.targetMode() == TargetMode.CHOSEN
                ? content.chosenTargetIds()
                : content.targetMode() == TargetMode.LEVEL_UNDER ? listOf(content.targetRootId()) : List.<Long>of();
        return new Directive.ContentFacts(typeKnown, outsideIssuer(issuer, addressed), themeFits, programmeFound);
    }

    /** The organisations a draft names (chosen ones, or the root of a level), as saved. */
    private static List<Long> addressed(DirectiveView draft) {
        return switch (draft.targetMode()) {
            case CHOSEN -> draft.chosenTargetIds();
            case LEVEL_UNDER -> listOf(draft.targetRootId());
            case LEVEL -> List.of();
        };
    }

    private static List<Long> listOf(Long id) {
        return id == null ? List.of() : List.of(id);
    }

    /** Which of {@code ids} lie outside the issuer's subtree, in one query. */
    private Set<Long> outsideIssuer(long issuer, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        var within = organizations.allowed(Scope.system(List.of(issuer)), ids, Capability.READ);
        var outside = new java.util.HashSet<>(ids);
        outside.removeAll(within);
        return outside;
    }

    DirectiveView readable(long id, Scope scope) {
        var directive = directives.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!visible(directive, scope)) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return directive;
    }

    /** Seen from the issuer's side, or (once issued) from a target's side. */
    private boolean visible(DirectiveView directive, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        return organizations.isWithin(directive.issuingOrganizationId(), roots)
                || (!directive.draft() && directives.hasTargetWithin(directive.id(), roots));
    }

    private DirectiveView writable(long id, Scope scope) {
        var directive = readable(id, scope);
        if (!canIssue(directive.issuingOrganizationId(), scope)) {
            throw new ForbiddenException("directive.error.notIssuer");
        }
        return directive;
    }

    /** The directive, if {@code organizationId} is one of its targets and the caller sees that target. */
    DirectiveView requireVisibleTarget(long id, long organizationId, Scope scope) {
        var directive = readable(id, scope);
        if (!directives.isTarget(id, organizationId)
                || (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))
                        && !organizations.isWithin(directive.issuingOrganizationId(), scope.rootsWith(Role.READERS)))) {
            throw new NotFoundException("Organization", organizationId);
        }
        return directive;
    }

    private void requireIssuer(long organizationId, Scope scope, String field) {
        if (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
            throw BusinessRuleException.atField(field, "person.error.organizationOutOfScope");
        }
        if (!canIssue(organizationId, scope)) {
            throw new ForbiddenException("directive.error.notIssuer");
        }
    }

    private DirectiveView named(DirectiveView d) {
        String name = organizations.names(List.of(d.issuingOrganizationId())).get(d.issuingOrganizationId());
        return new DirectiveView(
                d.id(),
                d.issuingOrganizationId(),
                name,
                d.typeCode(),
                d.title(),
                d.summary(),
                d.programmeId(),
                d.themeId(),
                d.deadline(),
                d.targetMode(),
                d.targetLevel(),
                d.targetRootId(),
                d.chosenTargetIds(),
                d.status(),
                d.issuedOn(),
                d.symbol(),
                d.statusReason(),
                d.supersededById(),
                d.version());
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
