package vn.lamtheobac.programme;

/** The changes that can be asked of programmes and themes. */
public final class ProgrammeCommands {

    private ProgrammeCommands() {}

    public record CreateProgramme(
            long organizationId, String title, String reference, String description, int startsYear, int endsYear) {}

    /** A theme set by {@code organizationId}; for an annual theme under a superior's, {@code parentId} names it. */
    public record AddTheme(
            long programmeId,
            long organizationId,
            ThemeKind kind,
            Integer year,
            String title,
            String description,
            Long parentId) {}
}
