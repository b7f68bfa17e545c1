package vn.lamtheobac.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.OpenRound;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RoundKind;
import vn.lamtheobac.evaluation.RuleBreach;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Scope;

/**
 * The evaluations of the demo: last year's round of one ward, self-assessed and decided within the rules (the cap
 * included), and this year's rounds of the city's other committees, open; the demo ward opens its own this year.
 */
@Component
class DemoEvaluations {

    private final EvaluationManagement evaluations;
    private final OrganizationManagement organizations;

    DemoEvaluations(EvaluationManagement evaluations, OrganizationManagement organizations) {
        this.evaluations = evaluations;
        this.organizations = organizations;
    }

    /**
     * Returns the number of decided ratings. The {@code exemplary} people (the demo member the recognition journey
     * proposes for the city's Bằng khen, which needs HTXSNV) assess themselves at the top of every band and are
     * decided last, so that the cap leaves them the HTXSNV their facts allow.
     */
    int generate(long rootId, long wardId, int year, Scope scope, long seed, java.util.Set<Long> exemplary) {
        var random = new Random(seed + 4);
        long lastYear = evaluations.open(
                new OpenRound(
                        wardId,
                        year - 1,
                        RoundKind.ANNUAL,
                        null,
                        true,
                        "Đánh giá, xếp loại chất lượng đảng viên năm " + (year - 1)),
                scope);
        int decided = 0;
        List<EvaluationView> members = evaluations.members(lastYear, wardId, scope);
        for (var member : members) {
            boolean top = member.personId() != null && exemplary.contains(member.personId());
            int common = 20 + random.nextInt(11);
            int task = 45 + random.nextInt(26);
            boolean onTime = random.nextDouble() < 0.7;
            int exceeding = random.nextInt(50);
            int completed = 80 + random.nextInt(21);
            if (top) {
                common = 30;
                task = 70;
                onTime = true;
                exceeding = 40;
                completed = 100;
            }
            evaluations.selfAssess(
                    new SelfAssessment(
                            member.id(),
                            BigDecimal.valueOf(completed),
                            BigDecimal.valueOf(common),
                            BigDecimal.valueOf(task),
                            BigDecimal.valueOf(exceeding),
                            null,
                            null,
                            null,
                            member.version()),
                    scope);
        }
        // decide the lowest scores first: the HTTNV they earn open the places for the best ones under the cap
        var ordered = evaluations.members(lastYear, wardId, scope).stream()
                .sorted(java.util.Comparator.comparing(
                                (EvaluationView e) -> e.personId() != null && exemplary.contains(e.personId()))
                        .thenComparing(EvaluationView::score))
                .toList();
        for (var member : ordered) {
            var rating = best(evaluations.choices(member.id(), scope));
            evaluations.decide(
                    new Decision(
                            member.id(),
                            rating,
                            null,
                            evaluations.get(member.id(), scope).version()),
                    scope);
            decided++;
        }
        // this year's rounds are open in every ward, commune and affiliated committee but the demo ward, which opens
        // its own (one annual round a year covers a member once, so a city round would leave it nothing to open)
        for (var committee : organizations.children(rootId, scope)) {
            if (committee.id() != wardId && committee.active()) {
                evaluations.open(
                        new OpenRound(
                                committee.id(),
                                year,
                                RoundKind.ANNUAL,
                                null,
                                true,
                                "Đánh giá, xếp loại chất lượng năm " + year),
                        scope);
            }
        }
        return decided;
    }

    /** The best rating the rules allow now. */
    private static Rating best(Map<Rating, List<RuleBreach>> choices) {
        for (var rating : Rating.values()) {
            if (choices.get(rating).isEmpty()) {
                return rating;
            }
        }
        return Rating.NOT_COMPLETED;
    }
}
