package vn.lamtheobac.directive;

import java.time.LocalDate;

/** One recorded dissemination session of a target. {@code version} is needed to correct it. */
public record DisseminationSession(
        long id,
        long directiveId,
        long organizationId,
        LocalDate heldOn,
        DisseminationForm form,
        Attendance attendance,
        String notes,
        Long evidenceFileId,
        String recordedBy,
        int version) {}
