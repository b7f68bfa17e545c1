package vn.lamtheobac.organization;

import java.time.LocalDate;

/** A committee term (nhiệm kỳ), e.g. 2025–2030; party document numbers restart with each term. */
public record CommitteeTerm(long id, long organizationId, String name, LocalDate startsOn, LocalDate endsOn) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || date.isBefore(endsOn));
    }
}
