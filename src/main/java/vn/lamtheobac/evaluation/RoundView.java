package vn.lamtheobac.evaluation;

/**
 * An evaluation round. {@code excellentCap} is the round's switch for the 20% cap (366 only; always on before);
 * {@code scoreFallsBack} its setting for a score above a band's top that misses the band above (366 only).
 */
public record RoundView(
        long id,
        long organizationId,
        String organizationName,
        int year,
        RoundKind kind,
        RuleSet ruleSet,
        boolean excellentCap,
        boolean scoreFallsBack,
        String title,
        boolean open,
        int members,
        int decided) {

    public boolean capApplies() {
        return RatingRules.capApplies(ruleSet, excellentCap);
    }

    /** What the round applies: its rule set and settings. */
    public RatingPolicy policy() {
        return new RatingPolicy(ruleSet, excellentCap, scoreFallsBack);
    }

    /** Only the annual round's rating is the year's rating; a mid-term or ad-hoc round's never replaces it. */
    public boolean ratesTheYear() {
        return kind == RoundKind.ANNUAL;
    }

    RoundView named(String name) {
        return new RoundView(
                id,
                organizationId,
                name,
                year,
                kind,
                ruleSet,
                excellentCap,
                scoreFallsBack,
                title,
                open,
                members,
                decided);
    }
}
