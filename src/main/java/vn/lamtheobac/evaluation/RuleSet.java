package vn.lamtheobac.evaluation;

/**
 * The rule sets the Party has used for the annual rating. A rule set is never edited in place: a new regulation is a
 * new constant, and every round names the one it applies.
 */
public enum RuleSet {
    /** Quy định 132-QĐ/TW ngày 08/3/2018 of the Politburo, with Hướng dẫn 16-HD/BTCTW and 21-HD/BTCTW. */
    QD132_2018("Quy định 132-QĐ/TW ngày 08/3/2018", false, false),
    /** Quy định 124-QĐ/TW ngày 04/10/2023 of the Politburo (criteria in Điều 12), with Hướng dẫn 25-HD/BTCTW. */
    QD124_2023("Quy định 124-QĐ/TW ngày 04/10/2023", false, false),
    /**
     * Quy định 366-QĐ/TW ngày 30/8/2025 with Hướng dẫn 43-HD/BTCTW ngày 31/10/2025: ratings by a 100-point score
     * (common criteria up to 30, task results up to 70). Whether it keeps the 20% cap on HTXSNV is not confirmed, so
     * the cap is a switch of each round, on by default.
     */
    QD366_2025("Quy định 366-QĐ/TW ngày 30/8/2025, Hướng dẫn 43-HD/BTCTW ngày 31/10/2025", true, true);

    private final String source;
    private final boolean scored;
    private final boolean capSwitchable;

    RuleSet(String source, boolean scored, boolean capSwitchable) {
        this.source = source;
        this.scored = scored;
        this.capSwitchable = capSwitchable;
    }

    /** The regulation, as cited in messages and documents. */
    public String source() {
        return source;
    }

    /** Whether ratings follow a 100-point score. */
    public boolean scored() {
        return scored;
    }

    /** Whether a round may turn the 20% cap off (only where the regulation does not settle it). */
    public boolean capSwitchable() {
        return capSwitchable;
    }

    /** The rule set in force for a year's rating: 366 from 2025, 124 for 2023–2024, 132 before. */
    public static RuleSet forYear(int year) {
        return year >= 2025 ? QD366_2025 : year >= 2023 ? QD124_2023 : QD132_2018;
    }
}
