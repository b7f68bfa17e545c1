package vn.lamtheobac.commitment;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A person's commitment for a year. A commitment not yet written has {@code id} 0 and status {@code DRAFT}, with no
 * items.
 */
public record CommitmentView(
        long id,
        long personId,
        String personName,
        long organizationId,
        String organizationName,
        int year,
        Long themeId,
        String themeTitle,
        CommitmentStatus status,
        String returnedReason,
        String acknowledgement,
        String acknowledgedBy,
        ZonedDateTime acknowledgedAt,
        String selfAssessment,
        ItemResult outcome,
        String assessment,
        String assessedBy,
        List<CommitmentItem> items,
        int version) {

    public boolean written() {
        return id != 0;
    }

    public List<CommitmentItem> section(Section section) {
        return items.stream().filter(i -> i.section() == section).toList();
    }
}
