package vn.lamtheobac.people;

import java.time.LocalDate;

/**
 * A person's seat on the committee of a party organisation (cấp ủy viên), from {@code startsOn} until the day before
 * {@code endsOn} ({@code null}: still sitting). {@code termId} is the committee term (nhiệm kỳ) it was elected for.
 */
public record CommitteeMember(
        long id,
        long organizationId,
        long personId,
        String fullName,
        CommitteePosition position,
        Long termId,
        LocalDate startsOn,
        LocalDate endsOn,
        int version) {

    public boolean sittingOn(LocalDate date) {
        return !date.isBefore(startsOn) && (endsOn == null || date.isBefore(endsOn));
    }
}
