package vn.lamtheobac.recognition;

import java.util.List;
import vn.lamtheobac.commitment.ItemResult;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.people.DisciplineRecord;

/**
 * What the system knows of a nominee's year, shown beside the achievements: the decided annual rating (null when none
 * was decided) and whether it meets the movement's minimum, the commitment outcome and the discipline decisions of the
 * year (individuals only), and the linked initiatives the reader may see.
 */
public record Evidence(
        Rating rating,
        boolean ratingMeetsMinimum,
        ItemResult commitmentOutcome,
        List<DisciplineRecord> disciplines,
        List<LinkedInitiative> initiatives) {

    public Evidence {
        disciplines = List.copyOf(disciplines);
        initiatives = List.copyOf(initiatives);
    }

    /** An initiative of the nominee linked as evidence, with its result. */
    public record LinkedInitiative(
            long id,
            String title,
            int year,
            InitiativeStatus status,
            boolean effective,
            boolean recognisedAsGoodModel,
            int progressPercent) {}
}
