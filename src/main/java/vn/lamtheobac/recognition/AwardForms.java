package vn.lamtheobac.recognition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.recognition.RecognitionCommands.AddAwardForm;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateAwardForm;

/** The award forms in {@code recognition.award_forms}, in their display order. */
@Repository
class AwardForms {

    private static final String SELECT = """
            select code, name_vi, name_en, kind, category, entitled_level, minimum_rating, conditions, source, active,
                   version
            from recognition.award_forms
            """;

    private final JdbcClient jdbc;

    public AwardForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AwardFormView> all() {
        return jdbc.sql(SELECT + " order by sort_order, code")
                .query(AwardForms::map)
                .list();
    }

    public Optional<AwardFormView> find(String code) {
        return jdbc.sql(SELECT + " where code = ?")
                .param(code)
                .query(AwardForms::map)
                .optional();
    }

    public void insert(AddAwardForm command) {
        jdbc.sql("""
                        insert into recognition.award_forms (code, name_vi, name_en, kind, category, entitled_level,
                            minimum_rating, conditions, source, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                                (select coalesce(max(sort_order), 0) + 10 from recognition.award_forms))
                        """)
                .params(
                        command.code(),
                        command.nameVi(),
                        command.nameEn(),
                        command.kind().name(),
                        command.category().name(),
                        command.entitledLevel().name(),
                        command.minimumRating().name(),
                        command.conditions(),
                        command.source())
                .update();
    }

    public void update(UpdateAwardForm command) {
        int rows = jdbc.sql("""
                        update recognition.award_forms set name_vi = ?, name_en = ?, kind = ?, category = ?,
                            entitled_level = ?, minimum_rating = ?, conditions = ?, source = ?, active = ?,
                            version = version + 1, updated_at = now()
                        where code = ? and version = ?
                        """)
                .params(
                        command.nameVi(),
                        command.nameEn(),
                        command.kind().name(),
                        command.category().name(),
                        command.entitledLevel().name(),
                        command.minimumRating().name(),
                        command.conditions(),
                        command.source(),
                        command.active(),
                        command.code(),
                        command.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException(
                    "Award form " + command.code() + " was changed by someone else");
        }
    }

    private static AwardFormView map(ResultSet rs, int row) throws SQLException {
        return new AwardFormView(
                rs.getString("code"),
                rs.getString("name_vi"),
                rs.getString("name_en"),
                AwardFormKind.valueOf(rs.getString("kind")),
                AwardCategory.valueOf(rs.getString("category")),
                LevelClass.valueOf(rs.getString("entitled_level")),
                Rating.valueOf(rs.getString("minimum_rating")),
                rs.getString("conditions"),
                rs.getString("source"),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
