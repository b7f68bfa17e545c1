package vn.lamtheobac.recognition.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.people.DisciplineRecord;
import vn.lamtheobac.recognition.AwardCategory;
import vn.lamtheobac.recognition.AwardFormView;
import vn.lamtheobac.recognition.NomineeKind;
import vn.lamtheobac.shared.RuleBrokenException;

/**
 * The commendation rules as pure functions: given a nomination, its award form, the movement's minimum and what is
 * known of the nominee now, which rules would be broken. They are checked when a nomination is proposed or resubmitted
 * and again at every later step (approval upward, decision), so that what changed since (a rating corrected to KHTNV,
 * a discipline recorded, the same achievement commended elsewhere) stops it. Every breach names its rule and cites its
 * source.
 *
 * <ul>
 *   <li>{@code award.kind}: the form is one given to collectives, individuals or both (the form's reference data).
 *   <li>{@code achievement.once}: one achievement is rewarded once, with one form, across every movement and level
 *       (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 6: "không khen thưởng nhiều lần, nhiều hình thức cho một thành
 *       tích"). The same achievement is the nominee's achievements of the same year under the same movement, or
 *       written the same way (case and spacing aside), or backed by the same initiative under another movement.
 *   <li>{@code nominee.disciplined}: a person disciplined from the start of the achievement's year until the step is
 *       not commended for it, nor a collective whose leadership (its committee that year) had a member disciplined at
 *       cảnh cáo or above in that time (Luật Thi đua, khen thưởng 06/2022/QH15; the article was not confirmed against
 *       the official text).
 *   <li>{@code nominee.noRating} and {@code nominee.minimumRating}: the nominee's current rating of the year meets the
 *       form's minimum (its reference data, never below the law's bound for its family, {@link AwardCategory}) and the
 *       movement's, which may tighten the form's, never loosen it.
 *   <li>{@code award.grantingLevel}: a form is granted only by a committee of a level class the law's list gives its
 *       family ({@link AwardCategory#grantedBy()}), whatever the reference data says.
 * </ul>
 */
public final class CommendationRules {

    /** The source cited by the rules of the law. */
    public static final String LAW = "Luật Thi đua, khen thưởng 06/2022/QH15";
    /** The source cited by the rules a movement sets itself. */
    public static final String MOVEMENT_RULES = "Quy định của phong trào";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CommendationRules() {}

    /** The nomination being checked: {@code nominationId} 0 for a new one. */
    public record Candidate(
            long nominationId,
            long movementId,
            NomineeKind kind,
            int year,
            String achievements,
            List<Long> initiativeIds) {

        public Candidate {
            initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
        }
    }

    /** What is known of the nominee now: the current rating of the year (null: none) and every discipline since. */
    public record Facts(Rating rating, List<DisciplineRecord> disciplines) {

        public Facts {
            disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
        }
    }

    /**
     * An earlier commendation of the nominee for the year ({@code decisionSymbol} and {@code decidedOn} set), or a
     * nomination of it still under way (both null).
     */
    public record Earlier(
            long nominationId,
            long movementId,
            String movementTitle,
            String achievements,
            List<Long> initiativeIds,
            String decisionSymbol,
            LocalDate decidedOn) {

        public Earlier {
            initiativeIds = initiativeIds == null ? List.of() : List.copyOf(initiativeIds);
        }

        public boolean decided() {
            return decisionSymbol != null;
        }
    }

    /**
     * Every rule the nomination breaks now, in the order a user can best act on them: the form's kind, one achievement
     * once, discipline, the rating.
     */
    public static List<RuleBrokenException> breaches(
            Candidate candidate, AwardFormView form, Rating movementMinimum, Facts facts, List<Earlier> earlier) {
        var breaches = new ArrayList<RuleBrokenException>();
        formKind(candidate.kind(), form).ifPresent(breaches::add);
        achievementOnce(candidate, earlier).ifPresent(breaches::add);
        disciplined(candidate, facts).ifPresent(breaches::add);
        rating(candidate.year(), facts.rating(), form, movementMinimum).ifPresent(breaches::add);
        return Collections.unmodifiableList(breaches);
    }

    /** {@code award.kind}: a collective's form for collectives, an individual's for individuals. */
    public static Optional<RuleBrokenException> formKind(NomineeKind kind, AwardFormView form) {
        if (form.kind().fits(kind)) {
            return Optional.empty();
        }
        return Optional.of(new RuleBrokenException("award.kind", LAW, "recognition.rule.formKind." + form.kind()));
    }

    /**
     * {@code achievement.once}: refused if the same achievement was commended (naming the decision, its number and
     * date) or is proposed by another nomination still under way (naming its movement).
     */
    public static Optional<RuleBrokenException> achievementOnce(Candidate candidate, List<Earlier> earlier) {
        Earlier pending = null;
        for (var e : earlier) {
            if (e.nominationId() == candidate.nominationId() || !sameAchievement(candidate, e)) {
                continue;
            }
            if (e.decided()) {
                return Optional.of(new RuleBrokenException(
                        "achievement.once",
                        LAW,
                        "recognition.rule.achievementOnce",
                        candidate.year(),
                        e.decisionSymbol(),
                        e.decidedOn().format(DATE),
                        e.movementTitle()));
            }
            if (pending == null) {
                pending = e;
            }
        }
        if (pending == null) {
            return Optional.empty();
        }
        return Optional.of(new RuleBrokenException(
                "achievement.once",
                LAW,
                "recognition.rule.achievementProposed",
                candidate.year(),
                pending.movementTitle()));
    }

    /**
     * Whether two nominations of one nominee reward the same achievement: the same year and movement, or the same
     * words, or a shared initiative.
     */
    public static boolean sameAchievement(Candidate candidate, Earlier earlier) {
        if (earlier.movementId() == candidate.movementId()) {
            return true;
        }
        if (normalized(candidate.achievements()).equals(normalized(earlier.achievements()))) {
            return true;
        }
        return candidate.initiativeIds().stream().anyMatch(earlier.initiativeIds()::contains);
    }

    /** An achievement as compared: NFC, lower case, spaces collapsed (what the database's key does). */
    public static String normalized(String achievements) {
        if (achievements == null) {
            return "";
        }
        return Normalizer.normalize(achievements, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * {@code nominee.disciplined}: any discipline of an individual decided from the start of the year until now; for a
     * collective, a discipline at cảnh cáo or above of a member of its leadership in that time (the facts hold only
     * those).
     */
    public static Optional<RuleBrokenException> disciplined(Candidate candidate, Facts facts) {
        var since = LocalDate.of(candidate.year(), 1, 1);
        return facts.disciplines().stream()
                .filter(d -> !d.decidedOn().isBefore(since))
                .findFirst()
                .map(d -> new RuleBrokenException(
                        "nominee.disciplined",
                        LAW,
                        candidate.kind() == NomineeKind.COLLECTIVE
                                ? "recognition.rule.leadershipDisciplined"
                                : "recognition.rule.disciplined",
                        candidate.year(),
                        d.decidedOn().format(DATE)));
    }

    /**
     * {@code nominee.noRating} and {@code nominee.minimumRating}: the current rating of the year against the form's
     * minimum first (citing the form's source), then the movement's.
     */
    public static Optional<RuleBrokenException> rating(
            int year, Rating rating, AwardFormView form, Rating movementMinimum) {
        Rating formMinimum = formMinimum(form);
        Rating required = effectiveMinimum(form, movementMinimum);
        if (rating == null) {
            return Optional.of(new RuleBrokenException(
                    "nominee.noRating", MOVEMENT_RULES, "recognition.rule.noRating", year, required.abbreviation()));
        }
        if (rating.ordinal() > formMinimum.ordinal()) {
            return Optional.of(new RuleBrokenException(
                    "nominee.minimumRating",
                    form.source() == null ? LAW : form.source(),
                    "recognition.rule.formMinimumRating",
                    year,
                    rating.abbreviation(),
                    formMinimum.abbreviation(),
                    form.nameVi()));
        }
        if (movementMinimum != null && rating.ordinal() > movementMinimum.ordinal()) {
            return Optional.of(new RuleBrokenException(
                    "nominee.minimumRating",
                    MOVEMENT_RULES,
                    "recognition.rule.minimumRating",
                    year,
                    rating.abbreviation(),
                    movementMinimum.abbreviation()));
        }
        return Optional.empty();
    }

    /** The form's minimum, never below the law's bound for its family. */
    public static Rating formMinimum(AwardFormView form) {
        return stricter(form.minimumRating(), form.category().minimumRating());
    }

    /** What a nominee must reach for the form under the movement: the movement may tighten, never loosen. */
    public static Rating effectiveMinimum(AwardFormView form, Rating movementMinimum) {
        return movementMinimum == null ? formMinimum(form) : stricter(formMinimum(form), movementMinimum);
    }

    private static Rating stricter(Rating a, Rating b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /**
     * {@code award.grantingLevel}: what the reference data of a form may say. Its level must be one the law's list
     * gives its family, and its minimum no lower than the law's.
     */
    public static Optional<RuleBrokenException> withinLaw(
            AwardCategory category, LevelClass entitledLevel, Rating minimumRating) {
        if (!category.grantable(entitledLevel)) {
            return Optional.of(new RuleBrokenException(
                    "award.grantingLevel", category.source(), "recognition.rule.grantingLevel." + category));
        }
        if (minimumRating != null
                && minimumRating.ordinal() > category.minimumRating().ordinal()) {
            return Optional.of(new RuleBrokenException(
                    "award.minimumBelowLaw",
                    category.source(),
                    "recognition.rule.minimumBelowLaw",
                    minimumRating.abbreviation(),
                    category.minimumRating().abbreviation()));
        }
        return Optional.empty();
    }

    /**
     * {@code award.entitledLevel} and {@code award.grantingLevel}: the deciding committee's level is the form's, and
     * one the law lets grant the form's family.
     */
    public static Optional<RuleBrokenException> grantableBy(AwardFormView form, LevelClass decidingLevel) {
        if (form.entitledLevel() != decidingLevel) {
            return Optional.of(new RuleBrokenException(
                    "award.entitledLevel", LAW, "recognition.rule.entitledLevel." + form.entitledLevel()));
        }
        if (!form.category().grantable(decidingLevel)) {
            return Optional.of(new RuleBrokenException(
                    "award.grantingLevel",
                    form.category().source(),
                    "recognition.rule.grantingLevel." + form.category()));
        }
        return Optional.empty();
    }
}
