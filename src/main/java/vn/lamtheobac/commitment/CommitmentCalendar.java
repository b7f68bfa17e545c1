package vn.lamtheobac.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The dates of the commitment year: which years a commitment can be written for (last year, this year and next year)
 * and the day the year-end self-assessment opens (1 October of the commitment's year). Pages offer only what these
 * allow, and the service refuses the rest with the same rule.
 */
@Component
public class CommitmentCalendar {

    /** Year-end self-assessment opens on the first day of this month of the commitment's year. */
    static final int SELF_ASSESSMENT_OPENS_IN_MONTH = 10;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Clock clock;

    CommitmentCalendar(Clock clock) {
        this.clock = clock;
    }

    public int thisYear() {
        return VietnamTime.today(clock).getYear();
    }

    /** The years a commitment can be written for, oldest first. */
    public List<Integer> writableYears() {
        int year = thisYear();
        return IntStream.rangeClosed(year - 1, year + 1).boxed().toList();
    }

    public boolean writable(int year) {
        return writableYears().contains(year);
    }

    /** Refuses a year outside {@link #writableYears()}, at the form's year field. */
    public void requireWritable(int year) {
        if (!writable(year)) {
            var years = writableYears();
            throw BusinessRuleException.atField(
                    "year", "commitment.error.year", years.get(0), years.get(years.size() - 1));
        }
    }

    /** The day the member may start assessing the year's commitment. */
    public LocalDate selfAssessmentOpens(int year) {
        return LocalDate.of(year, SELF_ASSESSMENT_OPENS_IN_MONTH, 1);
    }

    /** {@link #selfAssessmentOpens} as Vietnamese write it, dd/MM/yyyy. */
    public String selfAssessmentOpensText(int year) {
        return DATE.format(selfAssessmentOpens(year));
    }

    public boolean selfAssessmentOpen(int year) {
        return !VietnamTime.today(clock).isBefore(selfAssessmentOpens(year));
    }

    /** Refuses a self-assessment before the day it opens. */
    public void requireSelfAssessmentOpen(int year) {
        if (!selfAssessmentOpen(year)) {
            throw new BusinessRuleException("commitment.error.selfAssessTooEarly", selfAssessmentOpensText(year));
        }
    }
}
