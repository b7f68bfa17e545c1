package vn.lamtheobac.evaluation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.Proposal;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.InvalidInputException.Violation;
import vn.lamtheobac.shared.Scope;

/**
 * A cell's list proposed or decided in one go. Each row goes through the same proposal or decision as on its own
 * page (the rules, the cap under its lock, no one rating themselves), in one transaction: when any row is refused,
 * nothing is written and every refusal is reported with its row.
 */
@Service
public class BulkRatings {

    private final EvaluationManagement evaluations;

    BulkRatings(EvaluationManagement evaluations) {
        this.evaluations = evaluations;
    }

    /** The cell's proposals, all or nothing; rows without a rating, or proposed already at that rating, are left. */
    @Transactional
    public int proposeAll(List<Proposal> proposals, Scope scope) {
        var refusals = new LinkedHashMap<Long, Violation>();
        int written = 0;
        for (var proposal : proposals) {
            if (proposal.rating() == null || unchanged(proposal, scope)) {
                continue;
            }
            try {
                evaluations.propose(proposal, scope);
                written++;
            } catch (BusinessRuleException | ForbiddenException e) {
                refusals.put(proposal.id(), violation(proposal.id(), e));
            }
        }
        return finish(refusals, written);
    }

    /**
     * The committee's decisions, all or nothing; rows without a rating are left. They are taken from the lowest
     * rating up, so the HTTNV of the list open their places under the cap before its HTXSNV are counted against it, and
     * the HTXSNV the cap cannot take are the ones refused.
     */
    @Transactional
    public int decideAll(List<Decision> decisions, Scope scope) {
        var refusals = new LinkedHashMap<Long, Violation>();
        int written = 0;
        var ordered = decisions.stream()
                .filter(d -> d.rating() != null)
                .sorted(Comparator.comparing(Decision::rating).reversed())
                .toList();
        for (var decision : ordered) {
            try {
                evaluations.decide(decision, scope);
                written++;
            } catch (BusinessRuleException | ForbiddenException e) {
                refusals.put(decision.id(), violation(decision.id(), e));
            }
        }
        return finish(refusals, written);
    }

    private boolean unchanged(Proposal proposal, Scope scope) {
        var current = evaluations.get(proposal.id(), scope);
        return current.status() == EvaluationStatus.PROPOSED
                && current.proposedRating() == proposal.rating()
                && (proposal.remarks() == null || proposal.remarks().isBlank());
    }

    private static int finish(LinkedHashMap<Long, Violation> refusals, int written) {
        if (!refusals.isEmpty()) {
            // the rows written so far roll back with the transaction
            throw new ListRefusedException(refusals);
        }
        return written;
    }

    private static Violation violation(long id, RuntimeException e) {
        if (e instanceof BusinessRuleException rule) {
            return new Violation(String.valueOf(id), rule.messageKey(), rule.args());
        }
        return new Violation(String.valueOf(id), ((ForbiddenException) e).messageKey());
    }
}
