package vn.lamtheobac.people;

import java.time.LocalDate;

/** A discipline decision against a person. */
public record DisciplineRecord(
        long id, long personId, DisciplineForm form, LocalDate decidedOn, String reason, String decidedBy) {}
