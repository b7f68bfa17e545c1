package vn.lamtheobac.directive;

import java.time.LocalDate;

/** A directive addressed to an organisation in the caller's scope, and where that organisation stands. */
public record InboxItem(
        long directiveId,
        String symbol,
        String title,
        String typeCode,
        String issuingOrganizationName,
        LocalDate issuedOn,
        LocalDate deadline,
        DirectiveStatus directiveStatus,
        long organizationId,
        String organizationName,
        DisseminationStatus status,
        LocalDate firstHeldOn) {}
