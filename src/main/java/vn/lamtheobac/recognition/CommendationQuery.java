package vn.lamtheobac.recognition;

import vn.lamtheobac.shared.PageRequest;

/**
 * A filter over the commendations the caller may see: an organisation whose subtree's commendations to list (the
 * honour roll), a year and a movement. Every part is optional.
 */
public record CommendationQuery(Long organizationId, Integer year, Long movementId, PageRequest page) {

    public CommendationQuery {
        page = page == null ? new PageRequest(0, 20) : page;
    }
}
