package vn.lamtheobac.initiative.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/**
 * The rules of models and actions, as pure functions: given the facts, which rules a step would break. Each names
 * the field at fault (or none) and its message; the sources are cited on each rule.
 *
 * <ul>
 *   <li>Kết luận 01-KL/TW (18/5/2021): every organisation and member registers specific models and actions for the
 *       year, carries them out with measurable goals, and the superior committee evaluates them; the committees
 *       recognise good models (mô hình hay, cách làm sáng tạo) and have them replicated (nhân rộng).
 *   <li>The city's Hướng dẫn on registering models and actions: a model is registered for one year within its
 *       period, with at least one indicator, and reported on within its period up to today.
 *   <li>A record is never dated before what it records (a completion before its last progress update, a recognition
 *       before its evaluation) nor after today.
 * </ul>
 */
final class InitiativeRules {

    /** The most indicators one model carries. */
    static final int MAX_INDICATORS = 20;

    /** The most photos one progress update carries. */
    static final int MAX_PHOTOS = 10;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InitiativeRules() {}

    /**
     * Registration (Kết luận 01-KL/TW, the city's Hướng dẫn): the period runs forward and holds the year the model is
     * registered for; at least one and at most {@value #MAX_INDICATORS} indicators.
     */
    static List<Violation> registration(
            Integer year, LocalDate startsOn, LocalDate endsOn, List<IndicatorInput> indicators) {
        var violations = new ArrayList<Violation>();
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                violations.add(new Violation("endsOn", "initiative.error.endsBeforeStart"));
            } else if (year != null && (year < startsOn.getYear() || year > endsOn.getYear())) {
                violations.add(new Violation(
                        "year",
                        "initiative.error.yearOutsidePeriod",
                        String.valueOf(startsOn.getYear()),
                        String.valueOf(endsOn.getYear())));
            }
        }
        long filled = indicators == null
                ? 0
                : indicators.stream().filter(i -> i != null && !i.blank()).count();
        if (filled == 0) {
            violations.add(new Violation("indicators", "initiative.error.noIndicators"));
        } else if (filled > MAX_INDICATORS) {
            violations.add(
                    new Violation("indicators", "initiative.error.tooManyIndicators", String.valueOf(MAX_INDICATORS)));
        }
        return violations;
    }

    /**
     * Every filled indicator row has a name, a target and a unit (the city's Hướng dẫn: measurable goals); a row with
     * nothing filled in is ignored. Each error names the row as the form numbers it.
     */
    static List<Violation> indicators(List<IndicatorInput> indicators) {
        var violations = new ArrayList<Violation>();
        var rows = indicators == null ? List.<IndicatorInput>of() : indicators;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String at = "indicators[" + i + "].";
            if (row.name() == null) {
                violations.add(new Violation(at + "name", "initiative.error.indicatorName"));
            }
            if (row.target() == null) {
                violations.add(new Violation(at + "target", "initiative.error.indicatorTarget"));
            }
            if (row.unit() == null) {
                violations.add(new Violation(at + "unit", "initiative.error.indicatorUnit"));
            }
        }
        return violations;
    }

    /** A theme chosen for a model is one of the annual themes applying to its organisation in its year. */
    static List<Violation> theme(Long themeId, Set<Long> annualThemes) {
        if (themeId != null && !annualThemes.contains(themeId)) {
            return List.of(new Violation("themeId", "initiative.error.theme"));
        }
        return List.of();
    }

    /**
     * A progress update is dated within what has happened (the city's Hướng dẫn): not after today, not before the
     * model started; at most {@value #MAX_PHOTOS} photos.
     */
    static List<Violation> progress(LocalDate reportedOn, LocalDate today, LocalDate startsOn, int photos) {
        var violations = new ArrayList<Violation>();
        if (reportedOn != null) {
            if (reportedOn.isAfter(today)) {
                violations.add(new Violation("reportedOn", "initiative.error.dateInFuture"));
            } else if (reportedOn.isBefore(startsOn)) {
                violations.add(new Violation("reportedOn", "initiative.error.reportedBeforeStart"));
            }
        }
        if (photos > MAX_PHOTOS) {
            violations.add(new Violation("photos", "initiative.error.tooManyPhotos", String.valueOf(MAX_PHOTOS)));
        }
        return violations;
    }

    /**
     * The owner completes with results reported against the targets (Kết luận 01-KL/TW: the superior committee
     * evaluates the results reached, so a model with no progress update has nothing to evaluate), on a day that has
     * come, not before the model started and not before its last progress update, which the completion closes.
     */
    static List<Violation> completion(
            LocalDate completedOn, LocalDate today, LocalDate startsOn, LocalDate lastReportedOn) {
        if (lastReportedOn == null) {
            return List.of(new Violation(null, "initiative.error.completedWithoutResults"));
        }
        if (completedOn.isAfter(today)) {
            return List.of(new Violation("completedOn", "initiative.error.dateInFuture"));
        }
        if (completedOn.isBefore(startsOn)) {
            return List.of(new Violation("completedOn", "initiative.error.completedBeforeStart"));
        }
        if (completedOn.isBefore(lastReportedOn)) {
            return List.of(new Violation(
                    "completedOn", "initiative.error.completedBeforeLastReport", DAY.format(lastReportedOn)));
        }
        return List.of();
    }

    /**
     * Who evaluates and recognises (Kết luận 01-KL/TW: the superior committee): of the committees above the owner on
     * its path from the root ({@code ownerPath}, the owner last), the nearest one the caller acts for ({@code
     * evaluatorRoots}, the roots of their grants that carry the capability). Empty for the owner's own officers.
     */
    static Optional<Long> superiorCommittee(List<Long> ownerPath, Set<Long> evaluatorRoots) {
        for (int i = ownerPath.size() - 2; i >= 0; i--) {
            if (evaluatorRoots.contains(ownerPath.get(i))) {
                // the nearest grant above the owner: the caller acts for that committee
                return Optional.of(ownerPath.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code committee} may recognise on the caller's behalf: a committee above the owner (on {@code
     * ownerPath}, not the owner) at or below one of the caller's grants that carry the capability.
     */
    static boolean mayRecogniseFor(long committee, List<Long> ownerPath, Set<Long> evaluatorRoots) {
        int at = ownerPath.indexOf(committee);
        if (at < 0 || at == ownerPath.size() - 1) {
            return false;
        }
        for (int i = 0; i <= at; i++) {
            if (evaluatorRoots.contains(ownerPath.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What must be true to recognise a good model (Kết luận 01-KL/TW): evaluated as effective by the superior committee,
     * not already recognised.
     */
    static Optional<String> recognisable(boolean effective, boolean recognised) {
        if (recognised) {
            return Optional.of("initiative.error.alreadyRecognised");
        }
        if (!effective) {
            return Optional.of("initiative.error.notEffective");
        }
        return Optional.empty();
    }

    /** A recognition is dated on a day that has come, not before the evaluation it rests on. */
    static List<Violation> recognitionDate(LocalDate recognisedOn, LocalDate today, LocalDate evaluatedOn) {
        if (recognisedOn.isAfter(today)) {
            return List.of(new Violation("recognisedOn", "initiative.error.dateInFuture"));
        }
        if (evaluatedOn != null && recognisedOn.isBefore(evaluatedOn)) {
            return List.of(new Violation("recognisedOn", "initiative.error.recognisedBeforeEvaluation"));
        }
        return List.of();
    }

    /**
     * Replication (nhân rộng, Kết luận 01-KL/TW) only of a recognised good model, by another organisation than its
     * owner, once per organisation.
     */
    static Optional<Violation> adoption(
            boolean sourceRecognised, long ownerId, long adopterId, boolean alreadyAdopted) {
        if (!sourceRecognised) {
            return Optional.of(new Violation(null, "initiative.error.notGoodModel"));
        }
        if (adopterId == ownerId) {
            return Optional.of(new Violation("organizationId", "initiative.error.adoptOwn"));
        }
        if (alreadyAdopted) {
            return Optional.of(new Violation("organizationId", "initiative.error.alreadyAdopted"));
        }
        return Optional.empty();
    }

    /**
     * The portal shows only what the superior found effective, and an individual only with their consent recorded by
     * their unit (Nghị định 13/2023/NĐ-CP on personal data).
     */
    static Optional<String> publishable(boolean effective, boolean individual, boolean consent, boolean published) {
        if (published) {
            return Optional.of("initiative.error.alreadyPublished");
        }
        if (!effective) {
            return Optional.of("initiative.error.publishNotEffective");
        }
        if (individual && !consent) {
            return Optional.of("initiative.error.consentRequired");
        }
        return Optional.empty();
    }

    /** A consent is dated on a day that has come (Nghị định 13/2023/NĐ-CP: consent is given, then recorded). */
    static List<Violation> consentDate(LocalDate consentedOn, LocalDate today) {
        if (consentedOn != null && consentedOn.isAfter(today)) {
            return List.of(new Violation("consentedOn", "initiative.error.dateInFuture"));
        }
        return List.of();
    }
}
