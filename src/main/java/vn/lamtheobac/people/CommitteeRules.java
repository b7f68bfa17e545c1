package vn.lamtheobac.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lamtheobac.shared.InvalidInputException.Violation;

/** Who may take a seat on a party committee, as pure checks naming the field at fault. */
final class CommitteeRules {

    private CommitteeRules() {}

    /**
     * Điều lệ Đảng (2011), Điều 5 khoản 3: a probationary member has a member's rights except to vote, stand for and
     * elect the Party's leading bodies, so only an official member sits on a committee. The member belongs to the
     * organisation whose committee it is (or to one of its units), and a seat starts no later than today.
     */
    static List<Violation> seat(
            PersonCategory category,
            boolean memberOfOrganization,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (category != PersonCategory.PARTY_MEMBER_OFFICIAL) {
            violations.add(new Violation("personId", "committee.error.notOfficial"));
        } else if (!memberOfOrganization) {
            violations.add(new Violation("personId", "committee.error.notInOrganization"));
        }
        if (startsOn != null && startsOn.isAfter(today)) {
            violations.add(new Violation("startsOn", "committee.error.startsInFuture"));
        }
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            violations.add(new Violation("endsOn", "committee.error.endsBeforeStart"));
        }
        return violations;
    }

    /** A seat ends after it started and no later than today (a future departure is recorded when it happens). */
    static List<Violation> end(CommitteeMember seat, LocalDate endsOn, LocalDate today) {
        if (seat.endsOn() != null) {
            return List.of(new Violation("endsOn", "committee.error.alreadyEnded"));
        }
        if (!endsOn.isAfter(seat.startsOn()) || endsOn.isAfter(today)) {
            return List.of(new Violation("endsOn", "committee.error.endsOn"));
        }
        return List.of();
    }
}
