package vn.lamtheobac.programme;

/** A programme as lists show it. */
public record ProgrammeView(
        long id,
        long organizationId,
        String organizationName,
        String title,
        String reference,
        String description,
        int startsYear,
        int endsYear,
        int version) {}
