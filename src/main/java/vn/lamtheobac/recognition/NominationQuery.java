package vn.lamtheobac.recognition;

import vn.lamtheobac.shared.PageRequest;

/**
 * A filter over the nominations the caller may see: a movement, a status, an organisation whose subtree's nominees to
 * list and a year. Every part is optional.
 */
public record NominationQuery(
        Long movementId, NominationStatus status, Long organizationId, Integer year, PageRequest page) {

    public NominationQuery {
        page = page == null ? new PageRequest(0, 20) : page;
    }
}
