package vn.lamtheobac.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.commitment.CommitmentManagement;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.IssueDocument;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.people.DisciplineRecord;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.Evidence.LinkedInitiative;
import vn.lamtheobac.recognition.RecognitionCommands.AddAwardForm;
import vn.lamtheobac.recognition.RecognitionCommands.CreateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.Decide;
import vn.lamtheobac.recognition.RecognitionCommands.MarkExemplar;
import vn.lamtheobac.recognition.RecognitionCommands.Nominate;
import vn.lamtheobac.recognition.RecognitionCommands.Resubmit;
import vn.lamtheobac.recognition.RecognitionCommands.Review;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateAwardForm;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.WithdrawExemplar;
import vn.lamtheobac.recognition.RecognitionEvents.CommendationDecided;
import vn.lamtheobac.recognition.RecognitionEvents.NominationReviewed;
import vn.lamtheobac.recognition.RecognitionEvents.NominationSubmitted;
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
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Emulation movements, nominations from proposal to decision, commendations, honour rolls and exemplars.
 *
 * <ul>
 *   <li>Launching a movement: officers, secretaries and administrators over the organising committee ({@link Capability#DECIDE_COMMENDATIONS});
 *       its whole subtree takes part. Everyone working at or under the organiser, or above it, sees it.
 *   <li>Proposing: a record keeper ({@link Role#RECORD_KEEPERS}) over the nominee's organisation (for an individual,
 *       the organisation they belong to). The nomination then waits at the committee directly above.
 *   <li>Reviewing: a record keeper over the committee where the nomination waits approves it upward to the next
 *       committee, returns it to the proposing unit with a reason, or rejects it with a reason (final). Approved up to
 *       the nearest committee whose level class is the one entitled to grant the proposed form, it awaits that
 *       committee's decision.
 *   <li>Deciding: an officer, secretary or administrator over that entitled committee, under a party document number ("Số
 *       05-QĐ/TU") from the {@code document} module's register, in the same transaction (the committee needs an
 *       abbreviation and a committee term covering the date). One decision may commend several nominations of one
 *       movement waiting at the same committee.
 *   <li>Reading: {@link Role#READERS} over the nominee's organisation, and the individual nominee themself. Anything
 *       else does not exist for the caller (404, audited as {@link AccessDenied}).
 *   <li>Exemplars: marked by a record keeper over the nominee's organisation, an individual only with the date and
 *       form of their consent (Nghị định 13/2023/NĐ-CP); withdrawing the consent (by the unit or the person) takes
 *       them off the portal at once.
 *   <li>Award forms: reference data, changed by administrators only.
 * </ul>
 *
 * Rules taken from a regulation are refused with a {@link RuleBrokenException} naming the rule and citing its source:
 *
 * <ul>
 *   <li>{@code achievement.once}: one achievement is rewarded once, with one form — a nominee holds at most one
 *       nomination that is not rejected, and one commendation, per movement and year (Luật Thi đua, khen thưởng
 *       06/2022/QH15, principles of commendation: "không khen thưởng nhiều lần, nhiều hình thức cho một thành tích").
 *   <li>{@code nominee.minimumRating} and {@code nominee.noRating}: the nominee's decided rating for the year meets the
 *       movement's minimum (the movement's own rules; HTTNV unless it says otherwise).
 *   <li>{@code nominee.disciplined}: a person disciplined in the year is not proposed (Luật Thi đua, khen thưởng
 *       06/2022/QH15).
 *   <li>{@code award.kind}: the form is one given to collectives, to individuals or to both.
 *   <li>{@code award.noEntitledBody} and {@code award.entitledLevel}: only a committee of the form's entitled level
 *       class, at or above the nominee, decides it (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 80 for the state's
 *       Giấy khen; the Party's committees follow the same principle, recorded in the award forms' reference data).
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class RecognitionManagement {

    /** The source cited by the rules of the law. */
    public static final String LAW = "Luật Thi đua, khen thưởng 06/2022/QH15";
    /** The source cited by the rules a movement sets itself. */
    public static final String MOVEMENT_RULES = "Quy định của phong trào";
    /** The document type of a commendation decision. */
    public static final String DECISION_TYPE = "QĐ";

    static final String MOVEMENT = "EmulationMovement";
    static final String NOMINATION = "Nomination";
    static final String COMMENDATION = "Commendation";
    static final String DECISION = "CommendationDecision";
    static final String AWARD_FORM = "AwardForm";
    static final int MAX_TEXT = 10_000;
    static final int MAX_REASON = 2_000;
    static final int MAX_INITIATIVES = 20;
    static final int MAX_BATCH = 500;
    private static final Pattern FORM_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Movements movements;
    private final Nominations nominations;
    private final Commendations commendations;
    private final AwardForms awardForms;
    private final DecidedRatings ratings;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final CommitmentManagement commitments;
    private final InitiativeManagement initiatives;
    private final DocumentRegister register;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecognitionManagement(
            Movements movements,
            Nominations nominations,
            Commendations commendations,
            AwardForms awardForms,
            DecidedRatings ratings,
            OrganizationManagement organizations,
            PersonManagement people,
            CommitmentManagement commitments,
            InitiativeManagement initiatives,
            DocumentRegister register,
            ApplicationEventPublisher events,
            Clock clock) {
        this.movements = movements;
        this.nominations = nominations;
        this.commendations = commendations;
        this.awardForms = awardForms;
        this.ratings = ratings;
        this.organizations = organizations;
        this.people = people;
        this.commitments = commitments;
        this.initiatives = initiatives;
        this.register = register;
        this.events = events;
        this.clock = clock;
    }

    // -------------------------------------------------------------------------------------------------- award forms

    /** Every award form, inactive ones included, in display order. */
    public List<AwardFormView> awardForms() {
        return awardForms.all();
    }

    /** The forms a new nomination or decision may use. */
    public List<AwardFormView> activeAwardForms() {
        return awardForms.all().stream().filter(AwardFormView::active).toList();
    }

    public boolean canAdminister(Scope scope) {
        return scope.has(Role.ADMIN);
    }

    /** Adds an award form to the reference data (administrators). */
    @Transactional
    public void addAwardForm(AddAwardForm command, Scope scope) {
        requireAdministrator(scope);
        var violations = new ArrayList<Violation>();
        if (command.code() == null || !FORM_CODE.matcher(command.code().strip()).matches()) {
            violations.add(new Violation("code", "recognition.error.formCode"));
        } else if (awardForms.find(command.code().strip()).isPresent()) {
            violations.add(new Violation("code", "recognition.error.formCodeTaken"));
        }
        validateForm(command.nameVi(), command.nameEn(), command.kind(), command.entitledLevel(), violations);
        awardForms.insert(command);
        events.publishEvent(DataChanged.created(AWARD_FORM, command.code().strip(), command));
    }

    /** Changes an award form's names, kind, entitled level or whether new nominations may use it (administrators). */
    @Transactional
    public void updateAwardForm(UpdateAwardForm command, Scope scope) {
        requireAdministrator(scope);
        var before =
                awardForms.find(command.code()).orElseThrow(() -> new NotFoundException(AWARD_FORM, command.code()));
        var violations = new ArrayList<Violation>();
        validateForm(command.nameVi(), command.nameEn(), command.kind(), command.entitledLevel(), violations);
        awardForms.update(command);
        events.publishEvent(DataChanged.updated(AWARD_FORM, command.code(), before, command));
    }

    private static void validateForm(
            String nameVi, String nameEn, AwardFormKind kind, LevelClass level, List<Violation> violations) {
        if (nameVi == null || nameVi.isBlank() || nameVi.length() > 300) {
            violations.add(new Violation("nameVi", "recognition.error.formName"));
        }
        if (nameEn == null || nameEn.isBlank() || nameEn.length() > 300) {
            violations.add(new Violation("nameEn", "recognition.error.formName"));
        }
        if (kind == null) {
            violations.add(new Violation("kind", "recognition.error.formKind"));
        }
        if (level == null) {
            violations.add(new Violation("entitledLevel", "recognition.error.entitledLevel"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    // ---------------------------------------------------------------------------------------------------- movements

    /** The movements the caller takes part in or oversees, newest first. */
    public List<MovementView> movements(Scope scope) {
        var roots = participantRoots(scope);
        if (roots.isEmpty()) {
            return List.of();
        }
        return named(movements.visible(roots, 200));
    }

    /** A movement the caller takes part in or oversees. */
    public MovementView movement(long id, Scope scope) {
        return named(readableMovement(id, scope));
    }

    /** Whether the caller may launch movements (for some committee). */
    public boolean canOrganize(Scope scope) {
        return !scope.rootsFor(Capability.DECIDE_COMMENDATIONS).isEmpty();
    }

    /** Whether the caller may change the movement. */
    public boolean canEdit(MovementView movement, Scope scope) {
        return organizations.allows(scope, movement.organizationId(), Capability.DECIDE_COMMENDATIONS);
    }

    /** Whether the caller may propose someone under the movement: a record keeper somewhere in its subtree. */
    public boolean canNominate(MovementView movement, Scope scope) {
        return scope.rootsWith(Role.RECORD_KEEPERS).stream()
                .anyMatch(root -> organizations.isWithin(root, Set.of(movement.organizationId()))
                        || organizations.isWithin(movement.organizationId(), Set.of(root)));
    }

    /** Launches a movement for the subtree of the organising committee. */
    @Transactional
    public long createMovement(CreateMovement command, Scope scope) {
        if (command.organizationId() == null) {
            throw BusinessRuleException.atField("organizationId", "recognition.error.organization");
        }
        long organizationId = command.organizationId();
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField("organizationId", "recognition.error.organizationOutOfScope");
        }
        if (!organizations.allows(scope, organizationId, Capability.DECIDE_COMMENDATIONS)) {
            throw new ForbiddenException("recognition.error.notOrganizer");
        }
        validateMovement(command.title(), command.criteria(), command.startsOn(), command.endsOn(), null);
        long id = movements.insert(
                organizationId,
                command.title().strip(),
                blankToNull(command.criteria()),
                command.startsOn(),
                command.endsOn(),
                command.minimumRating() == null ? Rating.GOOD : command.minimumRating(),
                actor());
        events.publishEvent(DataChanged.created(MOVEMENT, id, command));
        return id;
    }

    /** Changes a movement; its period must keep covering the years already nominated. */
    @Transactional
    public void updateMovement(UpdateMovement command, Scope scope) {
        var before = readableMovement(command.id(), scope);
        if (!canEdit(before, scope)) {
            throw new ForbiddenException("recognition.error.notOrganizer");
        }
        validateMovement(
                command.title(),
                command.criteria(),
                command.startsOn(),
                command.endsOn(),
                movements.nominatedYears(command.id()).orElse(null));
        movements.update(
                command,
                command.title().strip(),
                blankToNull(command.criteria()),
                command.minimumRating() == null ? Rating.GOOD : command.minimumRating());
        events.publishEvent(DataChanged.updated(
                MOVEMENT, command.id(), before, movements.findById(command.id()).orElseThrow()));
    }

    private static void validateMovement(
            String title, String criteria, LocalDate startsOn, LocalDate endsOn, int[] nominatedYears) {
        var violations = new ArrayList<Violation>();
        if (title == null || title.isBlank()) {
            violations.add(new Violation("title", "recognition.error.title"));
        } else if (title.length() > 500) {
            violations.add(new Violation("title", "recognition.error.textTooLong", 500));
        }
        if (criteria != null && criteria.length() > MAX_TEXT) {
            violations.add(new Violation("criteria", "recognition.error.textTooLong", MAX_TEXT));
        }
        if (startsOn == null) {
            violations.add(new Violation("startsOn", "recognition.error.startsOn"));
        }
        if (endsOn == null) {
            violations.add(new Violation("endsOn", "recognition.error.endsOn"));
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            violations.add(new Violation("endsOn", "recognition.error.endsBeforeStart"));
        } else if (startsOn != null
                && nominatedYears != null
                && (startsOn.getYear() > nominatedYears[0] || endsOn.getYear() < nominatedYears[1])) {
            violations.add(new Violation(
                    "endsOn", "recognition.error.periodExcludesNominations", nominatedYears[0], nominatedYears[1]));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    // ---------------------------------------------------------------------------------------------- nominations

    /** One nomination with its evidence, its timeline and, once decided, its commendation. */
    public NominationDetail nomination(long id, Scope scope) {
        return detail(readableNomination(id, scope), scope);
    }

    /** The nominations the caller sees matching {@code query}: what waits for someone first, then newest first. */
    public Paged<NominationView> nominations(NominationQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        requireOrganizationInScope(query.organizationId(), roots);
        if (query.movementId() != null) {
            readableMovement(query.movementId(), scope);
        }
        var page = query.page();
        if (roots.isEmpty() && scope.personId() == null) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = nominations.page(query, roots, scope.personId());
        return Paged.of(
                namedNominations(rows), page.number(), page.size(), nominations.count(query, roots, scope.personId()));
    }

    /** How many of the nominations the caller sees under the same filter have each status. */
    public Map<NominationStatus, Integer> countByStatus(NominationQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        requireOrganizationInScope(query.organizationId(), roots);
        return nominations.countByStatus(query, roots, scope.personId());
    }

    /**
     * The nominations of a movement that wait for a decision at a committee the caller decides for (as an officer or
     * administrator), by committee: what a decision of several nominations can be made of.
     */
    public List<NominationView> awaitingDecision(long movementId, Scope scope) {
        readableMovement(movementId, scope);
        var roots = scope.rootsFor(Capability.DECIDE_COMMENDATIONS);
        if (roots.isEmpty()) {
            return List.of();
        }
        return namedNominations(nominations.awaitingDecision(movementId, roots));
    }

    /** What the caller may do with the nomination now; every action is checked again when asked. */
    public NominationActions actions(NominationDetail nomination, Scope scope) {
        var status = nomination.status();
        long level = nomination.currentLevelOrganizationId();
        boolean self = nomination.personId() != null && scope.isOwnPerson(nomination.personId());
        boolean reviewer = !self && status.inReview() && organizations.allows(scope, level, Role.RECORD_KEEPERS);
        boolean keeper = organizations.allows(scope, nomination.organizationId(), Role.RECORD_KEEPERS);
        var commendation = nomination.commendation();
        return new NominationActions(
                reviewer,
                reviewer && status != NominationStatus.AWAITING_DECISION,
                !self
                        && status == NominationStatus.AWAITING_DECISION
                        && organizations.allows(scope, level, Capability.DECIDE_COMMENDATIONS),
                status == NominationStatus.RETURNED && keeper,
                commendation != null && !commendation.exemplar() && keeper,
                commendation != null && commendation.exemplar() && (keeper || self),
                commendation != null,
                commendation != null
                        && organizations.isWithin(
                                commendation.decidingOrganizationId(), scope.rootsWith(Role.READERS)));
    }

    /** Whether the caller may propose collectives of {@code organizationId}, or individuals belonging to it. */
    public boolean canNominateFor(long organizationId, Scope scope) {
        return organizations.allows(scope, organizationId, Role.RECORD_KEEPERS);
    }

    /**
     * The initiatives of a nominee the caller may link as evidence: a collective's own (not its members'), or an
     * individual's; newest year first. Empty when the caller cannot read the nominee's organisation.
     */
    public List<LinkedInitiative> initiativesOf(NomineeKind kind, Long organizationId, Long personId, Scope scope) {
        Long owner = kind == NomineeKind.INDIVIDUAL
                ? (personId == null ? null : people.organizationOf(personId).orElse(null))
                : organizationId;
        if (owner == null || !organizations.isWithin(owner, scope.rootsWith(Role.READERS))) {
            return List.of();
        }
        return initiatives
                .list(new InitiativeQuery(null, null, null, null, owner, false, new PageRequest(0, 200)), scope)
                .content()
                .stream()
                .filter(i -> kind == NomineeKind.INDIVIDUAL
                        ? Objects.equals(i.personId(), personId)
                        : i.personId() == null && i.organizationId() == owner)
                .map(i -> new LinkedInitiative(
                        i.id(),
                        i.title(),
                        i.year(),
                        i.status(),
                        i.status() == InitiativeStatus.EVALUATED && i.evaluation() == Effectiveness.EFFECTIVE,
                        i.recognisedAsGoodModel(),
                        i.progressPercent()))
                .toList();
    }

    /**
     * Proposes a collective or an individual under a movement. Checked in turn: the input, the form's kind, that a
     * committee entitled to grant the form stands above the nominee, one achievement once, discipline in the year and
     * the decided rating against the movement's minimum. The nomination then waits at the committee directly above the
     * nominee's organisation (or, if that is already the entitled committee, awaits its decision).
     */
    @Transactional
    public long nominate(Nominate command, Scope scope) {
        if (command.movementId() == null) {
            throw BusinessRuleException.atField("movementId", "recognition.error.movement");
        }
        var movement = readableMovement(command.movementId(), scope);
        if (command.kind() == null) {
            throw BusinessRuleException.atField("kind", "recognition.error.kind");
        }
        long organizationId;
        Long personId = null;
        if (command.kind() == NomineeKind.COLLECTIVE) {
            if (command.organizationId() == null) {
                throw BusinessRuleException.atField("organizationId", "recognition.error.organization");
            }
            organizationId = command.organizationId();
            requireRecordKeeper(organizationId, scope, "organizationId");
        } else {
            personId = command.personId();
            organizationId = organizationOfNominee(personId, scope);
        }
        if (!organizations.isWithin(organizationId, Set.of(movement.organizationId()))) {
            throw BusinessRuleException.atField(
                    command.kind() == NomineeKind.COLLECTIVE ? "organizationId" : "personId",
                    "recognition.error.notParticipant");
        }
        var content = validate(
                movement,
                command.year(),
                command.achievements(),
                command.proposedFormCode(),
                command.initiativeIds(),
                command.kind(),
                organizationId,
                personId,
                scope);
        int year = command.year();
        var first = checkRules(movement, content.form(), command.kind(), organizationId, personId, year, 0);
        long id;
        try {
            id = nominations.insert(
                    movement.id(),
                    command.kind(),
                    organizationId,
                    personId,
                    year,
                    content.achievements(),
                    content.form().code(),
                    content.initiativeIds(),
                    first.status(),
                    first.organizationId(),
                    actor());
        } catch (DuplicateKeyException e) {
            throw once(year);
        }
        nominations.insertReview(id, ReviewAction.SUBMIT, organizationId, null, actor());
        events.publishEvent(new NominationSubmitted(
                id,
                movement.id(),
                command.kind(),
                organizationId,
                personId,
                year,
                content.form().code(),
                first.organizationId()));
        events.publishEvent(DataChanged.created(NOMINATION, id, command));
        return id;
    }

    /** The proposing unit revises a returned nomination and sends it up again; every rule is checked afresh. */
    @Transactional
    public void resubmit(Resubmit command, Scope scope) {
        var before = readableNomination(command.id(), scope);
        if (!organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        if (before.status() != NominationStatus.RETURNED) {
            throw new BusinessRuleException("recognition.error.notReturned");
        }
        var movement = movements.findById(before.movementId()).orElseThrow();
        var content = validate(
                movement,
                before.year(),
                command.achievements(),
                command.proposedFormCode(),
                command.initiativeIds(),
                before.kind(),
                before.organizationId(),
                before.personId(),
                scope);
        var first = checkRules(
                movement,
                content.form(),
                before.kind(),
                before.organizationId(),
                before.personId(),
                before.year(),
                before.id());
        nominations.resubmit(
                before.id(),
                content.achievements(),
                content.form().code(),
                content.initiativeIds(),
                first.status(),
                first.organizationId(),
                command.version());
        nominations.insertReview(before.id(), ReviewAction.RESUBMIT, before.organizationId(), null, actor());
        events.publishEvent(new NominationSubmitted(
                before.id(),
                before.movementId(),
                before.kind(),
                before.organizationId(),
                before.personId(),
                before.year(),
                content.form().code(),
                first.organizationId()));
        events.publishEvent(DataChanged.updated(
                NOMINATION,
                before.id(),
                snapshot(before),
                snapshot(nominations.findById(before.id()).orElseThrow())));
    }

    /**
     * A step of the committee where the nomination waits: approve it upward (to the committee above, or into the
     * entitled committee's hands), return it to the proposing unit, or reject it; the last two with a reason.
     */
    @Transactional
    public void review(Review command, Scope scope) {
        var before = readableNomination(command.id(), scope);
        if (command.action() == null || !ReviewAction.REVIEWER_ACTIONS.contains(command.action())) {
            throw BusinessRuleException.atField("action", "recognition.error.reviewAction");
        }
        var current = nominations.lock(before.id()).orElseThrow();
        requireInReview(current);
        long level = current.currentLevelOrganizationId();
        if (!organizations.allows(scope, level, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notReviewer");
        }
        refuseOwn(current.personId(), scope);
        String reason = blankToNull(command.reason());
        if (command.action().needsReason() && reason == null) {
            throw BusinessRuleException.atField("reason", "recognition.error.reason");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw BusinessRuleException.atField("reason", "recognition.error.textTooLong", MAX_REASON);
        }
        int version = command.version() != null ? command.version() : current.version();
        NominationStatus status;
        long next;
        switch (command.action()) {
            case APPROVE_UPWARD -> {
                if (current.status() == NominationStatus.AWAITING_DECISION) {
                    throw new BusinessRuleException("recognition.error.awaitingDecision");
                }
                var form = awardForms.find(current.proposedFormCode()).orElseThrow();
                var path = path(level);
                if (path.size() < 2) {
                    throw new BusinessRuleException("recognition.error.noHigherLevel");
                }
                var parent = path.get(path.size() - 2);
                status = parent.type().levelClass() == form.entitledLevel()
                        ? NominationStatus.AWAITING_DECISION
                        : NominationStatus.UNDER_REVIEW;
                next = parent.id();
            }
            case RETURN -> {
                status = NominationStatus.RETURNED;
                next = current.organizationId();
            }
            default -> {
                status = NominationStatus.REJECTED;
                next = level;
            }
        }
        nominations.move(current.id(), status, next, version);
        nominations.insertReview(current.id(), command.action(), level, reason, actor());
        events.publishEvent(new NominationReviewed(
                current.id(), command.action(), level, status, next, current.organizationId(), current.personId()));
        var after = new LinkedHashMap<String, Object>();
        after.put("status", status.name());
        after.put("currentLevelOrganizationId", next);
        after.put("action", command.action().name());
        if (reason != null) {
            after.put("reason", reason);
        }
        events.publishEvent(DataChanged.updated(
                NOMINATION,
                current.id(),
                Map.of(
                        "status",
                        current.status().name(),
                        "currentLevelOrganizationId",
                        current.currentLevelOrganizationId()),
                after));
    }

    /**
     * The entitled committee decides: one party document number ("Số 05-QĐ/TU") for the decision, one commendation per
     * nomination. Every nomination must await the decision of the same committee under the same movement; the caller
     * must be an officer or administrator over that committee; each form must be one that committee's level grants,
     * of the right kind for its nominee, and no nominee may already be commended for the movement and year.
     */
    @Transactional
    public DecisionView decide(Decide command, Scope scope) {
        var ids = command.nominationIds() == null
                ? List.<Long>of()
                : command.nominationIds().stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        if (ids.isEmpty()) {
            throw BusinessRuleException.atField("nominationIds", "recognition.error.noNominations");
        }
        if (ids.size() > MAX_BATCH) {
            throw BusinessRuleException.atField("nominationIds", "recognition.error.tooManyNominations", MAX_BATCH);
        }
        var today = VietnamTime.today(clock);
        LocalDate decidedOn = command.decidedOn() != null ? command.decidedOn() : today;
        if (decidedOn.isAfter(today)) {
            throw BusinessRuleException.atField("decidedOn", "recognition.error.dateInFuture");
        }
        AwardFormView override = null;
        if (command.formCode() != null && !command.formCode().isBlank()) {
            override = awardForms
                    .find(command.formCode().strip())
                    .filter(AwardFormView::active)
                    .orElseThrow(() -> BusinessRuleException.atField("formCode", "recognition.error.form"));
        }
        var batch = new ArrayList<Nomination>();
        Long deciding = null;
        Long movementId = null;
        for (long id : ids) {
            readableNomination(id, scope);
            var nomination = nominations.lock(id).orElseThrow();
            if (nomination.status() == NominationStatus.DECIDED) {
                throw new BusinessRuleException("recognition.error.alreadyDecided");
            }
            if (nomination.status() != NominationStatus.AWAITING_DECISION) {
                throw new BusinessRuleException("recognition.error.notAwaitingDecision");
            }
            if (deciding == null) {
                deciding = nomination.currentLevelOrganizationId();
                movementId = nomination.movementId();
            } else if (deciding != nomination.currentLevelOrganizationId() || movementId != nomination.movementId()) {
                throw BusinessRuleException.atField("nominationIds", "recognition.error.batchMixed");
            }
            refuseOwn(nomination.personId(), scope);
            batch.add(nomination);
        }
        long decidingId = deciding;
        if (!organizations.allows(scope, decidingId, Capability.DECIDE_COMMENDATIONS)) {
            throw new ForbiddenException("recognition.error.notDecider");
        }
        var decidingOrganization = organizations.get(decidingId, scope);
        var forms = new HashMap<Long, AwardFormView>();
        for (var nomination : batch) {
            var form = override != null
                    ? override
                    : awardForms.find(nomination.proposedFormCode()).orElseThrow();
            if (!form.kind().fits(nomination.kind())) {
                throw kindRule(form);
            }
            if (form.entitledLevel() != decidingOrganization.type().levelClass()
                    || !organizations.isWithin(nomination.organizationId(), Set.of(decidingId))
                    || nomination.kind() == NomineeKind.COLLECTIVE && nomination.organizationId() == decidingId) {
                throw entitledRule(form);
            }
            if (commendations.exists(
                    nomination.movementId(),
                    nomination.year(),
                    nomination.kind(),
                    nomination.organizationId(),
                    nomination.personId())) {
                throw once(nomination.year());
            }
            forms.put(nomination.id(), form);
        }
        var movement = movements.findById(movementId).orElseThrow();
        long decisionId = commendations.nextDecisionId();
        var issued = register.issue(new IssueDocument(
                decidingId, DECISION_TYPE, decidedOn, decisionTitle(movement, batch), DECISION, decisionId));
        commendations.insertDecision(
                decisionId,
                decidingId,
                movement.id(),
                issued.id(),
                issued.number(),
                issued.symbol(),
                decidedOn,
                actor());
        var commended = new ArrayList<Long>();
        for (var nomination : batch) {
            var form = forms.get(nomination.id());
            long commendationId;
            try {
                commendationId = commendations.insert(decisionId, nomination, form.code());
            } catch (DuplicateKeyException e) {
                throw once(nomination.year());
            }
            commended.add(commendationId);
            nominations.markDecided(nomination.id());
            nominations.insertReview(nomination.id(), ReviewAction.DECIDE, decidingId, null, actor());
            events.publishEvent(new CommendationDecided(
                    commendationId,
                    nomination.id(),
                    form.code(),
                    issued.symbol(),
                    decidedOn,
                    nomination.personId(),
                    nomination.organizationId()));
            events.publishEvent(DataChanged.created(
                    COMMENDATION,
                    commendationId,
                    Map.of(
                            "nominationId",
                            nomination.id(),
                            "formCode",
                            form.code(),
                            "symbol",
                            issued.symbol(),
                            "decidedOn",
                            decidedOn.toString())));
        }
        var decision = new DecisionView(
                decisionId,
                decidingId,
                decidingOrganization.name(),
                movement.id(),
                issued.symbol(),
                decidedOn,
                commended);
        events.publishEvent(DataChanged.created(DECISION, decisionId, decision));
        return decision;
    }

    /** "Quyết định khen thưởng … trong <phong trào> năm <năm>", the title the register records. */
    private static String decisionTitle(MovementView movement, List<Nomination> batch) {
        boolean collectives = batch.stream().anyMatch(n -> n.kind() == NomineeKind.COLLECTIVE);
        boolean individuals = batch.stream().anyMatch(n -> n.kind() == NomineeKind.INDIVIDUAL);
        String whom = collectives && individuals ? "tập thể, cá nhân" : collectives ? "tập thể" : "cá nhân";
        return "Quyết định khen thưởng " + whom + " có thành tích xuất sắc trong "
                + inYears(movement.title(), batch.stream().map(Nomination::year).toList());
    }

    /**
     * A movement's title followed by the years of the achievements ("… năm 2025", "… các năm 2024, 2025"), unless the
     * title already names them.
     */
    static String inYears(String title, List<Integer> years) {
        var distinct = years.stream().distinct().sorted().toList();
        if (distinct.isEmpty() || distinct.stream().allMatch(y -> title.contains(String.valueOf(y)))) {
            return title;
        }
        return title
                + (distinct.size() == 1
                        ? " năm " + distinct.get(0)
                        : " các năm "
                                + String.join(
                                        ", ",
                                        distinct.stream().map(String::valueOf).toList()));
    }

    // ------------------------------------------------------------------------------------------------ commendations

    /** The commendations the caller sees matching {@code query}: an organisation's honour roll with its year. */
    public Paged<CommendationView> commendations(CommendationQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        requireOrganizationInScope(query.organizationId(), roots);
        if (query.movementId() != null) {
            readableMovement(query.movementId(), scope);
        }
        var page = query.page();
        if (roots.isEmpty() && scope.personId() == null) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = commendations.page(query, roots, scope.personId());
        return Paged.of(
                namedCommendations(rows),
                page.number(),
                page.size(),
                commendations.count(query, roots, scope.personId()));
    }

    public CommendationView commendation(long id, Scope scope) {
        return namedCommendations(List.of(readableCommendation(id, scope))).get(0);
    }

    /** A decision, for readers of the deciding committee's subtree. */
    public DecisionView decision(long id, Scope scope) {
        var decision = commendations.decision(id).orElseThrow(() -> new NotFoundException(DECISION, id));
        if (!organizations.isWithin(decision.organizationId(), scope.rootsWith(Role.READERS))) {
            events.publishEvent(new AccessDenied(DECISION, String.valueOf(id), "out of scope"));
            throw new NotFoundException(DECISION, id);
        }
        return decision.withOrganizationName(
                organizations.names(List.of(decision.organizationId())).get(decision.organizationId()));
    }

    /** What a decision granted, collectives first, for its document; same readers as the decision. */
    public List<CommendationView> decisionCommendations(long decisionId, Scope scope) {
        decision(decisionId, scope);
        return namedCommendations(commendations.ofDecision(decisionId));
    }

    /**
     * Marks a commendation as an exemplar for the public portal. An individual's needs the date and form of their
     * consent (Nghị định 13/2023/NĐ-CP: publishing a person needs their consent), recorded by their unit.
     */
    @Transactional
    public void markExemplar(MarkExemplar command, Scope scope) {
        var before = readableCommendation(command.commendationId(), scope);
        if (!organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        if (before.exemplar()) {
            throw new BusinessRuleException("recognition.error.alreadyExemplar");
        }
        LocalDate consentedOn = null;
        String note = null;
        if (before.individual()) {
            var violations = new ArrayList<Violation>();
            if (command.consentedOn() == null) {
                violations.add(new Violation("consentedOn", "recognition.error.consentedOn"));
            } else if (command.consentedOn().isAfter(VietnamTime.today(clock))) {
                violations.add(new Violation("consentedOn", "recognition.error.dateInFuture"));
            }
            if (command.note() == null || command.note().isBlank()) {
                violations.add(new Violation("consentNote", "recognition.error.consentNote"));
            } else if (command.note().length() > 1000) {
                violations.add(new Violation("consentNote", "recognition.error.textTooLong", 1000));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            consentedOn = command.consentedOn();
            note = command.note().strip();
        }
        commendations.markExemplar(before.id(), consentedOn, note, actor(), command.version());
        events.publishEvent(DataChanged.updated(
                COMMENDATION,
                before.id(),
                before,
                commendations.findById(before.id()).orElseThrow()));
    }

    /**
     * Takes a commendation off the exemplars: by the unit, or by the individual themself withdrawing their consent; the
     * portal stops showing it at once.
     */
    @Transactional
    public void withdrawExemplar(WithdrawExemplar command, Scope scope) {
        var before = readableCommendation(command.commendationId(), scope);
        boolean self = before.personId() != null && scope.isOwnPerson(before.personId());
        if (!self && !organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        if (!before.exemplar() && !before.hasConsent()) {
            throw new BusinessRuleException("recognition.error.notExemplar");
        }
        commendations.withdrawExemplar(before.id(), command.version());
        events.publishEvent(DataChanged.updated(
                COMMENDATION,
                before.id(),
                before,
                commendations.findById(before.id()).orElseThrow()));
    }

    /**
     * The exemplars the public portal shows, newest decision first: collectives, and individuals whose consent is
     * recorded. Public data: no scope.
     */
    public List<ExemplarView> publishedExemplars(int limit) {
        var rows = commendations.publishedExemplars(Math.max(1, Math.min(limit, 100)));
        var organizationNames = organizations.names(
                rows.stream().map(CommendationView::organizationId).toList());
        var personNames = people.names(rows.stream()
                .map(CommendationView::personId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(c -> new ExemplarView(
                        c.id(),
                        c.kind(),
                        c.personId() == null
                                ? organizationNames.get(c.organizationId())
                                : personNames.get(c.personId()),
                        organizationNames.get(c.organizationId()),
                        c.formName(),
                        c.movementTitle(),
                        c.year(),
                        c.achievements(),
                        c.decidedOn()))
                .toList();
    }

    // ------------------------------------------------------------------------------------------------------ rules

    /** Where a nomination goes when it is (re)submitted: the committee where it waits, and its status there. */
    private record Step(NominationStatus status, long organizationId) {}

    /** What was typed, checked: the achievements, the form and the linked initiatives. */
    private record Content(String achievements, AwardFormView form, List<Long> initiativeIds) {}

    private Content validate(
            MovementView movement,
            Integer year,
            String achievements,
            String formCode,
            List<Long> initiativeIds,
            NomineeKind kind,
            long organizationId,
            Long personId,
            Scope scope) {
        var violations = new ArrayList<Violation>();
        if (year == null || year < 2000 || year > 2100) {
            violations.add(new Violation("year", "recognition.error.year"));
        } else if (year > VietnamTime.today(clock).getYear()) {
            violations.add(new Violation("year", "recognition.error.yearInFuture"));
        } else if (!movement.covers(year)) {
            violations.add(new Violation(
                    "year",
                    "recognition.error.yearOutsideMovement",
                    movement.startsOn().getYear(),
                    movement.endsOn().getYear()));
        }
        if (achievements == null || achievements.isBlank()) {
            violations.add(new Violation("achievements", "recognition.error.achievements"));
        } else if (achievements.length() > MAX_TEXT) {
            violations.add(new Violation("achievements", "recognition.error.textTooLong", MAX_TEXT));
        }
        var form = formCode == null
                ? Optional.<AwardFormView>empty()
                : awardForms.find(formCode.strip()).filter(AwardFormView::active);
        if (form.isEmpty()) {
            violations.add(new Violation("proposedFormCode", "recognition.error.form"));
        }
        var linked = new ArrayList<Long>(new LinkedHashSet<>(
                initiativeIds == null
                        ? List.of()
                        : initiativeIds.stream().filter(Objects::nonNull).toList()));
        if (linked.size() > MAX_INITIATIVES) {
            violations.add(new Violation("initiativeIds", "recognition.error.tooManyInitiatives", MAX_INITIATIVES));
        } else {
            for (long initiativeId : linked) {
                if (!belongsToNominee(initiativeId, kind, organizationId, personId, scope)) {
                    violations.add(new Violation("initiativeIds", "recognition.error.initiative"));
                    break;
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Content(achievements.strip(), form.get(), linked);
    }

    private boolean belongsToNominee(
            long initiativeId, NomineeKind kind, long organizationId, Long personId, Scope scope) {
        try {
            var initiative = initiatives.get(initiativeId, scope);
            return kind == NomineeKind.INDIVIDUAL
                    ? Objects.equals(initiative.personId(), personId)
                    : initiative.personId() == null && initiative.organizationId() == organizationId;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * The rules of a (re)submission, in the order a user can best act on them; {@code exceptId} is the nomination
     * itself when it is resubmitted. Returns where the nomination goes.
     */
    private Step checkRules(
            MovementView movement,
            AwardFormView form,
            NomineeKind kind,
            long organizationId,
            Long personId,
            int year,
            long exceptId) {
        if (!form.kind().fits(kind)) {
            throw kindRule(form);
        }
        var path = path(organizationId);
        // an organisation is never commended by itself: for a collective, look above it
        var entitled = entitledBody(
                kind == NomineeKind.COLLECTIVE ? path.subList(0, path.size() - 1) : path, form.entitledLevel());
        if (entitled.isEmpty()) {
            throw new RuleBrokenException(
                    "award.noEntitledBody", LAW, "recognition.rule.noEntitledBody." + form.entitledLevel());
        }
        if (nominations.hasActive(movement.id(), year, kind, organizationId, personId, exceptId)
                || commendations.exists(movement.id(), year, kind, organizationId, personId)) {
            throw once(year);
        }
        if (kind == NomineeKind.INDIVIDUAL) {
            var disciplines = people.disciplinedIn(List.of(personId), year).getOrDefault(personId, List.of());
            if (!disciplines.isEmpty()) {
                throw new RuleBrokenException(
                        "nominee.disciplined",
                        LAW,
                        "recognition.rule.disciplined",
                        year,
                        disciplines.get(0).decidedOn().format(DATE));
            }
        }
        var rating = ratings.of(kind, organizationId, personId, year);
        if (rating.isEmpty()) {
            throw new RuleBrokenException(
                    "nominee.noRating",
                    MOVEMENT_RULES,
                    "recognition.rule.noRating",
                    year,
                    movement.minimumRating().abbreviation());
        }
        if (rating.get().ordinal() > movement.minimumRating().ordinal()) {
            throw new RuleBrokenException(
                    "nominee.minimumRating",
                    MOVEMENT_RULES,
                    "recognition.rule.minimumRating",
                    year,
                    rating.get().abbreviation(),
                    movement.minimumRating().abbreviation());
        }
        var self = path.get(path.size() - 1);
        if (entitled.get().id() == self.id()) {
            return new Step(NominationStatus.AWAITING_DECISION, self.id());
        }
        var parent = path.get(path.size() - 2);
        return new Step(
                parent.id() == entitled.get().id() ? NominationStatus.AWAITING_DECISION : NominationStatus.PROPOSED,
                parent.id());
    }

    /** No one reviews or decides their own commendation. */
    private static void refuseOwn(Long personId, Scope scope) {
        if (personId != null && scope.isOwnPerson(personId)) {
            throw new ForbiddenException("recognition.error.ownNomination");
        }
    }

    /** The nearest organisation at or above the nominee (the last of {@code path}) of the entitled level class. */
    private static Optional<OrganizationView> entitledBody(List<OrganizationView> path, LevelClass level) {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).type().levelClass() == level) {
                return Optional.of(path.get(i));
            }
        }
        return Optional.empty();
    }

    /** The organisations from the root down to {@code organizationId}, whatever the caller's scope. */
    private List<OrganizationView> path(long organizationId) {
        return organizations.path(organizationId, Scope.system(List.of(organizationId)));
    }

    private static RuleBrokenException once(int year) {
        return new RuleBrokenException("achievement.once", LAW, "recognition.rule.achievementOnce", year);
    }

    private static RuleBrokenException kindRule(AwardFormView form) {
        return new RuleBrokenException("award.kind", LAW, "recognition.rule.formKind." + form.kind());
    }

    private static RuleBrokenException entitledRule(AwardFormView form) {
        return new RuleBrokenException(
                "award.entitledLevel", LAW, "recognition.rule.entitledLevel." + form.entitledLevel());
    }

    private static void requireInReview(Nomination nomination) {
        switch (nomination.status()) {
            case DECIDED -> throw new BusinessRuleException("recognition.error.alreadyDecided");
            case REJECTED -> throw new BusinessRuleException("recognition.error.alreadyRejected");
            case RETURNED -> throw new BusinessRuleException("recognition.error.returnedToUnit");
            default -> {}
        }
    }

    // ------------------------------------------------------------------------------------------------ access

    /** The roots a caller takes part from: their readers' grants, and a member's own organisation. */
    private Set<Long> participantRoots(Scope scope) {
        var roots = new LinkedHashSet<>(scope.rootsWith(Role.READERS));
        if (scope.personId() != null) {
            people.organizationOf(scope.personId()).ifPresent(roots::add);
        }
        return roots;
    }

    private MovementView readableMovement(long id, Scope scope) {
        var movement = movements.findById(id).orElseThrow(() -> new NotFoundException(MOVEMENT, id));
        boolean visible = participantRoots(scope).stream()
                .anyMatch(root -> organizations.isWithin(root, Set.of(movement.organizationId()))
                        || organizations.isWithin(movement.organizationId(), Set.of(root)));
        if (!visible) {
            events.publishEvent(new AccessDenied(MOVEMENT, String.valueOf(id), "out of scope"));
            throw new NotFoundException(MOVEMENT, id);
        }
        return movement;
    }

    private Nomination readableNomination(long id, Scope scope) {
        var nomination = nominations.findById(id).orElseThrow(() -> new NotFoundException(NOMINATION, id));
        boolean visible = organizations.isWithin(nomination.organizationId(), scope.rootsWith(Role.READERS))
                || (nomination.personId() != null && scope.isOwnPerson(nomination.personId()));
        if (!visible) {
            events.publishEvent(new AccessDenied(NOMINATION, String.valueOf(id), "out of scope"));
            throw new NotFoundException(NOMINATION, id);
        }
        return nomination;
    }

    private CommendationView readableCommendation(long id, Scope scope) {
        var commendation = commendations.findById(id).orElseThrow(() -> new NotFoundException(COMMENDATION, id));
        boolean visible = organizations.isWithin(commendation.organizationId(), scope.rootsWith(Role.READERS))
                || (commendation.personId() != null && scope.isOwnPerson(commendation.personId()));
        if (!visible) {
            events.publishEvent(new AccessDenied(COMMENDATION, String.valueOf(id), "out of scope"));
            throw new NotFoundException(COMMENDATION, id);
        }
        return commendation;
    }

    /** The organisation of an individual nominee, if the caller may propose them. */
    private long organizationOfNominee(Long personId, Scope scope) {
        if (personId == null) {
            throw BusinessRuleException.atField("personId", "recognition.error.person");
        }
        long organizationId = people.organizationOf(personId)
                .orElseThrow(() -> BusinessRuleException.atField("personId", "recognition.error.person"));
        if (!organizations.isWithin(organizationId, scope.rootsWith(Role.READERS))) {
            throw BusinessRuleException.atField("personId", "recognition.error.person");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        return organizationId;
    }

    private void requireRecordKeeper(long organizationId, Scope scope, String field) {
        if (!organizations.isWithin(organizationId, scope.roots())) {
            throw BusinessRuleException.atField(field, "recognition.error.organizationOutOfScope");
        }
        if (!organizations.allows(scope, organizationId, Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
    }

    private void requireOrganizationInScope(Long organizationId, Set<Long> roots) {
        if (organizationId != null && !organizations.isWithin(organizationId, roots)) {
            events.publishEvent(new AccessDenied("Organization", String.valueOf(organizationId), "out of scope"));
            throw new NotFoundException("Organization", organizationId);
        }
    }

    private static void requireAdministrator(Scope scope) {
        if (!scope.has(Role.ADMIN)) {
            throw new ForbiddenException("recognition.error.notAdministrator");
        }
    }

    // ------------------------------------------------------------------------------------------------------ names

    private NominationDetail detail(Nomination n, Scope scope) {
        var movement = movements.findById(n.movementId()).orElseThrow();
        var timeline = nominations.timeline(n.id());
        var commendation = commendations
                .findByNomination(n.id())
                .map(c -> namedCommendations(List.of(c)).get(0));
        var organizationIds = new ArrayList<Long>();
        organizationIds.add(n.organizationId());
        organizationIds.add(n.currentLevelOrganizationId());
        timeline.forEach(r -> organizationIds.add(r.organizationId()));
        var organizationNames = organizations.names(organizationIds);
        String personName = n.personId() == null
                ? null
                : people.names(List.of(n.personId())).get(n.personId());
        String formName =
                awardForms.find(n.proposedFormCode()).map(AwardFormView::nameVi).orElse(null);
        return new NominationDetail(
                n.id(),
                n.movementId(),
                movement.title(),
                n.kind(),
                n.organizationId(),
                organizationNames.get(n.organizationId()),
                n.personId(),
                personName,
                n.year(),
                n.achievements(),
                n.proposedFormCode(),
                formName,
                n.initiativeIds(),
                n.status(),
                n.currentLevelOrganizationId(),
                organizationNames.get(n.currentLevelOrganizationId()),
                evidence(n, movement.minimumRating(), scope),
                timeline.stream()
                        .map(r -> r.withOrganizationName(organizationNames.get(r.organizationId())))
                        .toList(),
                commendation.orElse(null),
                n.version());
    }

    private Evidence evidence(Nomination n, Rating minimum, Scope scope) {
        var rating =
                ratings.of(n.kind(), n.organizationId(), n.personId(), n.year()).orElse(null);
        boolean individual = n.kind() == NomineeKind.INDIVIDUAL;
        var outcome = individual
                ? commitments.outcomes(List.of(n.personId()), n.year()).get(n.personId())
                : null;
        var disciplines = individual
                ? people.disciplinedIn(List.of(n.personId()), n.year()).getOrDefault(n.personId(), List.of())
                : List.<DisciplineRecord>of();
        var linked = new ArrayList<LinkedInitiative>();
        for (long id : n.initiativeIds()) {
            try {
                var i = initiatives.get(id, scope);
                linked.add(new LinkedInitiative(
                        i.id(),
                        i.title(),
                        i.year(),
                        i.status(),
                        i.effective(),
                        i.recognisedAsGoodModel(),
                        i.progressPercent()));
            } catch (NotFoundException e) {
                // not visible to this reader: left out
            }
        }
        return new Evidence(
                rating, rating != null && rating.ordinal() <= minimum.ordinal(), outcome, disciplines, linked);
    }

    private MovementView named(MovementView m) {
        return named(List.of(m)).get(0);
    }

    private List<MovementView> named(List<MovementView> rows) {
        var names = organizations.names(
                rows.stream().map(MovementView::organizationId).toList());
        return rows.stream()
                .map(m -> m.withOrganizationName(names.get(m.organizationId())))
                .toList();
    }

    private List<NominationView> namedNominations(List<NominationView> rows) {
        var organizationIds = new ArrayList<Long>();
        rows.forEach(r -> {
            organizationIds.add(r.organizationId());
            organizationIds.add(r.currentLevelOrganizationId());
        });
        var organizationNames = organizations.names(organizationIds);
        var personNames = people.names(rows.stream()
                .map(NominationView::personId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> r.withNames(
                        organizationNames.get(r.organizationId()),
                        r.personId() == null ? null : personNames.get(r.personId()),
                        organizationNames.get(r.currentLevelOrganizationId())))
                .toList();
    }

    private List<CommendationView> namedCommendations(List<CommendationView> rows) {
        var organizationIds = new ArrayList<Long>();
        rows.forEach(r -> {
            organizationIds.add(r.organizationId());
            organizationIds.add(r.decidingOrganizationId());
        });
        var organizationNames = organizations.names(organizationIds);
        var personNames = people.names(rows.stream()
                .map(CommendationView::personId)
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(c -> c.withNames(
                        organizationNames.get(c.organizationId()),
                        c.personId() == null ? null : personNames.get(c.personId()),
                        organizationNames.get(c.decidingOrganizationId())))
                .toList();
    }

    /** What the audit trail records of a nomination's change. */
    private static Map<String, Object> snapshot(Nomination n) {
        var values = new LinkedHashMap<String, Object>();
        values.put("status", n.status().name());
        values.put("currentLevelOrganizationId", n.currentLevelOrganizationId());
        values.put("achievements", n.achievements());
        values.put("proposedFormCode", n.proposedFormCode());
        values.put("initiativeIds", n.initiativeIds());
        values.put("version", n.version());
        return values;
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
