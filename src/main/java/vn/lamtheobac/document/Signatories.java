package vn.lamtheobac.document;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.CommitteeMember;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteePosition;

/**
 * Who signs a committee's documents and in which capacity (Hướng dẫn 36-HD/VPTW, "thẩm quyền, chức vụ, họ tên người
 * ký"), read from the committee's membership on the date of the document: its secretary, or its deputy secretary when
 * no secretary sits; a cell with no cell committee (no chi ủy viên beside the secretary and deputy) signs for the cell.
 */
@Component
public class Signatories {

    private final OrganizationManagement organizations;
    private final CommitteeMembers committees;

    Signatories(OrganizationManagement organizations, CommitteeMembers committees) {
        this.organizations = organizations;
        this.committees = committees;
    }

    /** The signature block of a document {@code organizationId} issues on {@code date}. */
    public PartyDocument.Signature signature(long organizationId, LocalDate date) {
        var letterhead = organizations.letterhead(organizationId);
        var sitting = committees.sittingOn(organizationId, date);
        String capacity = letterhead.signingCapacity();
        if (letterhead.cell()
                && !letterhead.grassrootsCell()
                && sitting.stream().noneMatch(m -> m.position() == CommitteePosition.MEMBER)
                && !sitting.isEmpty()) {
            capacity = "T/M Chi bộ";
        }
        var signer = sitting.stream()
                .filter(m -> m.position() == CommitteePosition.SECRETARY)
                .findFirst()
                .or(() -> sitting.stream()
                        .filter(m -> m.position() == CommitteePosition.DEPUTY_SECRETARY)
                        .findFirst());
        return new PartyDocument.Signature(
                capacity,
                signer.map(Signatories::title).orElse("Bí thư"),
                signer.map(CommitteeMember::fullName).orElse(""));
    }

    private static String title(CommitteeMember member) {
        return member.position() == CommitteePosition.SECRETARY ? "Bí thư" : "Phó Bí thư";
    }
}
