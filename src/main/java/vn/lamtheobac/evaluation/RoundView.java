package vn.lamtheobac.evaluation;

/** An evaluation round. {@code excellentCap} is the round's switch for the 20% cap (366 only; always on before). */
public record RoundView(
        long id,
        long organizationId,
        String organizationName,
        int year,
        RoundKind kind,
        RuleSet ruleSet,
        boolean excellentCap,
        String title,
        boolean open,
        int members,
        int decided) {

    public boolean capApplies() {
        return RatingRules.capApplies(ruleSet, excellentCap);
    }
}
