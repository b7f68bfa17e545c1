package vn.lamtheobac.document;

import vn.lamtheobac.shared.PageRequest;

/** A filter over the register of issued documents; all fields but the organisation are optional. */
public record RegisterQuery(long organizationId, String typeCode, Integer year, String text, PageRequest page) {

    public RegisterQuery {
        typeCode = typeCode == null || typeCode.isBlank() ? null : typeCode;
        text = text == null || text.isBlank() ? null : text.trim();
        page = page == null ? new PageRequest(0, 50) : page;
    }
}
