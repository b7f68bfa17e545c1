package vn.lamtheobac.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lamtheobac.evaluation.EvaluationCommands.Decision;
import vn.lamtheobac.evaluation.EvaluationCommands.SelfAssessment;
import vn.lamtheobac.evaluation.EvaluationManagement;
import vn.lamtheobac.evaluation.EvaluationStatus;
import vn.lamtheobac.evaluation.EvaluationView;
import vn.lamtheobac.evaluation.Rating;
import vn.lamtheobac.evaluation.RuleBreach;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.recognition.DecisionManagement;
import vn.lamtheobac.recognition.MovementManagement;
import vn.lamtheobac.recognition.NominationManagement;
import vn.lamtheobac.recognition.NominationQueries;
import vn.lamtheobac.recognition.NominationStatus;
import vn.lamtheobac.recognition.NomineeKind;
import vn.lamtheobac.recognition.RecognitionCommands.CreateMovement;
import vn.lamtheobac.recognition.RecognitionCommands.Decide;
import vn.lamtheobac.recognition.RecognitionCommands.MarkExemplar;
import vn.lamtheobac.recognition.RecognitionCommands.Nominate;
import vn.lamtheobac.recognition.RecognitionCommands.Review;
import vn.lamtheobac.recognition.RecognitionManagement;
import vn.lamtheobac.recognition.ReviewAction;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * The emulation part of the demo: the city's movement “Dân vận khéo” for last year, with nominations from the ward
 * whose ratings for last year were decided (its party members, and a few of its organisations rated here) at every
 * stage — proposed, under review, returned, rejected, awaiting decision — and decided commendations: Giấy khen by the
 * ward's standing committee, Bằng khen by the city's, each batch under one decision number; one commended member is
 * presented as an exemplar with her recorded consent. Must run after the demo's evaluations.
 */
@Component
class DemoRecognition {

    static final String GIAY_KHEN = "GIAY_KHEN_CO_SO";
    static final String BANG_KHEN = "BANG_KHEN_THANH_UY";

    /** How far a nomination has come in the demo. */
    private enum Stage {
        PROPOSED,
        UNDER_REVIEW,
        RETURNED,
        REJECTED,
        AWAITING_DECISION,
        DECIDED
    }

    /** A nominee of the demo with the form proposed and the stage reached. */
    private record Plan(NomineeKind kind, long organizationId, Long personId, String form, Stage stage) {}

    private static final List<String> INDIVIDUAL_ACHIEVEMENTS = List.of(
            "Hoàn thành xuất sắc nhiệm vụ được giao; tích cực thực hiện mô hình “Dân vận khéo” trong giải quyết thủ tục"
                    + " hành chính, hướng dẫn tận tình hơn 300 lượt người dân, không để hồ sơ trễ hẹn.",
            "Gương mẫu đi đầu vận động nhân dân hiến đất mở rộng hẻm, chỉnh trang đô thị; vận động 45 hộ dân ký cam kết"
                    + " giữ gìn vệ sinh môi trường khu dân cư.",
            "Chủ động nắm tình hình dư luận, phối hợp giải quyết dứt điểm 12 ý kiến, kiến nghị của cử tri ngay tại cơ"
                    + " sở; không để phát sinh điểm nóng.",
            "Tích cực tham gia công tác an sinh xã hội, vận động 120 triệu đồng hỗ trợ xây dựng 2 căn nhà tình nghĩa"
                    + " cho hộ nghèo trên địa bàn.",
            "Ứng dụng chuyển đổi số trong sinh hoạt chi bộ; hướng dẫn 100% đảng viên của chi bộ sử dụng Sổ tay đảng"
                    + " viên điện tử.");

    private static final String COLLECTIVE_ACHIEVEMENT =
            "Lãnh đạo hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ năm; triển khai hiệu quả mô hình “Dân vận khéo”, 100%"
                    + " hồ sơ hành chính được giải quyết đúng hạn; không có đảng viên vi phạm kỷ luật.";

    private static final String CONSENT_NOTE =
            "Phiếu đồng ý công khai thông tin cá nhân có chữ ký của đảng viên, lưu tại chi bộ.";

    private final RecognitionManagement recognition;
    private final DecisionManagement decisionManagement;
    private final MovementManagement movementManagement;
    private final NominationManagement nominationManagement;
    private final NominationQueries nominationQueries;
    private final EvaluationManagement evaluations;
    private final OrganizationManagement organizations;
    private final PersonManagement people;

    DemoRecognition(
            RecognitionManagement recognition,
            DecisionManagement decisionManagement,
            MovementManagement movementManagement,
            NominationManagement nominationManagement,
            NominationQueries nominationQueries,
            EvaluationManagement evaluations,
            OrganizationManagement organizations,
            PersonManagement people) {
        this.recognition = recognition;
        this.decisionManagement = decisionManagement;
        this.movementManagement = movementManagement;
        this.nominationManagement = nominationManagement;
        this.nominationQueries = nominationQueries;
        this.evaluations = evaluations;
        this.organizations = organizations;
        this.people = people;
    }

    /** What was generated, for the start-up summary. */
    record Summary(int nominations, int commendations) {}

    /**
     * Generates the movement; the {@code spared} people (the demo's own member account) are left to the journeys,
     * which propose them themselves.
     */
    Summary generate(long rootId, Scope scope, long seed, LocalDate today, Set<Long> spared) {
        var random = new Random(seed + 6);
        int year = today.getYear() - 1;
        long ward = organizations
                .findByName(DemoProgramme.WARD, scope, Role.ADMIN)
                .get(0)
                .id();
        var round = evaluations.rounds(scope).stream()
                .filter(r -> r.organizationId() == ward && r.year() == year)
                .findFirst();
        if (round.isEmpty()) {
            return new Summary(0, 0);
        }
        long movement = movementManagement.createMovement(
                new CreateMovement(
                        rootId,
                        "Phong trào thi đua “Dân vận khéo” năm " + year,
                        "Cán bộ, đảng viên gần dân, hiểu dân, tin dân, trọng dân, có trách nhiệm với dân; có mô hình,"
                                + " cách làm sáng tạo trong công tác dân vận được nhân dân đồng tình; hoàn thành tốt"
                                + " nhiệm vụ được giao trở lên.",
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        Rating.GOOD),
                scope);

        var members = eligibleMembers(round.get().id(), ward, year, scope, spared);
        Collections.shuffle(members, random);
        var collectives = rateCollectives(round.get().id(), ward, scope, random);

        // each nominee is proposed for a form whose minimum rating they meet (CommendationRules): the city's Bằng khen
        // needs HTXSNV, the ward's Giấy khen HTTNV
        var plans = new ArrayList<Plan>();
        Stage[] individualStages = {
            Stage.DECIDED,
            Stage.DECIDED,
            Stage.DECIDED,
            Stage.DECIDED,
            Stage.AWAITING_DECISION,
            Stage.UNDER_REVIEW,
            Stage.PROPOSED,
            Stage.RETURNED,
            Stage.REJECTED
        };
        for (int i = 0; i < individualStages.length && i < members.size(); i++) {
            var m = members.get(i);
            plans.add(new Plan(
                    NomineeKind.INDIVIDUAL,
                    m.organizationId(),
                    m.personId(),
                    m.rating() == Rating.EXCELLENT ? BANG_KHEN : GIAY_KHEN,
                    individualStages[i]));
        }
        Stage[] collectiveStages = {Stage.DECIDED, Stage.DECIDED, Stage.AWAITING_DECISION};
        for (int i = 0; i < collectiveStages.length && i < collectives.size(); i++) {
            var c = collectives.get(i);
            plans.add(new Plan(
                    NomineeKind.COLLECTIVE,
                    c.organizationId(),
                    null,
                    c.rating() == Rating.EXCELLENT ? BANG_KHEN : GIAY_KHEN,
                    collectiveStages[i]));
        }

        var decidedByForm = Map.of(GIAY_KHEN, new ArrayList<Long>(), BANG_KHEN, new ArrayList<Long>());
        int nominated = 0;
        int text = 0;
        for (var plan : plans) {
            var linked =
                    nominationManagement
                            .initiativesOf(plan.kind(), plan.organizationId(), plan.personId(), scope)
                            .stream()
                            .limit(2)
                            .map(i -> i.id())
                            .toList();
            long id = nominationManagement.nominate(
                    new Nominate(
                            movement,
                            plan.kind(),
                            plan.organizationId(),
                            plan.personId(),
                            year,
                            plan.kind() == NomineeKind.COLLECTIVE
                                    ? COLLECTIVE_ACHIEVEMENT
                                    : INDIVIDUAL_ACHIEVEMENTS.get(text++ % INDIVIDUAL_ACHIEVEMENTS.size()),
                            linked,
                            plan.form()),
                    scope);
            nominated++;
            switch (plan.stage()) {
                case PROPOSED -> {}
                case UNDER_REVIEW -> approve(id, 1, scope);
                case RETURNED ->
                    review(
                            id,
                            ReviewAction.RETURN,
                            "Đề nghị bổ sung số liệu cụ thể về kết quả vận động nhân dân và ý kiến của chi bộ nơi"
                                    + " cư trú.",
                            scope);
                case REJECTED -> {
                    approve(id, 1, scope);
                    review(
                            id,
                            ReviewAction.REJECT,
                            "Thành tích chưa tiêu biểu so với các đề nghị khác của đơn vị; đề nghị xem xét ở đợt sau.",
                            scope);
                }
                case AWAITING_DECISION -> approveToDecision(id, scope);
                case DECIDED -> {
                    approveToDecision(id, scope);
                    decidedByForm.get(plan.form()).add(id);
                }
            }
        }

        // One decision of the ward's standing committee for the Giấy khen, one of the city's for the Bằng khen.
        var decidedOn = today.minusDays(2);
        int commended = 0;
        Long exemplar = null;
        for (var form : List.of(GIAY_KHEN, BANG_KHEN)) {
            var ids = decidedByForm.get(form);
            if (ids.isEmpty()) {
                continue;
            }
            // the demo decides a past year's commendations in any order: their dates are history, confirmed
            var decision = decisionManagement.decide(new Decide(ids, null, decidedOn, true), scope);
            commended += decision.commendationIds().size();
            if (form.equals(BANG_KHEN)) {
                exemplar = decision.commendationIds().stream()
                        .filter(c -> recognition.commendation(c, scope).individual())
                        .findFirst()
                        .orElse(null);
            }
        }
        if (exemplar != null) {
            recognition.markExemplar(
                    new MarkExemplar(
                            exemplar,
                            today.minusDays(1),
                            CONSENT_NOTE,
                            recognition.commendation(exemplar, scope).version()),
                    scope);
        }
        return new Summary(nominated, commended);
    }

    /** A ward member whose rating for the year was decided at HTTNV or better and who was not disciplined. */
    private record Eligible(long personId, long organizationId, Rating rating) {}

    /** An organisation rated HTTNV or better. */
    private record Rated(long organizationId, Rating rating) {}

    private List<Eligible> eligibleMembers(long roundId, long ward, int year, Scope scope, Set<Long> spared) {
        var decided = evaluations.members(roundId, ward, scope).stream()
                .filter(e -> e.decidedRating() == Rating.EXCELLENT || e.decidedRating() == Rating.GOOD)
                .toList();
        var disciplined = people.disciplinedIn(
                        decided.stream().map(EvaluationView::personId).toList(), year)
                .keySet();
        var eligible = new ArrayList<Eligible>();
        // members of cells under a grassroots committee first: their nominations pass every level of review
        for (var level : List.of(LevelClass.CELL, LevelClass.GRASSROOTS)) {
            for (var e : decided) {
                if (!disciplined.contains(e.personId())
                        && !spared.contains(e.personId())
                        && organizations.get(e.organizationId(), scope).type().levelClass() == level) {
                    eligible.add(new Eligible(e.personId(), e.organizationId(), e.decidedRating()));
                }
            }
        }
        return eligible;
    }

    /**
     * A few of the ward's organisations self-assess and are rated for the year with the best rating the rules allow,
     * so that collectives can be proposed too. Returns those rated HTTNV or better.
     */
    private List<Rated> rateCollectives(long roundId, long ward, Scope scope, Random random) {
        var collectives = new ArrayList<>(evaluations.collectives(roundId, ward, scope).stream()
                .filter(e -> e.status() != EvaluationStatus.DECIDED)
                .filter(e -> organizations.get(e.organizationId(), scope).type().levelClass() == LevelClass.CELL)
                .toList());
        Collections.shuffle(collectives, random);
        var rated = new ArrayList<Rated>();
        for (var e : collectives.subList(0, Math.min(4, collectives.size()))) {
            evaluations.selfAssess(
                    new SelfAssessment(
                            e.id(),
                            BigDecimal.valueOf(100),
                            BigDecimal.valueOf(27 + random.nextInt(4)),
                            BigDecimal.valueOf(62 + random.nextInt(9)),
                            BigDecimal.valueOf(30 + random.nextInt(20)),
                            BigDecimal.ZERO,
                            null,
                            null,
                            evaluations.get(e.id(), scope).version()),
                    scope);
            var rating = best(evaluations.choices(e.id(), scope));
            evaluations.decide(
                    new Decision(
                            e.id(), rating, null, evaluations.get(e.id(), scope).version()),
                    scope);
            if (rating == Rating.EXCELLENT || rating == Rating.GOOD) {
                rated.add(new Rated(e.organizationId(), rating));
            }
        }
        return rated;
    }

    private void approve(long id, int times, Scope scope) {
        for (int i = 0; i < times; i++) {
            if (nominationQueries.nomination(id, scope).status() == NominationStatus.AWAITING_DECISION) {
                return;
            }
            review(id, ReviewAction.APPROVE_UPWARD, null, scope);
        }
    }

    private void approveToDecision(long id, Scope scope) {
        approve(id, 5, scope);
    }

    private void review(long id, ReviewAction action, String reason, Scope scope) {
        nominationManagement.review(new Review(id, action, reason, null), scope);
    }

    /** The best rating the rules allow now. */
    private static Rating best(Map<Rating, List<RuleBreach>> choices) {
        for (var rating : Rating.values()) {
            if (choices.get(rating).isEmpty()) {
                return rating;
            }
        }
        return Rating.NOT_COMPLETED;
    }
}
