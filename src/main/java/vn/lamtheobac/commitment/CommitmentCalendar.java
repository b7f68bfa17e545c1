package vn.lamtheobac.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lamtheobac.commitment.internal.CommitmentCalendarText;
import vn.lamtheobac.commitment.internal.CommitmentRules;
import vn.lamtheobac.shared.VietnamTime;

/**
 * The dates of the commitment year, on today's clock: which years a commitment can be written for (last year, this
 * year and next year) and the day the year-end self-assessment opens (1 October of the commitment's year). Pages offer
 * only what these allow; the rules themselves are {@link CommitmentRules}', which the service checks at every step.
 */
@Component
public class CommitmentCalendar {

    private final Clock clock;

    CommitmentCalendar(Clock clock) {
        this.clock = clock;
    }

    public int thisYear() {
        return VietnamTime.today(clock).getYear();
    }

    public LocalDate today() {
        return VietnamTime.today(clock);
    }

    /** The years a commitment can be written for, oldest first. */
    public List<Integer> writableYears() {
        return CommitmentRules.writableYears(thisYear());
    }

    public boolean writable(int year) {
        return writableYears().contains(year);
    }

    /** Refuses a year outside {@link #writableYears()}, at the form's year field. */
    public void requireWritable(int year) {
        CommitmentRules.requireWritableYear(year, thisYear());
    }

    /** The day the member may start assessing the year's commitment. */
    public LocalDate selfAssessmentOpens(int year) {
        return CommitmentRules.selfAssessmentOpens(year);
    }

    /** {@link #selfAssessmentOpens} as Vietnamese write it, dd/MM/yyyy. */
    public String selfAssessmentOpensText(int year) {
        return CommitmentCalendarText.date(selfAssessmentOpens(year));
    }

    public boolean selfAssessmentOpen(int year) {
        return CommitmentRules.selfAssessmentOpen(year, today());
    }
}
