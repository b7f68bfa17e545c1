package vn.lamtheobac.initiative;

import java.time.LocalDate;

/** What happened to initiatives; published in the changing transaction. */
public final class InitiativeEvents {

    private InitiativeEvents() {}

    /** A collective ({@code personId} null) or individual initiative was registered, or a good model adopted. */
    public record InitiativeRegistered(long id, long organizationId, Long personId, int year, InitiativeField field) {}

    /** The superior committee evaluated an initiative ({@code title}, of {@code organizationId} or {@code personId}). */
    public record InitiativeEvaluated(
            long id, long organizationId, Long personId, int year, boolean effective, String title) {}

    /** A committee recognised an initiative as a good model worth replicating. */
    public record InitiativeRecognised(
            long id, long organizationId, Long personId, long recognisedByOrganizationId, LocalDate recognisedOn) {}

    /**
     * {@code organizationId} adopted the good model {@code sourceId} ({@code title}, owned by {@code
     * sourceOrganizationId}, or by {@code sourcePersonId} for an individual's) as its own initiative {@code replicaId}.
     */
    public record InitiativeReplicated(
            long sourceId,
            long replicaId,
            long organizationId,
            long sourceOrganizationId,
            Long sourcePersonId,
            String title) {}
}
