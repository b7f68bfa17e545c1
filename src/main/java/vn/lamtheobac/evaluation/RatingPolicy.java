package vn.lamtheobac.evaluation;

/**
 * What a round applies: its rule set and the settings the rule set leaves to the round where the regulation's text
 * is uncertain, each shown to the user.
 *
 * @param ruleSet the regulation
 * @param excellentCap the 20% cap on HTXSNV (366 only; always on before)
 * @param scoreFallsBack 366: a score at or above a band's upper bound may take that band when the band above is
 *     refused (its other conditions fail, or the cap is full); off, every band's bounds are strict
 */
public record RatingPolicy(RuleSet ruleSet, boolean excellentCap, boolean scoreFallsBack) {

    public static RatingPolicy of(RuleSet ruleSet) {
        return new RatingPolicy(ruleSet, true, true);
    }

    public boolean capApplies() {
        return RatingRules.capApplies(ruleSet, excellentCap);
    }
}
