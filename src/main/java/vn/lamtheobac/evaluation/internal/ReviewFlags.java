package vn.lamtheobac.evaluation.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.organization.OrganizationDiscipline.OrganizationDisciplined;
import vn.lamtheobac.people.PersonEvents.DisciplineRecorded;

/**
 * A discipline recorded after a decision flags that decision for review: a member's own decisions of the year, or, for
 * an organisation, its own collective rating and its superior's (whose subordinate units it counts). The flag shows
 * on the round page and in the deciders' to-do list until the rating is corrected (or decided again).
 */
@Component
class ReviewFlags {

    private final EvaluationStore store;

    ReviewFlags(EvaluationStore store) {
        this.store = store;
    }

    @EventListener
    void on(DisciplineRecorded recorded) {
        store.flagForReview(
                Subject.MEMBER,
                recorded.personId(),
                recorded.decidedOn().getYear(),
                "evaluation.review.memberDiscipline");
    }

    @EventListener
    void on(OrganizationDisciplined disciplined) {
        int year = disciplined.decidedOn().getYear();
        store.flagForReview(
                Subject.COLLECTIVE, disciplined.organizationId(), year, "evaluation.review.organizationDiscipline");
        if (disciplined.parentId() != null) {
            store.flagForReview(
                    Subject.COLLECTIVE, disciplined.parentId(), year, "evaluation.review.subordinateDiscipline");
        }
    }
}
