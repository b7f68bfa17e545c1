package vn.lamtheobac.initiative.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeDetail;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.initiative.internal.InitiativeTransitions.Action;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.InvalidInputException;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * A model or action as an aggregate: its lifecycle state changes only through these methods, each guarded by {@link
 * InitiativeTransitions} and by every rule of {@link InitiativeRules} that step depends on. {@code input} are the
 * violations Bean Validation already found in the command's fields: a refusal reports them together with the rules'.
 */
final class Initiative {

    final long id;
    final InitiativeKind kind;
    final long organizationId;
    final Long personId;
    final int year;
    LocalDate startsOn;
    final Long replicatedFromId;

    InitiativeStatus status;
    LocalDate completedOn;
    Effectiveness evaluation;
    String evaluationRemarks;
    LocalDate evaluatedOn;
    Long evaluatedByOrganizationId;
    String evaluatedBy;
    boolean recognised;
    Long recognisedByOrganizationId;
    LocalDate recognisedOn;
    LocalDate consentRecordedOn;
    String consentNote;
    boolean published;
    LocalDate publishedOn;
    /** The date of the latest progress update; {@code null} before the first. */
    LocalDate lastReportedOn;

    final int version;

    Initiative(
            long id,
            InitiativeKind kind,
            long organizationId,
            Long personId,
            int year,
            LocalDate startsOn,
            Long replicatedFromId,
            InitiativeStatus status,
            int version) {
        this.id = id;
        this.kind = kind;
        this.organizationId = organizationId;
        this.personId = personId;
        this.year = year;
        this.startsOn = startsOn;
        this.replicatedFromId = replicatedFromId;
        this.status = status;
        this.version = version;
    }

    /** The aggregate of a page already read, to decide what the page offers. */
    static Initiative of(InitiativeDetail d) {
        var i = new Initiative(
                d.id(),
                d.kind(),
                d.organizationId(),
                d.personId(),
                d.year(),
                d.startsOn(),
                d.replicatedFromId(),
                d.status(),
                d.version());
        i.completedOn = d.completedOn();
        i.evaluation = d.evaluation();
        i.evaluatedOn = d.evaluatedOn();
        i.evaluatedByOrganizationId = d.evaluatedByOrganizationId();
        i.recognised = d.recognisedAsGoodModel();
        i.recognisedByOrganizationId = d.recognisedByOrganizationId();
        i.recognisedOn = d.recognisedOn();
        i.consentRecordedOn = d.consentRecordedOn();
        i.consentNote = d.consentNote();
        i.published = d.published();
        i.lastReportedOn = d.progress().stream()
                .map(u -> u.reportedOn())
                .max(LocalDate::compareTo)
                .orElse(null);
        return i;
    }

    boolean individual() {
        return kind == InitiativeKind.INDIVIDUAL;
    }

    boolean effective() {
        return status == InitiativeStatus.EVALUATED && evaluation == Effectiveness.EFFECTIVE;
    }

    boolean hasConsent() {
        return consentRecordedOn != null;
    }

    /** Whether the table allows {@code action} now (the page offers only those). */
    boolean allows(Action action) {
        return InitiativeTransitions.allows(status, action);
    }

    /** Revises what was registered, only while it is registered; {@code input} holds the registration rules too. */
    void revise(InitiativeContent content, List<Violation> input) {
        var next = InitiativeTransitions.next(status, Action.REVISE);
        refuseIf(input);
        status = next;
        startsOn = content.startsOn();
    }

    /** A progress update dated {@code reportedOn}; the first one starts a registered initiative. */
    void report(LocalDate reportedOn, LocalDate today, int photos, List<Violation> input) {
        var next = InitiativeTransitions.next(status, Action.REPORT);
        var violations = new ArrayList<>(input);
        violations.addAll(InitiativeRules.progress(reportedOn, today, startsOn, photos));
        refuseIf(violations);
        status = next;
        if (lastReportedOn == null || reportedOn.isAfter(lastReportedOn)) {
            lastReportedOn = reportedOn;
        }
    }

    void start() {
        status = InitiativeTransitions.next(status, Action.START);
    }

    /** The owner declares it completed on {@code on}: not before it started nor before its last progress update. */
    void complete(LocalDate on, LocalDate today) {
        var next = InitiativeTransitions.next(status, Action.COMPLETE);
        refuseAtField(InitiativeRules.completion(on, today, startsOn, lastReportedOn));
        status = next;
        completedOn = on;
    }

    /** The superior committee {@code evaluator} evaluates it today. */
    void evaluate(
            long evaluator, Effectiveness result, String remarks, LocalDate today, String by, List<Violation> input) {
        var next = InitiativeTransitions.next(status, Action.EVALUATE);
        refuseIf(input);
        status = next;
        evaluation = result;
        evaluationRemarks = remarks;
        evaluatedOn = today;
        evaluatedByOrganizationId = evaluator;
        evaluatedBy = by;
    }

    /** The committee {@code recogniser} above the owner recognises it as a good model on {@code on}. */
    void recognise(long recogniser, LocalDate on, LocalDate today) {
        InitiativeTransitions.next(status, Action.RECOGNISE);
        InitiativeRules.recognisable(effective(), recognised).ifPresent(key -> {
            throw new BusinessRuleException(key);
        });
        refuseAtField(InitiativeRules.recognitionDate(on, today, evaluatedOn));
        recognised = true;
        recognisedByOrganizationId = recogniser;
        recognisedOn = on;
    }

    /** Checks that {@code adopter} may replicate this good model. */
    void requireAdoptableBy(long adopter, boolean alreadyAdopted) {
        InitiativeTransitions.next(status, Action.ADOPT);
        InitiativeRules.adoption(recognised, organizationId, adopter, alreadyAdopted)
                .ifPresent(v -> {
                    throw v.field() == null
                            ? new BusinessRuleException(v.messageKey())
                            : BusinessRuleException.atField(v.field(), v.messageKey());
                });
    }

    void recordConsent(LocalDate on, String note, LocalDate today, List<Violation> input) {
        requireIndividual();
        InitiativeTransitions.next(status, Action.RECORD_CONSENT);
        var violations = new ArrayList<>(input);
        violations.addAll(InitiativeRules.consentDate(on, today));
        refuseIf(violations);
        consentRecordedOn = on;
        consentNote = note;
    }

    /** Withdraws the consent; a published initiative leaves the portal with it. */
    void withdrawConsent() {
        requireIndividual();
        InitiativeTransitions.next(status, Action.WITHDRAW_CONSENT);
        if (!hasConsent()) {
            throw new BusinessRuleException("initiative.error.noConsent");
        }
        consentRecordedOn = null;
        consentNote = null;
        published = false;
        publishedOn = null;
    }

    void publish(LocalDate today) {
        InitiativeTransitions.next(status, Action.PUBLISH);
        InitiativeRules.publishable(effective(), individual(), hasConsent(), published)
                .ifPresent(key -> {
                    throw new BusinessRuleException(key);
                });
        published = true;
        publishedOn = today;
    }

    void unpublish() {
        InitiativeTransitions.next(status, Action.UNPUBLISH);
        if (!published) {
            throw new BusinessRuleException("initiative.error.notPublished");
        }
        published = false;
        publishedOn = null;
    }

    private void requireIndividual() {
        if (!individual()) {
            throw new BusinessRuleException("initiative.error.consentOnlyIndividual");
        }
    }

    private static void refuseIf(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A single rule broken: answered at its field (above the page without one), as a form shows it. */
    private static void refuseAtField(List<Violation> violations) {
        if (!violations.isEmpty()) {
            var v = violations.get(0);
            throw v.field() == null
                    ? new BusinessRuleException(v.messageKey(), v.args())
                    : BusinessRuleException.atField(v.field(), v.messageKey(), v.args());
        }
    }
}
