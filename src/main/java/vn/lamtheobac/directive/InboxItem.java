package vn.lamtheobac.directive;

import java.time.LocalDate;
import java.util.List;
import vn.lamtheobac.document.StoredFile;

/**
 * A directive addressed to an organisation in the caller's scope, and where that organisation stands; with the
 * directive's content and attachments, so the target can read what it must disseminate.
 */
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
        LocalDate firstHeldOn,
        String summary,
        List<StoredFile> attachments) {}
