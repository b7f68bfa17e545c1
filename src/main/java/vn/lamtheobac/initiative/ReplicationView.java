package vn.lamtheobac.initiative;

import java.time.LocalDate;

/**
 * Where a good model was replicated: the adopting organisation, the day it adopted the model, where its own initiative
 * stands, and whether the caller may open that initiative ({@code readable}; if not, the page shows no link).
 */
public record ReplicationView(
        long id,
        long organizationId,
        String organizationName,
        LocalDate adoptedOn,
        InitiativeStatus status,
        boolean readable) {}
