package vn.lamtheobac.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.RecognitionCommands.MarkExemplar;
import vn.lamtheobac.recognition.RecognitionCommands.WithdrawExemplar;
import vn.lamtheobac.recognition.internal.CommandValidation;
import vn.lamtheobac.recognition.internal.CommendationRules;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * Commendations and decisions as read (honour rolls, a decision's commendations for its document, the award forms on
 * offer) and exemplars. The other use cases have their own services: {@link AwardFormManagement} (reference data),
 * {@link MovementManagement}, {@link NominationManagement} (propose, resubmit, review), {@link NominationQueries} and
 * {@link DecisionManagement}; the rules are {@code internal.CommendationRules}.
 *
 * <ul>
 *   <li>Reading: {@link Role#READERS} over the nominee's organisation, and the individual nominee themself; a decision,
 *       readers of the deciding committee's subtree. Anything else does not exist for the caller (404, audited).
 *   <li>Exemplars: marked by a record keeper over the nominee's organisation, an individual only with the date and
 *       form of their consent (Nghị định 13/2023/NĐ-CP); withdrawing the consent (by the unit or the person) takes
 *       them off the portal at once.
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class RecognitionManagement {

    /** The source cited by the rules of the law. */
    public static final String LAW = CommendationRules.LAW;
    /** The source cited by the rules a movement sets itself. */
    public static final String MOVEMENT_RULES = CommendationRules.MOVEMENT_RULES;
    /** The document type of a commendation decision. */
    public static final String DECISION_TYPE = DecisionManagement.DECISION_TYPE;

    private final Commendations commendations;
    private final AwardForms awardForms;
    private final RecognitionAccess access;
    private final RecognitionNames names;
    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final CommandValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecognitionManagement(
            Commendations commendations,
            AwardForms awardForms,
            RecognitionAccess access,
            RecognitionNames names,
            OrganizationManagement organizations,
            PersonManagement people,
            CommandValidation validation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.commendations = commendations;
        this.awardForms = awardForms;
        this.access = access;
        this.names = names;
        this.organizations = organizations;
        this.people = people;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /** Every award form, inactive ones included, in display order. */
    public List<AwardFormView> awardForms() {
        return awardForms.all();
    }

    /** The forms a new nomination or decision may use. */
    public List<AwardFormView> activeAwardForms() {
        return awardForms.all().stream().filter(AwardFormView::active).toList();
    }

    /**
     * A movement's title followed by the years of the achievements ("… năm 2025", "… các năm 2024, 2025"), unless the
     * title already names them.
     */
    public static String inYears(String title, List<Integer> years) {
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

    /** The commendations the caller sees matching {@code query}: an organisation's honour roll with its year. */
    public Paged<CommendationView> commendations(CommendationQuery query, Scope scope) {
        var roots = scope.rootsWith(Role.READERS);
        access.requireOrganizationInScope(query.organizationId(), roots);
        if (query.movementId() != null) {
            access.readableMovement(query.movementId(), scope);
        }
        var page = query.page();
        if (roots.isEmpty() && scope.personId() == null) {
            return Paged.of(List.of(), page.number(), page.size(), 0);
        }
        var rows = commendations.page(query, roots, scope.personId());
        return Paged.of(
                names.commendations(rows),
                page.number(),
                page.size(),
                commendations.count(query, roots, scope.personId()));
    }

    public CommendationView commendation(long id, Scope scope) {
        return names.commendations(List.of(access.readableCommendation(id, scope)))
                .get(0);
    }

    /** A decision, for readers of the deciding committee's subtree. */
    public DecisionView decision(long id, Scope scope) {
        var decision =
                commendations.decision(id).orElseThrow(() -> new NotFoundException(RecognitionAccess.DECISION, id));
        if (!organizations.isWithin(decision.organizationId(), scope.rootsWith(Role.READERS))) {
            throw access.denied(RecognitionAccess.DECISION, id);
        }
        return decision.withOrganizationName(
                organizations.names(List.of(decision.organizationId())).get(decision.organizationId()));
    }

    /** What a decision granted, collectives first, for its document; same readers as the decision. */
    public List<CommendationView> decisionCommendations(long decisionId, Scope scope) {
        decision(decisionId, scope);
        return names.commendations(commendations.ofDecision(decisionId));
    }

    /**
     * Marks a commendation as an exemplar for the public portal. An individual's needs the date and form of their
     * consent (Nghị định 13/2023/NĐ-CP: publishing a person needs their consent), recorded by their unit.
     */
    @Transactional
    public void markExemplar(MarkExemplar command, Scope scope) {
        var before = access.readableCommendation(command.commendationId(), scope);
        if (!organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        if (before.exemplar()) {
            throw new BusinessRuleException("recognition.error.alreadyExemplar");
        }
        LocalDate consentedOn = null;
        String note = null;
        if (before.individual()) {
            validation.check(command);
            var violations = new ArrayList<Violation>();
            if (command.consentedOn() == null) {
                violations.add(new Violation("consentedOn", "recognition.error.consentedOn"));
            } else if (command.consentedOn().isAfter(VietnamTime.today(clock))) {
                violations.add(new Violation("consentedOn", "recognition.error.dateInFuture"));
            }
            if (command.note() == null || command.note().isBlank()) {
                violations.add(new Violation("consentNote", "recognition.error.consentNote"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            consentedOn = command.consentedOn();
            note = command.note();
        }
        commendations.markExemplar(before.id(), consentedOn, note, RecognitionAccess.actor(), command.version());
        events.publishEvent(DataChanged.updated(
                RecognitionAccess.COMMENDATION,
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
        var before = access.readableCommendation(command.commendationId(), scope);
        boolean self = before.personId() != null && scope.isOwnPerson(before.personId());
        if (!self && !organizations.allows(scope, before.organizationId(), Role.RECORD_KEEPERS)) {
            throw new ForbiddenException("recognition.error.notRecordKeeper");
        }
        if (!before.exemplar() && !before.hasConsent()) {
            throw new BusinessRuleException("recognition.error.notExemplar");
        }
        commendations.withdrawExemplar(before.id(), command.version());
        events.publishEvent(DataChanged.updated(
                RecognitionAccess.COMMENDATION,
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
}
