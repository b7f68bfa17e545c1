package vn.lamtheobac.recognition;

import java.time.LocalDate;

/**
 * An exemplar (gương điển hình tiêu biểu) as the public portal shows it: who (an individual only with their recorded
 * consent), of which organisation, commended with which form, in which movement and year, for what.
 */
public record ExemplarView(
        long commendationId,
        NomineeKind kind,
        String name,
        String organizationName,
        String formName,
        String movementTitle,
        int year,
        String achievements,
        LocalDate decidedOn) {}
