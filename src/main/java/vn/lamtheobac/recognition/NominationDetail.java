package vn.lamtheobac.recognition;

import java.util.List;

/**
 * A nomination as its page shows it: the nominee, the movement, the achievements, the proposed form, where it stands,
 * the evidence from the system, the timeline of its steps (oldest first) and, once decided, the commendation. {@code
 * version} is needed to change it.
 */
public record NominationDetail(
        long id,
        long movementId,
        String movementTitle,
        NomineeKind kind,
        long organizationId,
        String organizationName,
        Long personId,
        String personName,
        int year,
        String achievements,
        String proposedFormCode,
        String proposedFormName,
        List<Long> initiativeIds,
        NominationStatus status,
        long currentLevelOrganizationId,
        String currentLevelOrganizationName,
        Evidence evidence,
        List<ReviewView> timeline,
        CommendationView commendation,
        int version) {

    public NominationDetail {
        initiativeIds = List.copyOf(initiativeIds);
        timeline = List.copyOf(timeline);
    }

    /** The person for an individual, else the organisation. */
    public String nomineeName() {
        return personName != null ? personName : organizationName;
    }

    public boolean individual() {
        return kind == NomineeKind.INDIVIDUAL;
    }

    /** The reason of the latest return, shown to the unit that must resubmit. */
    public String returnReason() {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).action() == ReviewAction.RETURN) {
                return timeline.get(i).reason();
            }
        }
        return null;
    }
}
