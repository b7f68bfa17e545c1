package vn.lamtheobac.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.evaluation.EvaluationEvents.RatingDecided;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.Subject;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.people.CommitteeMembers;
import vn.lamtheobac.people.CommitteeMembers.SeatMember;
import vn.lamtheobac.people.CommitteePosition;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.RecognitionCommands.AddAwardForm;
import vn.lamtheobac.recognition.RecognitionCommands.CreateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.Decide;
import vn.lamtheobac.recognition.RecognitionCommands.Nominate;
import vn.lamtheobac.recognition.RecognitionCommands.Review;
import vn.lamtheobac.recognition.RecognitionCommands.UpdateAwardForm;
import vn.lamtheobac.shared.RuleBrokenException;
import vn.lamtheobac.shared.Scope;

/**
 * The commendation rules of Luật Thi đua, khen thưởng 06/2022/QH15 and its decrees hold at every step of a nomination,
 * not only when it is proposed: the nominee's current rating of the year, discipline recorded since, the award form's
 * own minimum (which a movement may tighten, never loosen), one achievement rewarded once across every movement and
 * level. Ratings reach this module as the evaluation module's {@link RatingDecided} events; each test has its own year
 * so that it does not meet another's nominations.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommendationRuleTests {

    static final String GIAY_KHEN = "GIAY_KHEN_CO_SO";
    static final String BANG_KHEN = "BANG_KHEN_THANH_UY";

    @Autowired
    ApplicationContext context;

    @Autowired
    RecognitionManagement recognition;

    @Autowired
    AwardFormManagement awardFormAdmin;

    @Autowired
    DecisionManagement decisionManagement;

    @Autowired
    MovementManagement movementManagement;

    @Autowired
    NominationManagement nominationManagement;

    @Autowired
    NominationQueries nominationQueries;

    @Autowired
    PersonManagement people;

    @Autowired
    CommitteeMembers committees;

    TestTree tree;
    Scope officer;
    Scope cellsec;
    Scope wardsec;

    @BeforeAll
    void tree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        cellsec = tree.scope("cellsec");
        wardsec = tree.scope("wardsec");
    }

    /** The evaluation module decides (or corrects) a member's rating of the year. */
    void rated(long personId, int year, Rating rating) {
        context.publishEvent(new RatingDecided(0, 0, year, Subject.MEMBER, personId, tree.cellA1, rating));
    }

    long movement(long organizationId, Scope as, int year, Rating minimum) {
        return movementManagement.createMovement(
                new CreateMovement(
                        organizationId,
                        "Phong trào thi đua " + year + " " + tree.tag + " " + System.nanoTime(),
                        null,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        minimum),
                as);
    }

    long nominate(long movement, long personId, int year, String form, String achievements) {
        return nominationManagement.nominate(
                new Nominate(movement, NomineeKind.INDIVIDUAL, null, personId, year, achievements, List.of(), form),
                cellsec);
    }

    long nominate(long movement, long personId, int year, String form) {
        return nominate(movement, personId, year, form, "Hướng dẫn tận tình hơn 300 lượt người dân làm thủ tục.");
    }

    void approve(long id, Scope as) {
        nominationManagement.review(new Review(id, ReviewAction.APPROVE_UPWARD, null, null), as);
    }

    DecisionView decide(long id) {
        return decisionManagement.decide(new Decide(List.of(id), null, null), officer);
    }

    static void refused(ThrowingCallable call, String rule, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(RuleBrokenException.class).satisfies(e -> {
            assertThat(((RuleBrokenException) e).rule()).isEqualTo(rule);
            assertThat(((RuleBrokenException) e).messageKey()).isEqualTo(messageKey);
        });
    }

    @Test
    @DisplayName(
            "A member lowered to KHTNV after the nomination is not commended (Luật 06/2022/QH15, Điều 6; re-checked"
                    + " at the decision)")
    void aMemberLoweredAfterNominationIsRefusedAtTheDecision_Luat06_2022() {
        int year = 2021;
        rated(tree.memberA1, year, Rating.GOOD);
        long id = nominate(movement(tree.city, officer, year, Rating.GOOD), tree.memberA1, year, GIAY_KHEN);
        approve(id, wardsec);
        assertThat(nominationQueries.nomination(id, officer).status()).isEqualTo(NominationStatus.AWAITING_DECISION);

        rated(tree.memberA1, year, Rating.NOT_COMPLETED);
        refused(() -> decide(id), "nominee.minimumRating", "recognition.rule.formMinimumRating");
        assertThatThrownBy(() -> decide(id))
                .extracting("args")
                .satisfies(args -> assertThat((Object[]) args).contains("KHTNV"));
        assertThat(nominationQueries.nomination(id, officer).status()).isEqualTo(NominationStatus.AWAITING_DECISION);
    }

    @Test
    @DisplayName("A cảnh cáo recorded after the nomination stops the review and the decision (Luật 06/2022/QH15)")
    void aWarningRecordedAfterNominationStopsReviewAndDecision_Luat06_2022() {
        int year = 2020;
        rated(tree.secretaryA1, year, Rating.GOOD);
        rated(tree.personA1, year, Rating.GOOD);
        long movement = movement(tree.city, officer, year, Rating.GOOD);
        long decided = nominate(movement, tree.secretaryA1, year, GIAY_KHEN);
        long reviewed = nominate(movement, tree.personA1, year, GIAY_KHEN);
        approve(decided, wardsec);

        people.recordDiscipline(
                new RecordDiscipline(
                        tree.secretaryA1,
                        DisciplineForm.WARNING,
                        LocalDate.of(year, 11, 20),
                        "Vi phạm quy chế",
                        "Chi bộ"),
                tree.system);
        people.recordDiscipline(
                new RecordDiscipline(
                        tree.personA1, DisciplineForm.WARNING, LocalDate.of(year, 11, 20), "Vi phạm quy chế", "Chi bộ"),
                tree.system);
        refused(() -> decide(decided), "nominee.disciplined", "recognition.rule.disciplined");
        refused(() -> approve(reviewed, wardsec), "nominee.disciplined", "recognition.rule.disciplined");
    }

    @Test
    @DisplayName(
            "A movement may tighten a form's minimum rating but never loosen it: the city's Bằng khen needs HTXSNV")
    void aMovementMayTightenButNeverLoosenTheFormsMinimum() {
        int year = 2019;
        long lenient = movement(tree.city, officer, year, Rating.NOT_COMPLETED);
        rated(tree.memberA1, year, Rating.GOOD);
        refused(
                () -> nominate(lenient, tree.memberA1, year, BANG_KHEN),
                "nominee.minimumRating",
                "recognition.rule.formMinimumRating");
        rated(tree.personA1, year, Rating.NOT_COMPLETED);
        refused(
                () -> nominate(lenient, tree.personA1, year, GIAY_KHEN),
                "nominee.minimumRating",
                "recognition.rule.formMinimumRating");

        rated(tree.secretaryA1, year, Rating.EXCELLENT);
        long strict = movement(tree.city, officer, year, Rating.EXCELLENT);
        rated(tree.memberA1, year, Rating.GOOD);
        refused(
                () -> nominate(strict, tree.memberA1, year, GIAY_KHEN),
                "nominee.minimumRating",
                "recognition.rule.minimumRating");
        assertThat(nominate(strict, tree.secretaryA1, year, BANG_KHEN)).isPositive();
    }

    @Test
    @DisplayName("One achievement is rewarded once, with one form, across movements and levels; the refusal names the"
            + " earlier decision (Luật 06/2022/QH15, Điều 6: không khen thưởng nhiều lần cho một thành tích)")
    void oneAchievementOnceAcrossMovementsNamesTheEarlierDecision_Luat06_2022() {
        int year = 2018;
        rated(tree.memberA1, year, Rating.GOOD);
        rated(tree.personA1, year, Rating.GOOD);
        String achievement = "Vận động 45 hộ dân hiến đất mở rộng hẻm " + tree.tag;
        long cityMovement = movement(tree.city, officer, year, Rating.GOOD);
        long wardMovement = movement(tree.wardA, wardsec, year, Rating.GOOD);

        long first = nominate(cityMovement, tree.memberA1, year, GIAY_KHEN, achievement);
        approve(first, wardsec);
        var decision = decide(first);
        assertThatThrownBy(() -> nominate(wardMovement, tree.memberA1, year, GIAY_KHEN, achievement))
                .isInstanceOf(RuleBrokenException.class)
                .satisfies(e -> assertThat(((RuleBrokenException) e).rule()).isEqualTo("achievement.once"))
                .extracting("args")
                .satisfies(args -> assertThat((Object[]) args)
                        .contains(
                                decision.symbol(),
                                decision.decidedOn()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));

        // nor may the same achievement be proposed again while a nomination of it is under way
        long one = nominate(cityMovement, tree.personA1, year, GIAY_KHEN, achievement);
        refused(
                () -> nominate(wardMovement, tree.personA1, year, GIAY_KHEN, achievement),
                "achievement.once",
                "recognition.rule.achievementProposed");
        assertThat(one).isPositive();
    }

    @Test
    @DisplayName("A cảnh cáo of a member of the collective's committee recorded after the nomination stops the"
            + " decision (Luật 06/2022/QH15; the leadership read from the committee's membership)")
    void aWarningOfTheCollectivesLeadershipStopsTheDecision_Luat06_2022() {
        int year = 2017;
        context.publishEvent(new RatingDecided(0, 0, year, Subject.COLLECTIVE, null, tree.cellA1, Rating.GOOD));
        committees.seat(
                new SeatMember(tree.cellA1, tree.memberA1, CommitteePosition.MEMBER, null, LocalDate.of(year, 1, 1)),
                tree.system);
        long id = nominationManagement.nominate(
                new Nominate(
                        movement(tree.city, officer, year, Rating.GOOD),
                        NomineeKind.COLLECTIVE,
                        tree.cellA1,
                        null,
                        year,
                        "Chi bộ lãnh đạo hoàn thành xuất sắc nhiệm vụ năm " + year,
                        List.of(),
                        GIAY_KHEN),
                cellsec);
        approve(id, wardsec);
        people.recordDiscipline(
                new RecordDiscipline(
                        tree.memberA1, DisciplineForm.WARNING, LocalDate.of(year, 10, 10), "Vi phạm quy chế", "Chi bộ"),
                tree.system);
        refused(() -> decide(id), "nominee.disciplined", "recognition.rule.leadershipDisciplined");
    }

    @Test
    @DisplayName("Editing the reference data cannot let a ward grant a city-level form nor lower a form's minimum"
            + " below the law's: Bằng khen is granted at the provincial level only (Luật 06/2022/QH15)")
    void editingReferenceDataCannotLetAWardGrantACityLevelForm_Luat06_2022() {
        var admin = tree.scope("admin");
        var form = recognition.awardForms().stream()
                .filter(f -> f.code().equals(BANG_KHEN))
                .findFirst()
                .orElseThrow();
        assertThat(form.category()).isEqualTo(AwardCategory.BANG_KHEN);
        assertThat(form.minimumRating()).isEqualTo(Rating.EXCELLENT);
        assertThat(form.source()).contains("06/2022/QH15");
        refused(
                () -> awardFormAdmin.updateAwardForm(
                        update(form, LevelClass.UPPER_GRASSROOTS, form.minimumRating()), admin),
                "award.grantingLevel",
                "recognition.rule.grantingLevel.BANG_KHEN");
        refused(
                () -> awardFormAdmin.updateAwardForm(update(form, LevelClass.PROVINCIAL, Rating.GOOD), admin),
                "award.minimumBelowLaw",
                "recognition.rule.minimumBelowLaw");
        refused(
                () -> awardFormAdmin.addAwardForm(
                        new AddAwardForm(
                                "BANG_KHEN_PHUONG_"
                                        + tree.tag
                                                .toUpperCase(java.util.Locale.ROOT)
                                                .replaceAll("[^A-Z0-9]", ""),
                                "Bằng khen của Đảng ủy phường",
                                "Certificate of merit of the ward",
                                AwardFormKind.BOTH,
                                AwardCategory.BANG_KHEN,
                                LevelClass.UPPER_GRASSROOTS,
                                Rating.EXCELLENT,
                                null,
                                "Không có căn cứ"),
                        admin),
                "award.grantingLevel",
                "recognition.rule.grantingLevel.BANG_KHEN");
        assertThat(recognition.awardForms().stream()
                        .filter(f -> f.code().equals(BANG_KHEN))
                        .findFirst()
                        .orElseThrow()
                        .entitledLevel())
                .isEqualTo(LevelClass.PROVINCIAL);
    }

    static UpdateAwardForm update(AwardFormView form, LevelClass level, Rating minimum) {
        return new UpdateAwardForm(
                form.code(),
                form.nameVi(),
                form.nameEn(),
                form.kind(),
                form.category(),
                level,
                minimum,
                form.conditions(),
                form.source(),
                form.active(),
                form.version());
    }
}
