package vn.lamtheobac.recognition;

import java.util.List;

/** A nomination as stored, without names: what the service reasons about. */
record Nomination(
        long id,
        long movementId,
        NomineeKind kind,
        long organizationId,
        Long personId,
        int year,
        String achievements,
        String proposedFormCode,
        List<Long> initiativeIds,
        NominationStatus status,
        long currentLevelOrganizationId,
        int version) {

    Nomination {
        initiativeIds = List.copyOf(initiativeIds);
    }
}
