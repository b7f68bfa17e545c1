package vn.lamtheobac.directive;

import java.time.LocalDate;
import java.util.List;

/** A directive as its page shows it. {@code version} is needed to change it. */
public record DirectiveView(
        long id,
        long issuingOrganizationId,
        String issuingOrganizationName,
        String typeCode,
        String title,
        String summary,
        Long programmeId,
        Long themeId,
        LocalDate deadline,
        TargetMode targetMode,
        String targetLevel,
        Long targetRootId,
        List<Long> chosenTargetIds,
        DirectiveStatus status,
        LocalDate issuedOn,
        String symbol,
        String statusReason,
        Long supersededById,
        int version) {

    /** "Số 05-KH/TU" once issued. */
    public String numberLine() {
        return symbol == null ? null : "Số " + symbol;
    }

    public boolean draft() {
        return status == DirectiveStatus.DRAFT;
    }
}
