package vn.lamtheobac.recognition;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.Subject;

/** The latest decided rating per year of each member and organisation, in {@code recognition.ratings}. */
@Repository
class Ratings {

    private final JdbcClient jdbc;

    public Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a decision; a later one for the same year and subject (a correction) replaces it. */
    public void upsert(
            int year, Subject subject, Long personId, long organizationId, Rating rating, long evaluationId) {
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

    /**
     * The ratings of several nominees at once, by {@link Nominations#nomineeKey nominee key} and year ("P12:2025"):
     * members by person, collectives by organisation.
     */
    public Map<String, Rating> findAll(
            Collection<Long> personIds, Collection<Long> organizationIds, Collection<Integer> years) {
        var ratings = new HashMap<String, Rating>();
        jdbc.sql("""
                        select year, subject, subject_id, rating from recognition.ratings
                        where year = any(?)
                          and ((subject = ? and subject_id = any(?)) or (subject = ? and subject_id = any(?)))
                        """)
                .params(
                        years.toArray(Integer[]::new),
                        Subject.MEMBER.name(),
                        personIds.toArray(Long[]::new),
                        Subject.COLLECTIVE.name(),
                        organizationIds.toArray(Long[]::new))
                .query((rs, i) -> ratings.put(
                        (Subject.MEMBER.name().equals(rs.getString("subject")) ? "P" : "O")
                                + rs.getLong("subject_id")
                                + ":"
                                + rs.getInt("year"),
                        Rating.valueOf(rs.getString("rating"))))
                .list();
        return ratings;
    }

    public Optional<Rating> find(int year, Subject subject, long subjectId) {
        return jdbc.sql("select rating from recognition.ratings where year = ? and subject = ? and subject_id = ?")
                .params(year, subject.name(), subjectId)
                .query(String.class)
                .optional()
                .map(Rating::valueOf);
    }
}
