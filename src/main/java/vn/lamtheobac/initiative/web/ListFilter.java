package vn.lamtheobac.initiative.web;

import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.shared.PageRequest;

/** The list's filters as the query string carries them; every part optional. */
record ListFilter(
        String q,
        Integer year,
        InitiativeField field,
        InitiativeStatus status,
        Long organization,
        Boolean goodModels,
        Integer page,
        Integer size) {

    boolean goodModelsOnly() {
        return Boolean.TRUE.equals(goodModels);
    }

    /** The query of one page, or with {@code paged} false of every match (the export). */
    InitiativeQuery query(boolean paged) {
        var request = paged ? new PageRequest(page == null ? 0 : page, size == null ? 20 : size) : null;
        return new InitiativeQuery(q, year, field, status, organization, goodModelsOnly(), request);
    }
}
