package vn.lamtheobac.people;

import vn.lamtheobac.shared.PageRequest;

/**
 * A filter over the people the caller may see: free text ignoring case and diacritics, an organisation whose subtree
 * to list (optional), a category (optional).
 */
public record PeopleQuery(String text, Long organizationId, PersonCategory category, PageRequest page) {

    public PeopleQuery {
        text = text == null || text.isBlank() ? null : text.trim();
        page = page == null ? new PageRequest(0, 20) : page;
    }
}
