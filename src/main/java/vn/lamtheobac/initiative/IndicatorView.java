package vn.lamtheobac.initiative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One goal of an initiative and how far it has come: {@code latestValue} is the value of the most recent progress
 * update (by date) that reported it, {@code null} before any; {@code percent} is latest ÷ target, rounded down and
 * capped at 100. A target of 0 (a reduction: "0 ý kiến không hài lòng") is reached (100) once the latest value is 0,
 * and not at all (0) while something is left.
 */
public record IndicatorView(
        long id, int position, String name, BigDecimal target, String unit, BigDecimal latestValue, int percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static IndicatorView of(
            long id, int position, String name, BigDecimal target, String unit, BigDecimal latestValue) {
        return new IndicatorView(
                id, position, name, plain(target), unit, plain(latestValue), percentOf(latestValue, target));
    }

    /**
     * How much of {@code target} {@code value} reaches, in whole percent (rounded down), at most 100; for a target of
     * 0, 100 when the value is 0 too, else 0.
     */
    public static int percentOf(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || target.signum() < 0) {
            return 0;
        }
        if (target.signum() == 0) {
            return value.signum() <= 0 ? 100 : 0;
        }
        int percent =
                value.multiply(HUNDRED).divide(target, 0, RoundingMode.DOWN).intValue();
        return Math.max(0, Math.min(100, percent));
    }

    public String targetText(Locale locale) {
        return format(target, locale);
    }

    public String latestText(Locale locale) {
        return latestValue == null ? "—" : format(latestValue, locale);
    }

    /** A value as people write it: "1.250,5" in Vietnamese, "1,250.5" in English; at most two decimals. */
    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(locale == null ? Locale.forLanguageTag("vi") : locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** 200.00 → 200, 12.50 → 12.5: what the database's numeric(16, 2) holds, without trailing zeros. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
