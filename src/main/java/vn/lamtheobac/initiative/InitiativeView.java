package vn.lamtheobac.initiative;

import java.time.LocalDate;

/**
 * An initiative as a row of a list: who carries it out, what and when, where it stands ({@code progressPercent} is the
 * average of its indicators' percentages), whether it is a good model and how often it was replicated.
 */
public record InitiativeView(
        long id,
        InitiativeKind kind,
        long organizationId,
        String organizationName,
        Long personId,
        String personName,
        InitiativeField field,
        int year,
        String title,
        InitiativeStatus status,
        Effectiveness evaluation,
        LocalDate startsOn,
        LocalDate endsOn,
        int progressPercent,
        boolean recognisedAsGoodModel,
        Long replicatedFromId,
        int replications,
        boolean published) {

    /** The person for an individual initiative, else the organisation. */
    public String ownerName() {
        return personName != null ? personName : organizationName;
    }
}
