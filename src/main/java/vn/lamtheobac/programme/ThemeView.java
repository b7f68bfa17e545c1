package vn.lamtheobac.programme;

/** A theme of a programme, set by one committee; {@code parentId} links a lower committee's theme to its superior's. */
public record ThemeView(
        long id,
        long programmeId,
        long organizationId,
        String organizationName,
        ThemeKind kind,
        Integer year,
        String title,
        String description,
        Long parentId) {}
