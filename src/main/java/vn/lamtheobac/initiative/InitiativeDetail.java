package vn.lamtheobac.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as its page shows it: the registration, its indicators with their progress bars, the progress history
 * (newest first), the evaluation, the good-model recognition, where it was replicated from and how often it was
 * replicated, the individual's consent and the publication flag. {@code progressPercent} is the average of the
 * indicators' percentages. {@code version} is needed to change it.
 */
public record InitiativeDetail(
        long id,
        InitiativeKind kind,
        long organizationId,
        String organizationName,
        Long personId,
        String personName,
        InitiativeField field,
        Long themeId,
        String themeTitle,
        int year,
        String title,
        String description,
        LocalDate startsOn,
        LocalDate endsOn,
        InitiativeStatus status,
        LocalDate completedOn,
        Effectiveness evaluation,
        String evaluationRemarks,
        LocalDate evaluatedOn,
        Long evaluatedByOrganizationId,
        String evaluatedByOrganizationName,
        boolean recognisedAsGoodModel,
        Long recognisedByOrganizationId,
        String recognisedByOrganizationName,
        LocalDate recognisedOn,
        Long replicatedFromId,
        String replicatedFromTitle,
        int replications,
        LocalDate consentRecordedOn,
        String consentNote,
        boolean published,
        List<IndicatorView> indicators,
        List<ProgressUpdateView> progress,
        int progressPercent,
        int version) {

    public InitiativeDetail {
        indicators = List.copyOf(indicators);
        progress = List.copyOf(progress);
    }

    /** The average of the indicators' percentages, rounded down; 0 without indicators. */
    public static int progressOf(List<IndicatorView> indicators) {
        if (indicators.isEmpty()) {
            return 0;
        }
        return indicators.stream().mapToInt(IndicatorView::percent).sum() / indicators.size();
    }

    public boolean individual() {
        return kind == InitiativeKind.INDIVIDUAL;
    }

    /** Evaluated by the superior committee as effective. */
    public boolean effective() {
        return status == InitiativeStatus.EVALUATED && evaluation == Effectiveness.EFFECTIVE;
    }

    public boolean hasConsent() {
        return consentRecordedOn != null;
    }

    /** The person for an individual initiative, else the organisation. */
    public String ownerName() {
        return personName != null ? personName : organizationName;
    }
}
