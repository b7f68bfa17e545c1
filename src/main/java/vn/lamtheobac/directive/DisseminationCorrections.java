package vn.lamtheobac.directive;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.directive.DirectiveCommands.CorrectDissemination;
import vn.lamtheobac.document.FileKind;
import vn.lamtheobac.document.Files;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The correction of a dissemination session by the target that recorded it (a wrong date, wrong counts): the same
 * rules as recording, optimistic locking on the session's version, and the before and after with the reason in the
 * audit trail. The target's status is derived from its sessions, so it follows the correction at once.
 */
@Service
@Transactional(readOnly = true)
public class DisseminationCorrections {

    static final String ENTITY = "Dissemination";

    private final DirectiveManagement directives;
    private final Directives rows;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisseminationCorrections(
            DirectiveManagement directives,
            Directives rows,
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

    /**
     * Corrects a session; a new evidence file, when given, replaces the old one. Answers 409 (optimistic locking) when
     * the session changed since {@code version} was read.
     */
    @Transactional
    public void correct(CorrectDissemination command, String evidenceName, byte[] evidence, Scope scope) {
        var before = session(command.directiveId(), command.organizationId(), command.sessionId(), scope);
        var directive = directives.get(command.directiveId(), scope);
        if (!directives.canRecord(command.organizationId(), scope)) {
            throw new ForbiddenException("directive.error.notRecorder");
        }
        if (directive.status() != DirectiveStatus.ISSUED) {
            throw new BusinessRuleException("directive.error.notInForce");
        }
        var attendance = command.attendance() == null ? Attendance.none() : command.attendance();
        var violations = new ArrayList<Violation>();
        try {
            DirectiveManagement.validateSession(command.asRecord(), attendance, directive, VietnamTime.today(clock));
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            violations.add(new Violation("reason", "dissemination.error.reasonRequired"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Long evidenceFileId = before.evidenceFileId();
        if (evidence != null && evidence.length > 0) {
            try {
                evidenceFileId = files.store(evidenceName, evidence, FileKind.DOCUMENTS_AND_IMAGES)
                        .id();
            } catch (BusinessRuleException e) {
                throw BusinessRuleException.atField("evidence", e.messageKey(), e.args());
            }
        }
        rows.updateSession(
                command.sessionId(),
                command.heldOn(),
                command.form(),
                attendance,
                command.notes() == null || command.notes().isBlank()
                        ? null
                        : command.notes().trim(),
                evidenceFileId,
                actor(),
                command.version());
        var after = rows.session(command.sessionId()).orElseThrow();
        events.publishEvent(DataChanged.updated(
                ENTITY,
                command.sessionId(),
                before,
                Map.of("session", after, "correctionReason", command.reason().trim())));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
