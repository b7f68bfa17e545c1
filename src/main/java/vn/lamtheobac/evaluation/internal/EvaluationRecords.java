package vn.lamtheobac.evaluation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.RatingCorrection;
import vn.lamtheobac.evaluation.RoundView;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.evaluation.UnitProgress;

/**
 * What the module's facades read and the one write of closing a round, over the package-private store: the store
 * stays out of reach, and every change of an item goes through {@link RatingWorkflow}.
 */
@Component
public class EvaluationRecords {

    private final EvaluationStore store;

    EvaluationRecords(EvaluationStore store) {
        this.store = store;
    }

    public Optional<RoundView> round(long id) {
        return store.round(id);
    }

    public List<RoundView> rounds(Set<Long> roots) {
        return store.rounds(roots);
    }

    public Optional<EvaluationView> find(long id) {
        return store.find(id);
    }

    public List<EvaluationView> ofPerson(long personId) {
        return store.ofPerson(personId);
    }

    public List<UnitProgress> progress(long roundId, List<Long> organizationIds) {
        return store.progress(roundId, organizationIds);
    }

    public List<EvaluationView> under(long roundId, long organizationId, Subject subject) {
        return store.under(roundId, organizationId, subject);
    }

    public List<EvaluationView> undecided(long roundId) {
        return store.undecided(roundId);
    }

    public Map<Long, Long> memberEvaluations(long roundId) {
        return store.memberEvaluations(roundId);
    }

    public int[] decidedGoodAndExcellent(long roundId, long grassrootsId, long except) {
        return store.decidedGoodAndExcellent(roundId, grassrootsId, except);
    }

    public List<EvaluationView> flagged(Set<Long> roots) {
        return store.flagged(roots);
    }

    public List<RatingCorrection> corrections(long evaluationId) {
        return store.corrections(evaluationId);
    }

    /** Closes an open round (the round's table: OPEN → CLOSED); false when it was not open. */
    public boolean closeRound(long id) {
        return store.closeRound(id);
    }
}
