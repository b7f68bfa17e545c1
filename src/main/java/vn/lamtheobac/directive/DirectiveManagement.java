package vn.lamtheobac.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.lamtheobac.directive.DirectiveCommands.RecordDissemination;
import vn.lamtheobac.directive.DirectiveCommands.ReviseDraft;
import vn.lamtheobac.directive.DirectiveCommands.SupersedeDirective;
import vn.lamtheobac.directive.DirectiveCommands.WithdrawDirective;
import vn.lamtheobac.directive.DirectiveEvents.DirectiveIssued;
import vn.lamtheobac.directive.DirectiveEvents.DisseminationRecorded;
import vn.lamtheobac.directive.DirectiveEvents.DisseminationReminderDue;
import vn.lamtheobac.directive.DirectiveEvents.ReminderKind;
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
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Directives from draft to issue and beyond, and their dissemination. Officers of the issuing committee draft, issue,
 * correct, supersede and withdraw; officers and secretaries of a target record its sessions. An issued directive is
 * seen by its issuer's subtree and by everyone whose scope holds one of its targets; a draft only by its issuer.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveManagement {

    static final String ENTITY = "Directive";
    /** Reminders go out this many days before the deadline. */
    static final int DUE_SOON_DAYS = 3;

    private final Directives directives;
    private final OrganizationManagement organizations;
    private final ProgrammeManagement programmes;
    private final DocumentRegister register;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectiveManagement(
            Directives directives,
            OrganizationManagement organizations,
            ProgrammeManagement programmes,
            DocumentRegister register,
            Files files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.directives = directives;
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
        return directives.sessions(id, organizationId);
    }

    /** An evidence file of a session of a target the caller may see. */
    public StoredFile evidence(long id, long organizationId, long fileId, Scope scope) {
        requireVisibleTarget(id, organizationId, scope);
        boolean attached = directives.sessions(id, organizationId).stream()
                .anyMatch(s -> Long.valueOf(fileId).equals(s.evidenceFileId()));
        if (!attached) {
            throw new NotFoundException("File", fileId);
        }
        return files.describe(fileId);
    }

    /** Where one target stands. */
    public DisseminationStatus status(long id, long organizationId, Scope scope) {
        var directive = requireVisibleTarget(id, organizationId, scope);
        var first = directives.sessions(id, organizationId).stream()
                .map(DisseminationSession::heldOn)
                .min(LocalDate::compareTo);
        return DisseminationStatus.of(first.orElse(null), directive.deadline(), VietnamTime.today(clock));
    }

    /**
     * The tracking of a directive under {@code nodeId} (the issuing organisation when {@code null}, or the topmost
     * organisation of the caller's scope that holds targets).
     */
    public Tracking tracking(long id, Long nodeId, Scope scope) {
        var directive = readable(id, scope);
        if (directive.draft()) {
            throw new BusinessRuleException("directive.error.notIssued");
        }
        long node = nodeId != null ? nodeId : defaultNode(directive, scope);
        if (!organizations.isWithin(node, scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(node), "out of scope"));
            throw new NotFoundException("Organization", node);
        }
        var today = VietnamTime.today(clock);
        var statuses = new LinkedHashMap<Long, DisseminationStatus>();
        var firstHeld = new HashMap<Long, LocalDate>();
        for (var row : directives.firstHeld(id, node)) {
            statuses.put(row.organizationId(), DisseminationStatus.of(row.firstHeldOn(), directive.deadline(), today));
            firstHeld.put(row.organizationId(), row.firstHeldOn());
        }
        var total = Tracking.Progress.empty();
        for (var status : statuses.values()) {
            total = total.plus(status);
        }
        var children = organizations.children(node, scope);
        var childIds = children.stream().map(c -> c.id()).toList();
        var progressByChild = new LinkedHashMap<Long, Tracking.Progress>();
        childIds.forEach(c -> progressByChild.put(c, Tracking.Progress.empty()));
        for (long[] pair : directives.targetsUnderChildren(id, childIds)) {
            if (statuses.containsKey(pair[0])) {
                progressByChild.merge(pair[1], Tracking.Progress.empty(), (a, b) -> a.plus(statuses.get(pair[0])));
            }
        }
        var lines = new ArrayList<Tracking.ChildProgress>();
        String nodeName = organizations.names(List.of(node)).get(node);
        if (statuses.containsKey(node)) {
            lines.add(new Tracking.ChildProgress(
                    node, nodeName, true, false, Tracking.Progress.empty().plus(statuses.get(node))));
        }
        for (var child : children) {
            var progress = progressByChild.get(child.id());
            if (progress.targets() > 0) {
                boolean drillable = child.childCount() > 0;
                lines.add(new Tracking.ChildProgress(child.id(), child.name(), false, drillable, progress));
            }
        }
        var overdueIds = statuses.entrySet().stream()
                .filter(e -> e.getValue() == DisseminationStatus.OVERDUE)
                .map(Map.Entry::getKey)
                .toList();
        var overdueNames = organizations.names(overdueIds);
        var overdue = overdueIds.stream()
                .map(o ->
                        new Tracking.TargetLine(o, overdueNames.get(o), DisseminationStatus.OVERDUE, firstHeld.get(o)))
                .sorted(java.util.Comparator.comparing(
                        Tracking.TargetLine::name,
                        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .toList();
        return new Tracking(id, node, nodeName, total, lines, overdue, directives.attendanceUnder(id, node));
    }

    private long defaultNode(DirectiveView directive, Scope scope) {
        if (organizations.isWithin(directive.issuingOrganizationId(), scope.rootsWith(Role.READERS))) {
            return directive.issuingOrganizationId();
        }
        return scope.rootsWith(Role.READERS).stream()
                .filter(root -> directives.hasTargetWithin(directive.id(), Set.of(root)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY, directive.id()));
    }

    /** Whether the caller may draft and issue directives for {@code organizationId}. */
    public boolean canIssue(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Capability.ISSUE_DOCUMENTS);
    }

    /** Whether the caller may record sessions for the target {@code organizationId}. */
    public boolean canRecord(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    // ---------------------------------------------------------------------------------------------------- lifecycle

    @Transactional
    public long draft(DraftDirective command, Scope scope) {
        requireIssuer(command.issuingOrganizationId(), scope, "issuingOrganizationId");
        validate(command.issuingOrganizationId(), command.content(), scope);
        long id = directives.insert(command.issuingOrganizationId(), command.content(), actor());
        events.publishEvent(DataChanged.created(ENTITY, id, command));
        return id;
    }

    @Transactional
    public void revise(ReviseDraft command, Scope scope) {
        var before = writable(command.id(), scope);
        requireStatus(before, DirectiveStatus.DRAFT, "directive.error.onlyDraftEditable");
        validate(before.issuingOrganizationId(), command.content(), scope);
        directives.revise(command.id(), command.content(), command.version());
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, directives.findById(command.id()).orElseThrow()));
    }

    /** Attaches a PDF, DOCX, XLSX, JPG or PNG (type checked by content) to a draft. */
    @Transactional
    public StoredFile attach(long id, String fileName, byte[] content, Scope scope) {
        var directive = writable(id, scope);
        requireStatus(directive, DirectiveStatus.DRAFT, "directive.error.onlyDraftEditable");
        var stored = files.store(fileName, content, FileKind.DOCUMENTS_AND_IMAGES);
        directives.attach(id, stored.id());
        events.publishEvent(DataChanged.created("DirectiveAttachment", id + "/" + stored.id(), stored));
        return stored;
    }

    @Transactional
    public void detach(long id, long fileId, Scope scope) {
        var directive = writable(id, scope);
        requireStatus(directive, DirectiveStatus.DRAFT, "directive.error.onlyDraftEditable");
        directives.detach(id, fileId);
        events.publishEvent(DataChanged.deleted("DirectiveAttachment", id + "/" + fileId, null));
    }

    /**
     * Issues a draft: the party document number is allocated (no gaps, no duplicates), the targets are fixed, and
     * the directive becomes immutable except by an audited correction.
     */
    @Transactional
    public DirectiveView issue(IssueDirective command, Scope scope) {
        var draft = writable(command.id(), scope);
        requireStatus(draft, DirectiveStatus.DRAFT, "directive.error.alreadyIssued");
        LocalDate issuedOn = command.issuedOn() != null ? command.issuedOn() : VietnamTime.today(clock);
        if (issuedOn.isAfter(VietnamTime.today(clock))) {
            throw BusinessRuleException.atField("issuedOn", "directive.error.issuedInFuture");
        }
        if (draft.deadline() != null && draft.deadline().isBefore(issuedOn)) {
            throw BusinessRuleException.atField("deadline", "directive.error.deadlineBeforeIssue");
        }
        var targets = DirectiveTargets.resolve(organizations, draft);
        if (targets.isEmpty()) {
            throw new BusinessRuleException("directive.error.noTargets");
        }
        var document = register.issue(new IssueDocument(
                draft.issuingOrganizationId(), draft.typeCode(), issuedOn, draft.title(), ENTITY, draft.id()));
        directives.markIssued(draft.id(), issuedOn, document.number(), document.symbol(), command.version());
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
        requireStatus(before, DirectiveStatus.ISSUED, "directive.error.onlyIssuedCorrectable");
        if (command.reason() == null || command.reason().isBlank()) {
            throw BusinessRuleException.atField("reason", "directive.error.reasonRequired");
        }
        if (command.title() == null || command.title().isBlank()) {
            throw BusinessRuleException.atField("title", "directive.error.title");
        }
        if (command.deadline() != null && command.deadline().isBefore(before.issuedOn())) {
            throw BusinessRuleException.atField("deadline", "directive.error.deadlineBeforeIssue");
        }
        directives.correct(
                command.id(),
                command.title().trim(),
                blankToNull(command.summary()),
                command.deadline(),
                command.version());
        var after = directives.findById(command.id()).orElseThrow();
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.id(),
                before,
                Map.of("directive", after, "correctionReason", command.reason().trim())));
    }

    @Transactional
    public void supersede(SupersedeDirective command, Scope scope) {
        var before = writable(command.id(), scope);
        requireStatus(before, DirectiveStatus.ISSUED, "directive.error.onlyIssuedEnds");
        var replacement = directives
                .findById(command.supersededById())
                .filter(d -> d.status() == DirectiveStatus.ISSUED && d.id() != command.id())
                .orElseThrow(() -> BusinessRuleException.atField("supersededById", "directive.error.replacement"));
        readable(replacement.id(), scope);
        requireReason(command.reason());
        directives.end(
                command.id(), DirectiveStatus.SUPERSEDED, command.reason().trim(), replacement.id(), command.version());
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, directives.findById(command.id()).orElseThrow()));
    }

    @Transactional
    public void withdraw(WithdrawDirective command, Scope scope) {
        var before = writable(command.id(), scope);
        requireStatus(before, DirectiveStatus.ISSUED, "directive.error.onlyIssuedEnds");
        requireReason(command.reason());
        directives.end(command.id(), DirectiveStatus.WITHDRAWN, command.reason().trim(), null, command.version());
        events.publishEvent(DataChanged.updated(
                ENTITY, command.id(), before, directives.findById(command.id()).orElseThrow()));
    }

    // ------------------------------------------------------------------------------------------------ dissemination

    /** Records a session of a target; the status of the target follows from its first session and the deadline. */
    @Transactional
    public long recordDissemination(RecordDissemination command, Scope scope) {
        return recordDissemination(command, null, null, scope);
    }

    /**
     * Records a session together with its evidence file (minutes, a photo), in one transaction: a refused file or a
     * refused session leaves neither behind.
     */
    @Transactional
    public long recordDissemination(RecordDissemination command, String evidenceName, byte[] evidence, Scope scope) {
        var directive = requireVisibleTarget(command.directiveId(), command.organizationId(), scope);
        if (!canRecord(command.organizationId(), scope)) {
            throw new ForbiddenException("directive.error.notRecorder");
        }
        if (directive.status() != DirectiveStatus.ISSUED) {
            throw new BusinessRuleException("directive.error.notInForce");
        }
        var attendance = command.attendance() == null ? Attendance.none() : command.attendance();
        validateSession(command, attendance, directive, VietnamTime.today(clock));
        Long evidenceFileId = null;
        if (evidence != null && evidence.length > 0) {
            try {
                evidenceFileId = files.store(evidenceName, evidence, FileKind.DOCUMENTS_AND_IMAGES)
                        .id();
            } catch (BusinessRuleException e) {
                throw BusinessRuleException.atField("evidence", e.messageKey(), e.args());
            }
        }
        long sessionId = directives.insertSession(
                command.directiveId(),
                command.organizationId(),
                command.heldOn(),
                command.form(),
                attendance,
                blankToNull(command.notes()),
                evidenceFileId,
                actor());
        events.publishEvent(new DisseminationRecorded(
                command.directiveId(), command.organizationId(), sessionId, command.heldOn(), attendance));
        events.publishEvent(DataChanged.created("Dissemination", sessionId, command));
        return sessionId;
    }

    /** The rules of a session, as recorded or as corrected. */
    static void validateSession(
            RecordDissemination command, Attendance attendance, DirectiveView directive, LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (command.heldOn() == null) {
            violations.add(new Violation("heldOn", "dissemination.error.heldOn"));
        } else if (command.heldOn().isAfter(today)) {
            violations.add(new Violation("heldOn", "dissemination.error.heldInFuture"));
        } else if (command.heldOn().isBefore(directive.issuedOn())) {
            violations.add(new Violation("heldOn", "dissemination.error.heldBeforeIssue"));
        }
        if (command.form() == null) {
            violations.add(new Violation("form", "dissemination.error.form"));
        }
        for (var category : attendance.invalidCategories()) {
            violations.add(new Violation(
                    "attended[" + category.ordinal() + "]", "dissemination.error.attendance", category.name()));
        }
        if (attendance.totalAttended() == 0 && violations.isEmpty()) {
            violations.add(new Violation(null, "dissemination.error.nobody"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A one-click reminder to a target that has not disseminated yet; at most one a day per target. */
    @Transactional
    public boolean remind(long id, long organizationId, Scope scope) {
        var directive = requireVisibleTarget(id, organizationId, scope);
        if (!canRecord(organizationId, scope)) {
            throw new ForbiddenException("directive.error.notRecorder");
        }
        if (directive.status() != DirectiveStatus.ISSUED) {
            throw new BusinessRuleException("directive.error.notInForce");
        }
        if (!directives.sessions(id, organizationId).isEmpty()) {
            throw new BusinessRuleException("directive.error.alreadyDone");
        }
        boolean sent =
                directives.recordReminder(id, organizationId, ReminderKind.MANUAL.name(), VietnamTime.today(clock));
        if (sent) {
            events.publishEvent(new DisseminationReminderDue(
                    id,
                    organizationId,
                    ReminderKind.MANUAL,
                    directive.symbol(),
                    directive.title(),
                    directive.deadline()));
        }
        return sent;
    }

    /**
     * The daily reminders: targets whose deadline is {@value #DUE_SOON_DAYS} days away or less, and targets overdue,
     * each reminded once. Safe to run twice and on several nodes: the reminder table's key lets only the first run
     * send. Returns how many reminders were sent.
     */
    @Transactional
    public int sendDueReminders(LocalDate today) {
        int sent = 0;
        for (var target : directives.pendingWithDeadlineBetween(today, today.plusDays(DUE_SOON_DAYS))) {
            sent += remindOnce(target, ReminderKind.DUE_SOON);
        }
        for (var target : directives.pendingWithDeadlineBetween(LocalDate.of(1900, 1, 1), today.minusDays(1))) {
            sent += remindOnce(target, ReminderKind.OVERDUE);
        }
        return sent;
    }

    private int remindOnce(Directives.PendingTarget target, ReminderKind kind) {
        if (!directives.recordReminder(target.directiveId(), target.organizationId(), kind.name(), target.deadline())) {
            return 0;
        }
        events.publishEvent(new DisseminationReminderDue(
                target.directiveId(),
                target.organizationId(),
                kind,
                target.symbol(),
                target.title(),
                target.deadline()));
        return 1;
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private void validate(long issuer, DirectiveContent content, Scope scope) {
        var violations = new ArrayList<Violation>();
        if (content.typeCode() == null
                || register.types().stream().noneMatch(t -> t.code().equals(content.typeCode()))) {
            violations.add(new Violation("typeCode", "directive.error.type"));
        }
        if (content.title() == null || content.title().isBlank()) {
            violations.add(new Violation("title", "directive.error.title"));
        } else if (content.title().length() > 1000) {
            violations.add(new Violation("title", "directive.error.titleTooLong"));
        }
        DirectiveTargets.check(organizations, issuer, content, violations);
        if (content.deadline() != null
                && content.deadline().isBefore(VietnamTime.today(clock).minusYears(1))) {
            violations.add(new Violation("deadline", "directive.error.deadlinePast"));
        }
        if (content.themeId() != null) {
            var theme = programmes.theme(content.themeId());
            if (theme.isEmpty()
                    || (content.programmeId() != null && theme.get().programmeId() != content.programmeId())) {
                violations.add(new Violation("themeId", "directive.error.theme"));
            }
        }
        if (content.programmeId() != null) {
            try {
                programmes.get(content.programmeId(), scope);
            } catch (NotFoundException e) {
                violations.add(new Violation("programmeId", "directive.error.programme"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private DirectiveView readable(long id, Scope scope) {
        var directive = directives.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        boolean issuerSide = organizations.isWithin(directive.issuingOrganizationId(), scope.rootsWith(Role.READERS));
        boolean targetSide = !directive.draft() && directives.hasTargetWithin(id, scope.rootsWith(Role.READERS));
        if (!issuerSide && !targetSide) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return directive;
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

    private static void requireStatus(DirectiveView directive, DirectiveStatus expected, String key) {
        if (directive.status() != expected) {
            throw new BusinessRuleException(key);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.atField("reason", "directive.error.reasonRequired");
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
