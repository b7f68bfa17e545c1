package vn.lamtheobac.initiative;

import vn.lamtheobac.shared.PageRequest;

/**
 * A filter over the initiatives the caller may see: free text in the title ignoring case and diacritics, a year, a
 * field, a status, an organisation whose subtree to list, and good models only. Every part is optional.
 */
public record InitiativeQuery(
        String text,
        Integer year,
        InitiativeField field,
        InitiativeStatus status,
        Long organizationId,
        boolean goodModelsOnly,
        PageRequest page) {

    public InitiativeQuery {
        text = text == null || text.isBlank() ? null : text.trim();
        page = page == null ? new PageRequest(0, 20) : page;
    }
}
