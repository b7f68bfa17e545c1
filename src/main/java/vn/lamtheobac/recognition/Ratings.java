package vn.lamtheobac.recognition;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.Subject;

/** The latest decided rating per year of each member and organisation, in {@code recognition.ratings}. */
@Repository
class Ratings {

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a decision; a later one for the same year and subject (a correction) replaces it. */
    void upsert(int year, Subject subject, Long personId, long organizationId, Rating rating, long evaluationId) {
        long subjectId = subject == Subject.MEMBER ? personId : organizationId;
        jdbc.sql("""
                        insert into recognition.ratings (year, subject, subject_id, person_id, organization_id, rating,
                            evaluation_id)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (year, subject, subject_id) do update
                        set person_id = excluded.person_id, organization_id = excluded.organization_id,
                            rating = excluded.rating, evaluation_id = excluded.evaluation_id, recorded_at = now()
                        """)
                .params(year, subject.name(), subjectId, personId, organizationId, rating.name(), evaluationId)
                .update();
    }

    Optional<Rating> find(int year, Subject subject, long subjectId) {
        return jdbc.sql("select rating from recognition.ratings where year = ? and subject = ? and subject_id = ?")
                .params(year, subject.name(), subjectId)
                .query(String.class)
                .optional()
                .map(Rating::valueOf);
    }
}
