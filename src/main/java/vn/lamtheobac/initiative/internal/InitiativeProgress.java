package vn.lamtheobac.initiative.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.document.FileKind;
import vn.lamtheobac.document.Files;
import vn.lamtheobac.document.StoredFile;
import vn.lamtheobac.initiative.IndicatorView;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.PhotoUpload;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/** Carrying a model out: progress updates with photos, starting it, and its owner's completion. */
@Service
@Transactional(readOnly = true)
public class InitiativeProgress {

    /** What a progress update's photos may be (checked by content, not by name). */
    static final List<FileKind> PHOTO_KINDS = List.of(FileKind.JPEG, FileKind.PNG);

    private final Initiatives initiatives;
    private final ProgressUpdates updates;
    private final InitiativeAccess access;
    private final InitiativeChanges changes;
    private final CommandValidation validation;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeProgress(
            Initiatives initiatives,
            ProgressUpdates updates,
            InitiativeAccess access,
            InitiativeChanges changes,
            CommandValidation validation,
            Files files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.initiatives = initiatives;
        this.updates = updates;
        this.access = access;
        this.changes = changes;
        this.validation = validation;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a progress update with its photos, in one transaction: a refused photo leaves nothing behind. The first
     * update of a registered initiative starts it.
     */
    @Transactional
    public long reportProgress(ReportProgress command, List<PhotoUpload> photos, Scope scope) {
        var initiative = access.writable(command.initiativeId(), scope);
        var before = initiatives.findById(initiative.id).orElseThrow();
        var uploads = photos == null
                ? List.<PhotoUpload>of()
                : photos.stream()
                        .filter(p -> p != null && p.content() != null && p.content().length > 0)
                        .toList();
        var input = new ArrayList<>(validation.of(command));
        var values = values(command, before.indicators(), input);
        initiative.report(command.reportedOn(), VietnamTime.today(clock), uploads.size(), input);
        initiatives.save(initiative, initiative.version);
        long updateId = updates.insertUpdate(initiative.id, command.reportedOn(), command.narrative(), actor());
        updates.insertValues(updateId, values);
        for (var upload : uploads) {
            StoredFile stored;
            try {
                stored = files.store(upload.fileName(), upload.content(), PHOTO_KINDS);
            } catch (BusinessRuleException e) {
                throw BusinessRuleException.atField("photos", e.messageKey(), e.args());
            }
            updates.insertPhoto(updateId, stored.id());
            events.publishEvent(DataChanged.created("InitiativePhoto", updateId + "/" + stored.id(), stored));
        }
        events.publishEvent(DataChanged.created("InitiativeProgress", updateId, command));
        if (before.status() != initiative.status) {
            changes.audited(initiative.id, before);
        }
        return updateId;
    }

    /**
     * The values to record by indicator id; entries without a value are "not reported this time". An unknown or
     * repeated indicator, and no value at all, are added to {@code violations}.
     */
    private static Map<Long, BigDecimal> values(
            ReportProgress command, List<IndicatorView> indicators, List<Violation> violations) {
        var known = indicators.stream().map(IndicatorView::id).collect(Collectors.toSet());
        var values = new LinkedHashMap<Long, BigDecimal>();
        var given = command.values() == null ? List.<IndicatorValue>of() : command.values();
        boolean valueErrors =
                violations.stream().anyMatch(v -> v.field() != null && v.field().startsWith("values["));
        for (int i = 0; i < given.size(); i++) {
            var entry = given.get(i);
            if (entry == null || entry.value() == null) {
                continue;
            }
            if (!known.contains(entry.indicatorId()) || values.containsKey(entry.indicatorId())) {
                violations.add(new Violation("values[" + i + "].value", "initiative.error.indicator"));
                valueErrors = true;
            } else {
                values.put(entry.indicatorId(), entry.value());
            }
        }
        if (values.isEmpty() && !valueErrors) {
            violations.add(new Violation("values", "initiative.error.noValues"));
        }
        return values;
    }

    @Transactional
    public void start(StartInitiative command, Scope scope) {
        var initiative = access.writable(command.id(), scope);
        initiative.start();
        changes.save(initiative, command.version());
    }

    /** The owner declares it completed on the day given (today when none). */
    @Transactional
    public void complete(CompleteInitiative command, Scope scope) {
        var initiative = access.writable(command.id(), scope);
        var today = VietnamTime.today(clock);
        LocalDate on = command.completedOn() != null ? command.completedOn() : today;
        initiative.complete(on, today);
        changes.save(initiative, command.version());
    }

    private static String actor() {
        return InitiativeChanges.actor();
    }
}
