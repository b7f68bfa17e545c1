package vn.lamtheobac.evaluation;

import java.util.List;
import java.util.Map;
import vn.lamtheobac.shared.InvalidInputException;

/**
 * A list proposed or decided at once was refused as a whole, so nothing of it was written: each violation's field is
 * the id of the evaluation it concerns, and {@link #refusals()} gives them by evaluation.
 */
public class ListRefusedException extends InvalidInputException {

    private final transient Map<Long, Violation> refusals;

    ListRefusedException(Map<Long, Violation> refusals) {
        super(List.copyOf(refusals.values()));
        this.refusals = Map.copyOf(refusals);
    }

    /** The refusal of each evaluation refused, by its id: the message key and its arguments (the rule's source in them). */
    public Map<Long, Violation> refusals() {
        return refusals;
    }
}
