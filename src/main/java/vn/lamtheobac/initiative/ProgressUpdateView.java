package vn.lamtheobac.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One progress update: its date, the value reached per indicator, what was done, and its photos. */
public record ProgressUpdateView(
        long id, LocalDate reportedOn, String narrative, List<Value> values, List<Photo> photos, String recordedBy) {

    public ProgressUpdateView {
        values = List.copyOf(values);
        photos = List.copyOf(photos);
    }

    /** The value one indicator had reached. */
    public record Value(long indicatorId, String indicatorName, BigDecimal value, String unit) {

        public String valueText(Locale locale) {
            return IndicatorView.format(value, locale);
        }
    }

    /** A photo of the update, downloaded through the initiative (so the reader's scope applies). */
    public record Photo(long fileId, String fileName) {}
}
