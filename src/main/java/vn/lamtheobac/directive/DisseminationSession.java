package vn.lamtheobac.directive;

import java.time.LocalDate;

/** One recorded dissemination session of a target. */
public record DisseminationSession(
        long id,
        long directiveId,
        long organizationId,
        LocalDate heldOn,
        DisseminationForm form,
        Attendance attendance,
        String notes,
        Long evidenceFileId,
        String recordedBy) {}
