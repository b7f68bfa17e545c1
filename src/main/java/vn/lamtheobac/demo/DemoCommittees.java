package vn.lamtheobac.demo;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.CommitteePosition;
import vn.lamtheobac.shared.Scope;

/**
 * Seats the demo's leaders on their committees from the position the generator gave them ("Bí thư Đảng ủy phường",
 * "Chi ủy viên"…), from the first day of the committee's current term.
 */
@Component
class DemoCommittees {

    private final CommitteeMembers committees;
    private final OrganizationManagement organizations;

    DemoCommittees(CommitteeMembers committees, OrganizationManagement organizations) {
        this.committees = committees;
        this.organizations = organizations;
    }

    void seat(long personId, String position, long organizationId, Scope scope) {
        var seat = positionOf(position);
        if (seat.isEmpty()) {
            return;
        }
        var terms = organizations.terms(organizationId, scope);
        var term = terms.isEmpty() ? null : terms.get(0);
        committees.seat(
                new SeatMember(
                        organizationId,
                        personId,
                        seat.get(),
                        term == null ? null : term.id(),
                        term == null ? DemoData.REORGANISED_ON : term.startsOn()),
                scope);
    }

    /** Which seat a position names, if it names one: "Phó Bí thư…" is a deputy, "Chủ nhiệm Ủy ban Kiểm tra…" standing. */
    static Optional<CommitteePosition> positionOf(String position) {
        if (position.startsWith("Phó Bí thư")) {
            return Optional.of(CommitteePosition.DEPUTY_SECRETARY);
        } else if (position.startsWith("Bí thư")) {
            return Optional.of(CommitteePosition.SECRETARY);
        } else if (position.startsWith("Chủ nhiệm Ủy ban Kiểm tra") || position.startsWith("Chánh Văn phòng")) {
            return Optional.of(CommitteePosition.STANDING_MEMBER);
        } else if (position.startsWith("Chi ủy viên") || position.startsWith("Ủy viên")) {
            return Optional.of(CommitteePosition.MEMBER);
        }
        return Optional.empty();
    }
}
