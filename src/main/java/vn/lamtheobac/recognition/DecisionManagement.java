package vn.lamtheobac.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.document.DocumentRegister;
import vn.lamtheobac.document.IssueDocument;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.recognition.RecognitionCommands.Decide;
import vn.lamtheobac.recognition.RecognitionEvents.CommendationDecided;
import vn.lamtheobac.recognition.internal.CommandValidation;
import vn.lamtheobac.recognition.internal.CommendationRules;
import vn.lamtheobac.recognition.internal.Nomination;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Capability;
import vn.lamtheobac.shared.DataChanged;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The entitled committee decides: an officer, secretary or administrator over it, under one party document number
 * ("Số 05-QĐ/TU") from the {@code document} module's register, in the same transaction; one decision commends one or
 * several (up to {@value RecognitionCommands#MAX_BATCH}) nominations of one movement waiting at that committee.
 *
 * <p>Every rule is checked again at the decision against what is known now, for the whole batch in a few queries
 * (the nominations locked in one, their visibility and the deciding committee's reach in one each, the ratings, the
 * discipline and the earlier commendations in one each): the form's kind, the level the law lets grant it and the
 * form's entitled level, the nominee's current rating against the form's and the movement's minimum, discipline
 * recorded since the year began, and one achievement once across every movement and level.
 */
@Service
@Transactional(readOnly = true)
public class DecisionManagement {

    /** The document type of a commendation decision. */
    public static final String DECISION_TYPE = "QĐ";

    private final Movements movements;
    private final Nominations nominations;
    private final Commendations commendations;
    private final AwardForms awardForms;
    private final NominationChecks checks;
    private final RecognitionAccess access;
    private final OrganizationManagement organizations;
    private final DocumentRegister register;
    private final CommandValidation validation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionManagement(
            Movements movements,
            Nominations nominations,
            Commendations commendations,
            AwardForms awardForms,
            NominationChecks checks,
            RecognitionAccess access,
            OrganizationManagement organizations,
            DocumentRegister register,
            CommandValidation validation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.movements = movements;
        this.nominations = nominations;
        this.commendations = commendations;
        this.awardForms = awardForms;
        this.checks = checks;
        this.access = access;
        this.organizations = organizations;
        this.register = register;
        this.validation = validation;
        this.events = events;
        this.clock = clock;
    }

    /** Decides the nominations of {@code command} under one number; refused as a whole if any rule fails for one. */
    @Transactional
    public DecisionView decide(Decide command, Scope scope) {
        var ids = command.nominationIds() == null
                ? List.<Long>of()
                : command.nominationIds().stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        validation.check(new Decide(ids, command.formCode(), command.decidedOn(), command.earlierDateConfirmed()));
        var today = VietnamTime.today(clock);
        LocalDate decidedOn = command.decidedOn() != null ? command.decidedOn() : today;
        if (decidedOn.isAfter(today)) {
            throw BusinessRuleException.atField("decidedOn", "recognition.error.dateInFuture");
        }
        var forms = awardForms.all().stream().collect(Collectors.toMap(AwardFormView::code, Function.identity()));
        AwardFormView override = null;
        if (command.formCode() != null) {
            override = java.util.Optional.ofNullable(forms.get(command.formCode()))
                    .filter(AwardFormView::active)
                    .orElseThrow(() -> BusinessRuleException.atField("formCode", "recognition.error.form"));
        }
        var batch = nominations.lockAll(ids);
        var readable = access.readable(batch, scope);
        for (long id : ids) {
            if (!readable.contains(id)) {
                throw access.denied(RecognitionAccess.NOMINATION, id);
            }
        }
        var first = batch.get(0);
        long decidingId = first.currentLevelOrganizationId();
        var decided = new ArrayList<Nomination>();
        for (var nomination : batch) {
            decided.add(nomination.decide());
            if (nomination.currentLevelOrganizationId() != decidingId
                    || nomination.movementId() != first.movementId()) {
                throw BusinessRuleException.atField("nominationIds", "recognition.error.batchMixed");
            }
            RecognitionAccess.refuseOwn(nomination.personId(), scope);
        }
        if (!organizations.allows(scope, decidingId, Capability.DECIDE_COMMENDATIONS)) {
            throw new ForbiddenException("recognition.error.notDecider");
        }
        var decidingOrganization = organizations.get(decidingId, scope);
        var level = decidingOrganization.type().levelClass();
        var within = organizations.allowed(
                Scope.system(List.of(decidingId)),
                batch.stream().map(Nomination::organizationId).toList(),
                Capability.DECIDE_COMMENDATIONS);
        var movement = movements.findById(first.movementId()).orElseThrow();
        var known = checks.know(batch, false);
        var formByNomination = new LinkedHashMap<Long, String>();
        for (var nomination : batch) {
            var form = override != null ? override : forms.get(nomination.proposedFormCode());
            CommendationRules.formKind(nomination.kind(), form).ifPresent(e -> {
                throw e;
            });
            CommendationRules.grantableBy(form, level).ifPresent(e -> {
                throw e;
            });
            if (!within.contains(nomination.organizationId())
                    || nomination.kind() == NomineeKind.COLLECTIVE && nomination.organizationId() == decidingId) {
                throw new RuleBrokenException(
                        "award.entitledLevel",
                        CommendationRules.LAW,
                        "recognition.rule.entitledLevel." + form.entitledLevel());
            }
            checks.check(nomination, form, movement, known);
            formByNomination.put(nomination.id(), form.code());
        }
        long decisionId = commendations.nextDecisionId();
        vn.lamtheobac.document.IssuedDocument issued;
        try {
            issued = register.issue(new IssueDocument(
                    decidingId,
                    DECISION_TYPE,
                    decidedOn,
                    decisionTitle(movement, batch),
                    RecognitionAccess.DECISION,
                    decisionId,
                    command.earlierDateConfirmed()));
        } catch (vn.lamtheobac.shared.BusinessRuleException e) {
            // the register names its own date field; on a decision it is the date of the decision
            throw "issuedOn".equals(e.field())
                    ? vn.lamtheobac.shared.BusinessRuleException.atField("decidedOn", e.messageKey(), e.args())
                    : e;
        }
        commendations.insertDecision(
                decisionId,
                decidingId,
                movement.id(),
                issued.id(),
                issued.number(),
                issued.symbol(),
                decidedOn,
                RecognitionAccess.actor());
        Map<Long, Long> commended;
        try {
            commended = commendations.insertAll(decisionId, formByNomination);
        } catch (DuplicateKeyException e) {
            throw new RuleBrokenException(
                    "achievement.once",
                    CommendationRules.LAW,
                    "recognition.rule.achievementProposed",
                    first.year(),
                    movement.title());
        }
        nominations.saveDecided(decided);
        nominations.insertReviews(ids, ReviewAction.DECIDE, decidingId, RecognitionAccess.actor());
        for (var nomination : batch) {
            long commendationId = commended.get(nomination.id());
            String formCode = formByNomination.get(nomination.id());
            events.publishEvent(new CommendationDecided(
                    commendationId,
                    nomination.id(),
                    formCode,
                    issued.symbol(),
                    decidedOn,
                    nomination.personId(),
                    nomination.organizationId()));
            events.publishEvent(DataChanged.created(
                    RecognitionAccess.COMMENDATION,
                    commendationId,
                    Map.of(
                            "nominationId",
                            nomination.id(),
                            "formCode",
                            formCode,
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
                List.copyOf(commended.values()));
        events.publishEvent(DataChanged.created(RecognitionAccess.DECISION, decisionId, decision));
        return decision;
    }

    /** "Quyết định khen thưởng … trong <phong trào> năm <năm>", the title the register records. */
    private static String decisionTitle(MovementView movement, List<Nomination> batch) {
        boolean collectives = batch.stream().anyMatch(n -> n.kind() == NomineeKind.COLLECTIVE);
        boolean individuals = batch.stream().anyMatch(n -> n.kind() == NomineeKind.INDIVIDUAL);
        String whom = collectives && individuals ? "tập thể, cá nhân" : collectives ? "tập thể" : "cá nhân";
        return "Quyết định khen thưởng " + whom + " có thành tích xuất sắc trong "
                + RecognitionManagement.inYears(
                        movement.title(), batch.stream().map(Nomination::year).toList());
    }
}
