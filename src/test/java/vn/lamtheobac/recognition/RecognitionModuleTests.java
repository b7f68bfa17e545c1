package vn.lamtheobac.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.Subject;

/**
 * The recognition module with only the modules it depends on: where it meets the evaluation module, through the
 * {@link RatingDecided} event. A rating decided, then corrected, is the one the commendation rules read at once (the
 * listener is synchronous, in the deciding transaction), so a member lowered after a nomination is refused at the next
 * step ({@code CommendationRuleTests}).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import({TestClock.class, RecognitionModuleTests.Names.class})
class RecognitionModuleTests {

    /** The identity module (not loaded here) names the actors; login names stand for themselves. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Names {

        @org.springframework.context.annotation.Bean
        vn.lamtheobac.shared.ActorNames actorNames() {
            return new vn.lamtheobac.shared.ActorNames() {
                @Override
                public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
                    return java.util.Map.of();
                }

                @Override
                public String nameOf(String username) {
                    return username == null ? "" : username;
                }
            };
        }
    }

    static final long PERSON = 987_654_321L;
    static final long ORGANIZATION = 987_654_000L;

    @Autowired
    DecidedRatings ratings;

    @Test
    void aRatingDecidedThenCorrectedInTheEvaluationModuleIsTheOneTheRulesRead(Scenario scenario) {
        scenario.publish(new RatingDecided(1, 1, 2015, Subject.MEMBER, PERSON, ORGANIZATION, Rating.GOOD))
                .andWaitForStateChange(() -> ratings.ofMember(PERSON, 2015), java.util.Optional::isPresent)
                .andVerify(rating -> assertThat(rating).contains(Rating.GOOD));
        scenario.publish(new RatingDecided(2, 1, 2015, Subject.MEMBER, PERSON, ORGANIZATION, Rating.NOT_COMPLETED))
                .andWaitForStateChange(
                        () -> ratings.ofMember(PERSON, 2015),
                        rating -> rating.equals(java.util.Optional.of(Rating.NOT_COMPLETED)))
                .andVerify(rating -> assertThat(rating).contains(Rating.NOT_COMPLETED));
        scenario.publish(new RatingDecided(3, 1, 2015, Subject.COLLECTIVE, null, ORGANIZATION, Rating.EXCELLENT))
                .andWaitForStateChange(() -> ratings.ofOrganization(ORGANIZATION, 2015), java.util.Optional::isPresent)
                .andVerify(rating -> assertThat(rating).contains(Rating.EXCELLENT));
    }
}
