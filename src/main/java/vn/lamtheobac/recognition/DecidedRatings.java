package vn.lamtheobac.recognition;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.Subject;

/**
 * The annual ratings decided by the evaluation module, as this module keeps them: each {@link RatingDecided} is
 * recorded in the deciding transaction (a synchronous listener, so a rating decided a moment ago is already known and
 * a rolled-back decision leaves nothing), and a later decision for the same year (a correction) replaces the earlier
 * one. Ratings decided before this module existed were copied in by its migration.
 *
 * <p>The read methods check no scope: callers pass only people and organisations they already obtained in scope.
 */
@Component
public class DecidedRatings {

    private final Ratings ratings;

    DecidedRatings(Ratings ratings) {
        this.ratings = ratings;
    }

    /** The rating decided for a party member for {@code year}, if any. */
    public Optional<Rating> ofMember(long personId, int year) {
        return ratings.find(year, Subject.MEMBER, personId);
    }

    /** The rating decided for a party organisation (collective) for {@code year}, if any. */
    public Optional<Rating> ofOrganization(long organizationId, int year) {
        return ratings.find(year, Subject.COLLECTIVE, organizationId);
    }

    /** The rating of a nominee: the person for an individual, else the organisation. */
    public Optional<Rating> of(NomineeKind kind, long organizationId, Long personId, int year) {
        return kind == NomineeKind.INDIVIDUAL ? ofMember(personId, year) : ofOrganization(organizationId, year);
    }

    @EventListener
    void on(RatingDecided decided) {
        if (decided.subject() == Subject.MEMBER && decided.personId() == null) {
            return;
        }
        ratings.upsert(
                decided.year(),
                decided.subject(),
                decided.personId(),
                decided.organizationId(),
                decided.rating(),
                decided.evaluationId());
    }
}
