package vn.lamtheobac.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDissemination;
import vn.lamtheobac.directive.DirectiveCommands.RecordDissemination;
import vn.lamtheobac.directive.DirectiveEvents.DisseminationRecorded;
import vn.lamtheobac.directive.DirectiveEvents.DisseminationReminderDue;
import vn.lamtheobac.directive.DirectiveEvents.ReminderKind;
import vn.lamtheobac.directive.internal.Directive;
import vn.lamtheobac.document.FileKind;
import vn.lamtheobac.document.Files;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The dissemination of issued directives: officers and secretaries of a target record its sessions (quán triệt, triển
 * khai) and correct them (a wrong date, wrong counts; optimistic locking on the session's version, the before and
 * after with the reason in the audit trail); targets that have not disseminated are reminded, by hand or daily. Every
 * step goes through the {@link Directive} aggregate, so the directive must be in force and the session's rules hold
 * at the correction as at the recording. The target's status is derived from its sessions.
 */
@Service
@Transactional(readOnly = true)
public class DisseminationManagement {

    static final String ENTITY = "Dissemination";
    /** Reminders go out this many days before the deadline. */
    static final int DUE_SOON_DAYS = 3;

    private final DirectiveManagement directives;
    private final DisseminationSessions rows;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisseminationManagement(
            DirectiveManagement directives,
            DisseminationSessions rows,
            Files files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.directives = directives;
        this.rows = rows;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** One session of a target the caller sees, to be shown in the correction form. */
    public DisseminationSession session(long id, long organizationId, long sessionId, Scope scope) {
        directives.requireVisibleTarget(id, organizationId, scope);
        return rows.session(sessionId)
                .filter(s -> s.directiveId() == id && s.organizationId() == organizationId)
                .orElseThrow(() -> new NotFoundException(ENTITY, sessionId));
    }

    /** Records a session of a target; the status of the target follows from its first session and the deadline. */
    @Transactional
    public long record(RecordDissemination command, Scope scope) {
        return record(command, null, null, scope);
    }

    /**
     * Records a session together with its evidence file (minutes, a photo), in one transaction: a refused file or a
     * refused session leaves neither behind.
     */
    @Transactional
    public long record(RecordDissemination command, String evidenceName, byte[] evidence, Scope scope) {
        var directive = directives.requireVisibleTarget(command.directiveId(), command.organizationId(), scope);
        requireRecorder(command.organizationId(), scope);
        var attendance = command.attendance() == null ? Attendance.none() : command.attendance();
        Directive.of(directive).recordSession(command.heldOn(), command.form(), attendance, VietnamTime.today(clock));
        long sessionId = rows.insertSession(
                command.directiveId(),
                command.organizationId(),
                command.heldOn(),
                command.form(),
                attendance,
                command.notes(),
                store(evidenceName, evidence, null),
                actor());
        events.publishEvent(new DisseminationRecorded(
                command.directiveId(), command.organizationId(), sessionId, command.heldOn(), attendance));
        events.publishEvent(DataChanged.created(ENTITY, sessionId, command));
        return sessionId;
    }

    /**
     * Corrects a session; a new evidence file, when given, replaces the old one. Answers 409 (optimistic locking) when
     * the session changed since {@code version} was read.
     */
    @Transactional
    public void correct(CorrectDissemination command, String evidenceName, byte[] evidence, Scope scope) {
        var before = session(command.directiveId(), command.organizationId(), command.sessionId(), scope);
        var directive = directives.get(command.directiveId(), scope);
        requireRecorder(command.organizationId(), scope);
        var attendance = command.attendance() == null ? Attendance.none() : command.attendance();
        Directive.of(directive)
                .correctSession(
                        command.heldOn(), command.form(), attendance, command.reason(), VietnamTime.today(clock));
        rows.updateSession(
                command.sessionId(),
                command.heldOn(),
                command.form(),
                attendance,
                command.notes(),
                store(evidenceName, evidence, before.evidenceFileId()),
                actor(),
                command.version());
        var after = rows.session(command.sessionId()).orElseThrow();
        events.publishEvent(DataChanged.updated(
                ENTITY, command.sessionId(), before, Map.of("session", after, "correctionReason", command.reason())));
    }

    /** A one-click reminder to a target that has not disseminated yet; at most one a day per target. */
    @Transactional
    public boolean remind(long id, long organizationId, Scope scope) {
        var directive = directives.requireVisibleTarget(id, organizationId, scope);
        requireRecorder(organizationId, scope);
        Directive.of(directive).remind(rows.sessions(id, organizationId));
        boolean sent = rows.recordReminder(id, organizationId, ReminderKind.MANUAL.name(), VietnamTime.today(clock));
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
        for (var target : rows.pendingWithDeadlineBetween(today, today.plusDays(DUE_SOON_DAYS))) {
            sent += remindOnce(target, ReminderKind.DUE_SOON);
        }
        for (var target : rows.pendingWithDeadlineBetween(LocalDate.of(1900, 1, 1), today.minusDays(1))) {
            sent += remindOnce(target, ReminderKind.OVERDUE);
        }
        return sent;
    }

    private int remindOnce(DisseminationSessions.PendingTarget target, ReminderKind kind) {
        if (!rows.recordReminder(target.directiveId(), target.organizationId(), kind.name(), target.deadline())) {
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

    private void requireRecorder(long organizationId, Scope scope) {
        if (!directives.canRecord(organizationId, scope)) {
            throw new ForbiddenException("directive.error.notRecorder");
        }
    }

    /** Stores an evidence file, refused at the form's evidence field; {@code kept} when none is given. */
    private Long store(String name, byte[] content, Long kept) {
        if (content == null || content.length == 0) {
            return kept;
        }
        try {
            return files.store(name, content, FileKind.DOCUMENTS_AND_IMAGES).id();
        } catch (BusinessRuleException e) {
            throw BusinessRuleException.atField("evidence", e.messageKey(), e.args());
        }
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
