package vn.lamtheobac.initiative;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.document.FileKind;
import vn.lamtheobac.document.Files;
import vn.lamtheobac.document.StoredFile;
import vn.lamtheobac.initiative.InitiativeCommands.AdoptGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.EvaluateInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.PhotoUpload;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.RecordConsent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.ReviseInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.UnpublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.WithdrawConsent;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeEvaluated;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeRecognised;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeRegistered;
import vn.lamtheobac.initiative.InitiativeEvents.InitiativeReplicated;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.programme.ThemeView;
import vn.lamtheobac.shared.AccessDenied;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.SensitiveDataAccessed;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Models and actions (mô hình, hành động cụ thể) from registration to replication.
 *
 * <ul>
 *   <li>Registering, revising, reporting progress, starting and completing: officers, secretaries and administrators
 *       over the owning organisation ({@link Role#RECORD_KEEPERS}); and a person for their own individual initiative
 *       (a member's right).
 *   <li>Reading: {@link Role#READERS} over the owning organisation's subtree, the individual themself, and — for a
 *       recognised good model — everyone working at or under the committee that recognised it. Anything else does
 *       not exist for the caller (404, audited as {@link AccessDenied}).
 *   <li>Evaluating and recognising as a good model: the superior committee, that is an officer or administrator
 *       over the owning organisation's parent (or above it). The owner's own officers cannot evaluate their work.
 *   <li>Adopting a good model: a record keeper of another organisation in their scope; a new registered initiative
 *       linked to the model.
 *   <li>Publishing to the portal: officers and administrators over the owning organisation, only an effective one,
 *       and an individual's only with their consent recorded by their unit; withdrawing the consent unpublishes.
 * </ul>
 *
 * An illegal transition answers a {@link BusinessRuleException} naming the rule.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeManagement {

    static final String ENTITY = "Initiative";
    static final int MAX_INDICATORS = 20;
    static final int MAX_PHOTOS = 10;
    /** What a progress update's photos may be (checked by content, not by name). */
    static final List<FileKind> PHOTO_KINDS = List.of(FileKind.JPEG, FileKind.PNG);
    /** The largest value numeric(16, 2) holds. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999.99");

    private final Initiatives initiatives;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ProgrammeManagement programmes;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeManagement(
            Initiatives initiatives,
            OrganizationManagement organizations,
            PersonManagement people,
            ProgrammeManagement programmes,
            Files files,
            ApplicationEventPublisher events,
            Clock clock) {
        this.initiatives = initiatives;
        this.organizations = organizations;
        this.people = people;
        this.programmes = programmes;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------------ reading

    /** One initiative with its indicators, progress history (newest first) and photos. */
    public InitiativeDetail get(long id, Scope scope) {
        var initiative = readable(id, scope);
        return named(initiative, initiatives.progress(id));
    }

    /**
     * The initiatives the caller sees matching {@code query}, newest year first: those of their subtrees, the good
     * models recognised at or above them, and their own individual ones.
     */
    public Paged<InitiativeView> list(InitiativeQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        requireOrganizationInScope(query.organizationId(), roots);
        var page = query.page();
        if (roots.isEmpty() && scope.personId() == null) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = initiatives.page(query, roots, scope.personId());
        return Paged.of(named(rows), page.number(), page.size(), initiatives.count(query, roots, scope.personId()));
    }

    /** Whether the caller may export lists of initiatives (those who read a subtree). */
    public boolean canExport(Scope scope) {
        return !scope.rootsWith(Role.READERS).isEmpty();
    }

    /**
     * Streams every initiative matching {@code query} (paging ignored) in list order to {@code sink}, for the XLSX
     * export; refused to callers without a reader's grant.
     */
    public void export(InitiativeQuery query, Scope scope, Consumer<InitiativeView> sink) {
        if (!canExport(scope)) {
            throw new ForbiddenException("initiative.error.exportNotAllowed");
        }
        var roots = scope.rootsWith(Role.READERS);
        requireOrganizationInScope(query.organizationId(), roots);
        var organizationNames = new HashMap<Long, String>();
        var personNames = new HashMap<Long, String>();
        int[] count = {0};
        initiatives.forEach(query, roots, scope.personId(), row -> {
            sink.accept(named(
                    row,
                    id -> organizationNames.computeIfAbsent(
                            id, o -> organizations.names(List.of(o)).get(o)),
                    id -> personNames.computeIfAbsent(
                            id, p -> people.names(List.of(p)).get(p))));
            count[0]++;
        });
        events.publishEvent(new SensitiveDataAccessed(
                ENTITY, null, SensitiveDataAccessed.Access.EXPORT, "rows=" + count[0] + " query=" + query));
    }

    /** What the caller may do with the initiative now; every action is checked again when asked. */
    public InitiativeActions actions(InitiativeDetail initiative, Scope scope) {
        var status = initiative.status();
        boolean owner = isOwner(initiative, scope);
        boolean keeper = organizations.allows(scope, initiative.organizationId(), Role.RECORD_KEEPERS);
        boolean publisher = organizations.allows(scope, initiative.organizationId(), Capability.EVALUATE_MODELS);
        boolean recognisable = initiative.effective() && !initiative.recognisedAsGoodModel();
        boolean superior = (status == InitiativeStatus.COMPLETED || recognisable)
                && superiorCommittee(initiative.organizationId(), scope).isPresent();
        boolean self = initiative.personId() != null && scope.isOwnPerson(initiative.personId());
        return new InitiativeActions(
                owner && status == InitiativeStatus.REGISTERED,
                owner && (status == InitiativeStatus.REGISTERED || status == InitiativeStatus.IN_PROGRESS),
                owner && status == InitiativeStatus.REGISTERED,
                owner && status == InitiativeStatus.IN_PROGRESS,
                superior && status == InitiativeStatus.COMPLETED,
                superior && recognisable,
                initiative.recognisedAsGoodModel()
                        && !scope.rootsWith(Role.RECORD_KEEPERS).isEmpty(),
                initiative.individual() && keeper && !initiative.hasConsent(),
                initiative.individual() && initiative.hasConsent() && (keeper || self),
                publisher && initiative.effective() && !initiative.published(),
                publisher && initiative.published());
    }

    /** Whether the caller may register collective initiatives for {@code organizationId}. */
    public boolean canRegisterFor(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    /** Whether the caller may register anything: as a record keeper somewhere, or for themself. */
    public boolean canRegister(Scope scope) {
        return scope.personId() != null || !scope.rootsWith(Role.RECORD_KEEPERS).isEmpty();
    }

    /** A photo of a progress update of an initiative the caller may see. */
    public StoredFile photo(long id, long fileId, Scope scope) {
        readable(id, scope);
        if (!initiatives.isPhoto(id, fileId)) {
            throw new NotFoundException("File", fileId);
        }
        return files.describe(fileId);
    }

    /** The bytes of such a photo. */
    public byte[] photoContent(long id, long fileId, Scope scope) {
        photo(id, fileId, scope);
        return files.content(fileId);
    }

    // ------------------------------------------------------------------------------------------------- registering

    /**
     * Registers a collective initiative for an organisation the caller keeps records of, or an individual one for a
     * person: the caller themself, or someone in an organisation the caller keeps records of.
     */
    @Transactional
    public long register(RegisterInitiative command, Scope scope) {
        if (command.kind() == null) {
            throw BusinessRuleException.atField("kind", "initiative.error.kind");
        }
        long organizationId;
        Long personId = null;
        if (command.kind() == InitiativeKind.COLLECTIVE) {
            if (command.organizationId() == null) {
                throw BusinessRuleException.atField("organizationId", "initiative.error.organization");
            }
            organizationId = command.organizationId();
            requireRecordKeeper(organizationId, scope, "organizationId");
        } else {
            personId = command.personId();
            organizationId = organizationOfOwner(personId, scope);
        }
        validate(organizationId, command.content());
        long id = initiatives.insert(command.kind(), organizationId, personId, command.content(), null, actor());
        events.publishEvent(new InitiativeRegistered(
                id,
                organizationId,
                personId,
                command.content().year(),
                command.content().field()));
        events.publishEvent(DataChanged.created(ENTITY, id, command));
        return id;
    }

    /** Revises what was registered, indicators included; only while nothing has been reported. */
    @Transactional
    public void revise(ReviseInitiative command, Scope scope) {
        var before = writable(command.id(), scope);
        if (before.status() != InitiativeStatus.REGISTERED) {
            throw new BusinessRuleException("initiative.error.onlyRegisteredEditable");
        }
        validate(before.organizationId(), command.content());
        initiatives.revise(command.id(), command.content(), command.version());
        changed(before);
    }

    // ----------------------------------------------------------------------------------------------------- progress

    @Transactional
    public long reportProgress(ReportProgress command, Scope scope) {
        return reportProgress(command, List.of(), scope);
    }

    /**
     * Records a progress update with its photos, in one transaction: a refused photo leaves nothing behind. The first
     * update of a registered initiative starts it.
     */
    @Transactional
    public long reportProgress(ReportProgress command, List<PhotoUpload> photos, Scope scope) {
        var initiative = writable(command.initiativeId(), scope);
        requireOpen(initiative);
        var uploads = photos == null
                ? List.<PhotoUpload>of()
                : photos.stream()
                        .filter(p -> p != null && p.content() != null && p.content().length > 0)
                        .toList();
        var values = validateProgress(command, initiative, uploads.size());
        if (!initiatives.markReported(initiative.id())) {
            throw new BusinessRuleException("initiative.error.notInProgress");
        }
        long updateId = initiatives.insertUpdate(
                initiative.id(), command.reportedOn(), blankToNull(command.narrative()), actor());
        values.forEach((indicator, value) -> initiatives.insertValue(updateId, indicator, value));
        for (var upload : uploads) {
            StoredFile stored;
            try {
                stored = files.store(upload.fileName(), upload.content(), PHOTO_KINDS);
            } catch (BusinessRuleException e) {
                throw BusinessRuleException.atField("photos", e.messageKey(), e.args());
            }
            initiatives.insertPhoto(updateId, stored.id());
            events.publishEvent(DataChanged.created("InitiativePhoto", updateId + "/" + stored.id(), stored));
        }
        events.publishEvent(DataChanged.created("InitiativeProgress", updateId, command));
        if (initiative.status() == InitiativeStatus.REGISTERED) {
            changed(initiative);
        }
        return updateId;
    }

    /** Starts a registered initiative without reporting anything yet. */
    @Transactional
    public void start(StartInitiative command, Scope scope) {
        var before = writable(command.id(), scope);
        if (before.status() != InitiativeStatus.REGISTERED) {
            throw new BusinessRuleException("initiative.error.alreadyStarted");
        }
        initiatives.start(command.id(), command.version());
        changed(before);
    }

    /** The owner declares an initiative in progress completed; it then awaits the superior committee's evaluation. */
    @Transactional
    public void complete(CompleteInitiative command, Scope scope) {
        var before = writable(command.id(), scope);
        switch (before.status()) {
            case REGISTERED -> throw new BusinessRuleException("initiative.error.notStarted");
            case COMPLETED, EVALUATED -> throw new BusinessRuleException("initiative.error.alreadyCompleted");
            default -> {}
        }
        var today = VietnamTime.today(clock);
        LocalDate on = command.completedOn() != null ? command.completedOn() : today;
        if (on.isAfter(today)) {
            throw BusinessRuleException.atField("completedOn", "initiative.error.dateInFuture");
        }
        if (on.isBefore(before.startsOn())) {
            throw BusinessRuleException.atField("completedOn", "initiative.error.completedBeforeStart");
        }
        initiatives.complete(command.id(), on, command.version());
        changed(before);
    }

    // ----------------------------------------------------------------------------------------- the superior's part

    /** The superior committee evaluates a completed initiative as effective or not, with its remarks. */
    @Transactional
    public void evaluate(EvaluateInitiative command, Scope scope) {
        var before = readable(command.id(), scope);
        long evaluator = superiorCommittee(before.organizationId(), scope)
                .orElseThrow(() -> new ForbiddenException("initiative.error.notSuperior"));
        if (before.status() == InitiativeStatus.EVALUATED) {
            throw new BusinessRuleException("initiative.error.alreadyEvaluated");
        }
        if (before.status() != InitiativeStatus.COMPLETED) {
            throw new BusinessRuleException("initiative.error.notCompleted");
        }
        var violations = new ArrayList<Violation>();
        if (command.result() == null) {
            violations.add(new Violation("result", "initiative.error.evaluation"));
        }
        if (command.remarks() == null || command.remarks().isBlank()) {
            violations.add(new Violation("remarks", "initiative.error.remarks"));
        } else if (command.remarks().length() > 5000) {
            violations.add(new Violation("remarks", "initiative.error.textTooLong", "5000"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        initiatives.evaluate(
                command.id(),
                command.result(),
                command.remarks().trim(),
                VietnamTime.today(clock),
                evaluator,
                actor(),
                command.version());
        events.publishEvent(new InitiativeEvaluated(
                before.id(),
                before.organizationId(),
                before.personId(),
                before.year(),
                command.result() == Effectiveness.EFFECTIVE,
                before.title()));
        changed(before);
    }

    /** A committee above the owner recognises an effective initiative as a good model worth replicating. */
    @Transactional
    public void recognise(RecogniseGoodModel command, Scope scope) {
        var before = readable(command.id(), scope);
        long recogniser = superiorCommittee(before.organizationId(), scope)
                .orElseThrow(() -> new ForbiddenException("initiative.error.notSuperior"));
        if (command.organizationId() != null && command.organizationId() != recogniser) {
            Long parent = organizations.get(before.organizationId(), scope).parentId();
            if (!organizations.allows(scope, command.organizationId(), Capability.EVALUATE_MODELS)
                    || !organizations.isWithin(parent, Set.of(command.organizationId()))) {
                throw BusinessRuleException.atField("organizationId", "initiative.error.recogniser");
            }
            recogniser = command.organizationId();
        }
        if (before.recognisedAsGoodModel()) {
            throw new BusinessRuleException("initiative.error.alreadyRecognised");
        }
        if (!before.effective()) {
            throw new BusinessRuleException("initiative.error.notEffective");
        }
        var today = VietnamTime.today(clock);
        LocalDate on = command.recognisedOn() != null ? command.recognisedOn() : today;
        if (on.isAfter(today)) {
            throw BusinessRuleException.atField("recognisedOn", "initiative.error.dateInFuture");
        }
        if (on.isBefore(before.evaluatedOn())) {
            throw BusinessRuleException.atField("recognisedOn", "initiative.error.recognisedBeforeEvaluation");
        }
        initiatives.recognise(command.id(), recogniser, on, command.version());
        events.publishEvent(
                new InitiativeRecognised(before.id(), before.organizationId(), before.personId(), recogniser, on));
        changed(before);
    }

    /**
     * Another organisation adopts a good model: a new registered initiative with the model's title, field,
     * description and indicators, linked to it; the model counts its replications.
     */
    @Transactional
    public long adopt(AdoptGoodModel command, Scope scope) {
        var source = readable(command.sourceId(), scope);
        if (!source.recognisedAsGoodModel()) {
            throw new BusinessRuleException("initiative.error.notGoodModel");
        }
        requireRecordKeeper(command.organizationId(), scope, "organizationId");
        if (command.organizationId() == source.organizationId()) {
            throw BusinessRuleException.atField("organizationId", "initiative.error.adoptOwn");
        }
        if (initiatives.hasReplica(source.id(), command.organizationId())) {
            throw BusinessRuleException.atField("organizationId", "initiative.error.alreadyAdopted");
        }
        var today = VietnamTime.today(clock);
        int year = command.year() != null ? command.year() : today.getYear();
        var content = new InitiativeContent(
                source.field(),
                null,
                year,
                source.title(),
                source.description(),
                command.startsOn() != null ? command.startsOn() : today,
                command.endsOn() != null ? command.endsOn() : LocalDate.of(year, 12, 31),
                source.indicators().stream()
                        .map(i -> new IndicatorInput(i.name(), i.target(), i.unit()))
                        .toList());
        validate(command.organizationId(), content);
        long id;
        try {
            id = initiatives.insert(
                    InitiativeKind.COLLECTIVE, command.organizationId(), null, content, source.id(), actor());
        } catch (DuplicateKeyException e) {
            // another officer adopted it at the same moment
            throw BusinessRuleException.atField("organizationId", "initiative.error.alreadyAdopted");
        }
        events.publishEvent(new InitiativeRegistered(id, command.organizationId(), null, year, source.field()));
        events.publishEvent(new InitiativeReplicated(
                source.id(), id, command.organizationId(), source.organizationId(), source.personId(), source.title()));
        events.publishEvent(DataChanged.created(ENTITY, id, command));
        return id;
    }

    // -------------------------------------------------------------------------------------- consent and the portal

    /** Records the individual's consent to appear on the public portal (Nghị định 13/2023/NĐ-CP). */
    @Transactional
    public void recordConsent(RecordConsent command, Scope scope) {
        var before = readable(command.id(), scope);
        if (!before.individual()) {
            throw new BusinessRuleException("initiative.error.consentOnlyIndividual");
        }
        if (!organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notRecordKeeper");
        }
        var violations = new ArrayList<Violation>();
        if (command.consentedOn() == null) {
            violations.add(new Violation("consentedOn", "initiative.error.consentedOn"));
        } else if (command.consentedOn().isAfter(VietnamTime.today(clock))) {
            violations.add(new Violation("consentedOn", "initiative.error.dateInFuture"));
        }
        if (command.note() == null || command.note().isBlank()) {
            violations.add(new Violation("consentNote", "initiative.error.consentNote"));
        } else if (command.note().length() > 1000) {
            violations.add(new Violation("consentNote", "initiative.error.textTooLong", "1000"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        initiatives.recordConsent(
                command.id(), command.consentedOn(), command.note().trim(), command.version());
        changed(before);
    }

    /** Withdraws the consent (by the unit or by the person themself); a published initiative leaves the portal. */
    @Transactional
    public void withdrawConsent(WithdrawConsent command, Scope scope) {
        var before = readable(command.id(), scope);
        if (!before.individual()) {
            throw new BusinessRuleException("initiative.error.consentOnlyIndividual");
        }
        boolean self = scope.isOwnPerson(before.personId());
        if (!self && !organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notOwner");
        }
        if (!before.hasConsent()) {
            throw new BusinessRuleException("initiative.error.noConsent");
        }
        initiatives.withdrawConsent(command.id(), command.version());
        changed(before);
    }

    /** Makes an effective initiative eligible for the public portal; an individual's needs their recorded consent. */
    @Transactional
    public void publish(PublishInitiative command, Scope scope) {
        var before = readable(command.id(), scope);
        requirePublisher(before, scope);
        if (before.published()) {
            throw new BusinessRuleException("initiative.error.alreadyPublished");
        }
        if (!before.effective()) {
            throw new BusinessRuleException("initiative.error.publishNotEffective");
        }
        if (before.individual() && !before.hasConsent()) {
            throw new BusinessRuleException("initiative.error.consentRequired");
        }
        initiatives.publish(command.id(), VietnamTime.today(clock), command.version());
        changed(before);
    }

    @Transactional
    public void unpublish(UnpublishInitiative command, Scope scope) {
        var before = readable(command.id(), scope);
        requirePublisher(before, scope);
        if (!before.published()) {
            throw new BusinessRuleException("initiative.error.notPublished");
        }
        initiatives.unpublish(command.id(), command.version());
        changed(before);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private void validate(long organizationId, InitiativeContent content) {
        var violations = new ArrayList<Violation>();
        if (content == null) {
            throw new InvalidInputException(List.of(new Violation("title", "initiative.error.title")));
        }
        if (content.field() == null) {
            violations.add(new Violation("field", "initiative.error.field"));
        }
        boolean yearValid = content.year() != null && content.year() >= 2000 && content.year() <= 2100;
        if (!yearValid) {
            violations.add(new Violation("year", "initiative.error.year"));
        }
        if (content.title() == null || content.title().isBlank()) {
            violations.add(new Violation("title", "initiative.error.title"));
        } else if (content.title().length() > 500) {
            violations.add(new Violation("title", "initiative.error.textTooLong", "500"));
        }
        if (content.description() != null && content.description().length() > 10000) {
            violations.add(new Violation("description", "initiative.error.textTooLong", "10000"));
        }
        if (content.startsOn() == null) {
            violations.add(new Violation("startsOn", "initiative.error.startsOn"));
        }
        if (content.endsOn() == null) {
            violations.add(new Violation("endsOn", "initiative.error.endsOn"));
        } else if (content.startsOn() != null && content.endsOn().isBefore(content.startsOn())) {
            violations.add(new Violation("endsOn", "initiative.error.endsBeforeStart"));
        }
        if (yearValid
                && content.startsOn() != null
                && content.endsOn() != null
                && !content.endsOn().isBefore(content.startsOn())
                && (content.year() < content.startsOn().getYear()
                        || content.year() > content.endsOn().getYear())) {
            violations.add(new Violation(
                    "year",
                    "initiative.error.yearOutsidePeriod",
                    String.valueOf(content.startsOn().getYear()),
                    String.valueOf(content.endsOn().getYear())));
        }
        if (content.themeId() != null && yearValid) {
            boolean applies = programmes.themesFor(organizationId, content.year()).stream()
                    .filter(t -> t.kind() == ThemeKind.ANNUAL)
                    .anyMatch(t -> t.id() == content.themeId());
            if (!applies) {
                violations.add(new Violation("themeId", "initiative.error.theme"));
            }
        }
        validateIndicators(content.indicators(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Rows with nothing filled in are ignored; errors name the row as the form numbers it. */
    private static void validateIndicators(List<IndicatorInput> indicators, List<Violation> violations) {
        var rows = indicators == null ? List.<IndicatorInput>of() : indicators;
        int filled = 0;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            filled++;
            String at = "indicators[" + i + "].";
            if (row.name() == null || row.name().isBlank() || row.name().length() > 200) {
                violations.add(new Violation(at + "name", "initiative.error.indicatorName"));
            }
            if (row.target() == null || row.target().signum() < 0) {
                violations.add(new Violation(at + "target", "initiative.error.indicatorTarget"));
            } else if (row.target().compareTo(MAX_VALUE) > 0) {
                violations.add(new Violation(at + "target", "initiative.error.valueTooLarge"));
            }
            if (row.unit() == null || row.unit().isBlank() || row.unit().length() > 50) {
                violations.add(new Violation(at + "unit", "initiative.error.indicatorUnit"));
            }
        }
        if (filled == 0) {
            violations.add(new Violation("indicators", "initiative.error.noIndicators"));
        } else if (filled > MAX_INDICATORS) {
            violations.add(
                    new Violation("indicators", "initiative.error.tooManyIndicators", String.valueOf(MAX_INDICATORS)));
        }
    }

    /** The values to record by indicator id; entries without a value are "not reported this time". */
    private Map<Long, BigDecimal> validateProgress(
            ReportProgress command, InitiativeDetail initiative, int photoCount) {
        var violations = new ArrayList<Violation>();
        var today = VietnamTime.today(clock);
        if (command.reportedOn() == null) {
            violations.add(new Violation("reportedOn", "initiative.error.reportedOn"));
        } else if (command.reportedOn().isAfter(today)) {
            violations.add(new Violation("reportedOn", "initiative.error.dateInFuture"));
        } else if (command.reportedOn().isBefore(initiative.startsOn())) {
            violations.add(new Violation("reportedOn", "initiative.error.reportedBeforeStart"));
        }
        var known = initiative.indicators().stream().map(IndicatorView::id).collect(Collectors.toSet());
        var values = new LinkedHashMap<Long, BigDecimal>();
        var given = command.values() == null ? List.<IndicatorValue>of() : command.values();
        boolean valueErrors = false;
        for (int i = 0; i < given.size(); i++) {
            var entry = given.get(i);
            if (entry == null || entry.value() == null) {
                continue;
            }
            String at = "values[" + i + "].value";
            if (!known.contains(entry.indicatorId()) || values.containsKey(entry.indicatorId())) {
                violations.add(new Violation(at, "initiative.error.indicator"));
                valueErrors = true;
            } else if (entry.value().signum() < 0) {
                violations.add(new Violation(at, "initiative.error.valueNegative"));
                valueErrors = true;
            } else if (entry.value().compareTo(MAX_VALUE) > 0) {
                violations.add(new Violation(at, "initiative.error.valueTooLarge"));
                valueErrors = true;
            } else {
                values.put(entry.indicatorId(), entry.value());
            }
        }
        if (values.isEmpty() && !valueErrors) {
            violations.add(new Violation("values", "initiative.error.noValues"));
        }
        if (command.narrative() != null && command.narrative().length() > 10000) {
            violations.add(new Violation("narrative", "initiative.error.textTooLong", "10000"));
        }
        if (photoCount > MAX_PHOTOS) {
            violations.add(new Violation("photos", "initiative.error.tooManyPhotos", String.valueOf(MAX_PHOTOS)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return values;
    }

    private static void requireOpen(InitiativeDetail initiative) {
        if (initiative.status() != InitiativeStatus.REGISTERED && initiative.status() != InitiativeStatus.IN_PROGRESS) {
            throw new BusinessRuleException("initiative.error.notInProgress");
        }
    }

    /**
     * The committee above the owning organisation on whose behalf the caller acts: of the caller's officer or
     * administrator grants, the deepest one whose subtree holds the owner's parent. Empty when the caller holds none
     * (the owner's own officers, secretaries, viewers) or the owner has no parent.
     */
    private Optional<Long> superiorCommittee(long organizationId, Scope scope) {
        var roots = scope.rootsFor(Capability.EVALUATE_MODELS);
        if (roots.isEmpty() || !organizations.isWithin(organizationId, roots)) {
            return Optional.empty();
        }
        Long parent = organizations.get(organizationId, scope).parentId();
        if (parent == null) {
            return Optional.empty();
        }
        return roots.stream()
                .filter(root -> organizations.isWithin(parent, Set.of(root)))
                .max(Comparator.comparingInt(
                        root -> organizations.path(root, scope).size()));
    }

    /** The owning organisation of an individual initiative for {@code personId}, if the caller may register it. */
    private long organizationOfOwner(Long personId, Scope scope) {
        if (personId == null) {
            throw BusinessRuleException.atField("personId", "initiative.error.person");
        }
        var organization = people.organizationOf(personId);
        if (organization.isEmpty()) {
            throw BusinessRuleException.atField("personId", "initiative.error.person");
        }
        long organizationId = organization.get();
        if (scope.isOwnPerson(personId)) {
            return organizationId;
        }
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField("personId", "initiative.error.person");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notOwner");
        }
        return organizationId;
    }

    private void requireRecordKeeper(long organizationId, Scope scope, String field) {
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField(field, "initiative.error.organizationOutOfScope");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("initiative.error.notRecordKeeper");
        }
    }

    private void requirePublisher(InitiativeDetail initiative, Scope scope) {
        if (!organizations.allows(scope, initiative.organizationId(), Capability.EVALUATE_MODELS)) {
            throw new ForbiddenException("initiative.error.notPublisher");
        }
    }

    private void requireOrganizationInScope(Long organizationId, Set<Long> roots) {
        if (organizationId != null && !organizations.isWithin(organizationId, roots)) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException("Organization", organizationId);
        }
    }

    private boolean isOwner(InitiativeDetail initiative, Scope scope) {
        return organizations.allows(scope, initiative.organizationId(), Role.RECORD_KEEPERS)
                || (initiative.personId() != null && scope.isOwnPerson(initiative.personId()));
    }

    private boolean canRead(InitiativeDetail initiative, Scope scope) {
        return canRead(
                initiative.organizationId(),
                initiative.personId(),
                initiative.recognisedAsGoodModel(),
                initiative.recognisedByOrganizationId(),
                scope);
    }

    /** Whether the caller sees an initiative with these owner and recognition: see the class comment. */
    boolean canRead(long organizationId, Long personId, boolean recognisedAsGoodModel, Long recognisedBy, Scope scope) {
        var readers = scope.rootsWith(Role.READERS);
        if (organizations.isWithin(organizationId, readers)) {
            return true;
        }
        if (personId != null && scope.isOwnPerson(personId)) {
            return true;
        }
        return recognisedAsGoodModel
                && recognisedBy != null
                && readers.stream().anyMatch(root -> organizations.isWithin(root, Set.of(recognisedBy)));
    }

    /** The initiative if the caller sees it, else 404 (audited). */
    InitiativeDetail readable(long id, Scope scope) {
        var initiative = initiatives.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!canRead(initiative, scope)) {
            events.publishEvent(new AccessDenied(ENTITY, String.valueOf(id), "out of scope"));
            throw new NotFoundException(ENTITY, id);
        }
        return initiative;
    }

    private InitiativeDetail writable(long id, Scope scope) {
        var initiative = readable(id, scope);
        if (!isOwner(initiative, scope)) {
            throw new ForbiddenException("initiative.error.notOwner");
        }
        return initiative;
    }

    private void changed(InitiativeDetail before) {
        events.publishEvent(DataChanged.updated(
                ENTITY, before.id(), before, initiatives.findById(before.id()).orElseThrow()));
    }

    private List<InitiativeView> named(List<InitiativeView> rows) {
        var organizationNames = organizations.names(
                rows.stream().map(InitiativeView::organizationId).toList());
        var personNames = people.names(rows.stream()
                .map(InitiativeView::personId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> named(r, organizationNames::get, personNames::get))
                .toList();
    }

    private static InitiativeView named(
            InitiativeView r, Function<Long, String> organizationName, Function<Long, String> personName) {
        return new InitiativeView(
                r.id(),
                r.kind(),
                r.organizationId(),
                organizationName.apply(r.organizationId()),
                r.personId(),
                r.personId() == null ? null : personName.apply(r.personId()),
                r.field(),
                r.year(),
                r.title(),
                r.status(),
                r.evaluation(),
                r.startsOn(),
                r.endsOn(),
                r.progressPercent(),
                r.recognisedAsGoodModel(),
                r.replicatedFromId(),
                r.replications(),
                r.published());
    }

    private InitiativeDetail named(InitiativeDetail i, List<ProgressUpdateView> progress) {
        var organizationIds = new ArrayList<Long>();
        organizationIds.add(i.organizationId());
        if (i.evaluatedByOrganizationId() != null) {
            organizationIds.add(i.evaluatedByOrganizationId());
        }
        if (i.recognisedByOrganizationId() != null) {
            organizationIds.add(i.recognisedByOrganizationId());
        }
        var organizationNames = organizations.names(organizationIds);
        String personName = i.personId() == null
                ? null
                : people.names(List.of(i.personId())).get(i.personId());
        String themeTitle = i.themeId() == null
                ? null
                : programmes.theme(i.themeId()).map(ThemeView::title).orElse(null);
        var photoIds = progress.stream()
                .flatMap(u -> u.photos().stream())
                .map(ProgressUpdateView.Photo::fileId)
                .toList();
        var fileNames =
                files.describe(photoIds).stream().collect(Collectors.toMap(StoredFile::id, StoredFile::fileName));
        var history = progress.stream()
                .map(u -> new ProgressUpdateView(
                        u.id(),
                        u.reportedOn(),
                        u.narrative(),
                        u.values(),
                        u.photos().stream()
                                .map(p -> new ProgressUpdateView.Photo(p.fileId(), fileNames.get(p.fileId())))
                                .toList(),
                        u.recordedBy()))
                .toList();
        return new InitiativeDetail(
                i.id(),
                i.kind(),
                i.organizationId(),
                organizationNames.get(i.organizationId()),
                i.personId(),
                personName,
                i.field(),
                i.themeId(),
                themeTitle,
                i.year(),
                i.title(),
                i.description(),
                i.startsOn(),
                i.endsOn(),
                i.status(),
                i.completedOn(),
                i.evaluation(),
                i.evaluationRemarks(),
                i.evaluatedOn(),
                i.evaluatedByOrganizationId(),
                i.evaluatedByOrganizationId() == null ? null : organizationNames.get(i.evaluatedByOrganizationId()),
                i.recognisedAsGoodModel(),
                i.recognisedByOrganizationId(),
                i.recognisedByOrganizationId() == null ? null : organizationNames.get(i.recognisedByOrganizationId()),
                i.recognisedOn(),
                i.replicatedFromId(),
                i.replicatedFromTitle(),
                i.replications(),
                i.consentRecordedOn(),
                i.consentNote(),
                i.published(),
                i.indicators(),
                history,
                i.progressPercent(),
                i.version());
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
