package vn.lamtheobac.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import vn.lamtheobac.initiative.Effectiveness;
import vn.lamtheobac.initiative.InitiativeCommands.AdoptGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.CompleteInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.EvaluateInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.PhotoUpload;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.RecordConsent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.initiative.InitiativeKind;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.organization.OrganizationView;
import vn.lamtheobac.people.PeopleQuery;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/**
 * The models-and-actions part of the demo: about forty initiatives of committees, cells and party members in every
 * state — registered, in progress with their updates (a few with photos), completed, evaluated effective or not by the
 * city committee — three recognised as good models, two of them replicated by other cells, and one member's action
 * published on the portal with the member's recorded consent. Dates are relative to {@code today} and never after it.
 */
@Component
class DemoInitiatives {

    /** How far an initiative has come in the demo. */
    private enum Stage {
        REGISTERED,
        STARTED,
        REPORTED,
        COMPLETED,
        NOT_EFFECTIVE,
        EFFECTIVE,
        GOOD_MODEL
    }

    private static final List<Stage> COLLECTIVE_STAGES = stages(
            Stage.GOOD_MODEL, 3,
            Stage.EFFECTIVE, 5,
            Stage.NOT_EFFECTIVE, 3,
            Stage.COMPLETED, 6,
            Stage.REPORTED, 12,
            Stage.STARTED, 1,
            Stage.REGISTERED, 4);

    private static final List<String> COLLECTIVE_NARRATIVES = List.of(
            "Chi ủy họp bàn, xây dựng kế hoạch và phân công đảng viên phụ trách từng phần việc; tổ chức ra quân thực"
                    + " hiện.",
            "Phối hợp với Mặt trận Tổ quốc và các đoàn thể vận động nhân dân cùng tham gia; kết quả bước đầu được nhân"
                    + " dân đồng tình, ủng hộ.",
            "Sơ kết giai đoạn, rút kinh nghiệm cách làm; bổ sung nguồn lực để hoàn thành chỉ tiêu đã đăng ký.",
            "Tiếp tục duy trì thường xuyên; cập nhật số liệu và hình ảnh minh chứng sau mỗi đợt thực hiện.");

    private static final List<String> INDIVIDUAL_NARRATIVES = List.of(
            "Xây dựng kế hoạch cá nhân, báo cáo chi bộ trong kỳ sinh hoạt thường kỳ.",
            "Thực hiện đều đặn hằng tháng; được nhân dân và đồng nghiệp ghi nhận.",
            "Kết hợp vận động người thân, hàng xóm cùng tham gia.");

    private static final String EFFECTIVE_REMARKS = "Mô hình được triển khai bài bản, đạt và vượt chỉ tiêu đăng ký;"
            + " cách làm thiết thực, được nhân dân đồng tình, có khả năng nhân rộng.";
    private static final String NOT_EFFECTIVE_REMARKS = "Chưa đạt chỉ tiêu đăng ký; cách triển khai còn hình thức, chưa"
            + " huy động được sự tham gia của nhân dân. Đề nghị rút kinh nghiệm trong năm tiếp theo.";
    private static final String CONSENT_NOTE = "Đảng viên ký phiếu đồng ý cho phép giới thiệu họ tên, hành động và hình"
            + " ảnh trên Cổng thông tin điện tử (phiếu lưu tại chi bộ).";

    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final ProgrammeManagement programmes;
    private final InitiativeManagement initiatives;

    DemoInitiatives(
            OrganizationManagement organizations,
            PersonManagement people,
            ProgrammeManagement programmes,
            InitiativeManagement initiatives) {
        this.organizations = organizations;
        this.people = people;
        this.programmes = programmes;
        this.initiatives = initiatives;
    }

    /** What was generated, for the start-up summary. */
    record Summary(int initiatives) {}

    Summary generate(long rootId, Scope scope, long seed, LocalDate today) {
        var random = new Random(seed + 2);
        var committees = new ArrayList<OrganizationView>();
        var cells = new ArrayList<OrganizationView>();
        for (var upper : active(organizations.children(rootId, scope))) {
            committees.add(upper);
            for (var unit : active(organizations.children(upper.id(), scope))) {
                if (unit.childCount() > 0) {
                    committees.add(unit);
                    cells.addAll(active(organizations.children(unit.id(), scope)));
                } else {
                    cells.add(unit);
                }
            }
        }
        Collections.shuffle(committees, random);
        Collections.shuffle(cells, random);
        var models = new ArrayList<>(DemoModels.COLLECTIVE);
        Collections.shuffle(models, random);

        int created = 0;
        int photos = 0;
        var goodModels = new ArrayList<Long>();
        for (int k = 0; k < COLLECTIVE_STAGES.size(); k++) {
            var stage = COLLECTIVE_STAGES.get(k);
            var owner = (k % 3 == 0 && !committees.isEmpty()) || cells.isEmpty()
                    ? committees.get((k / 3) % committees.size())
                    : cells.get(k % cells.size());
            var model = models.get(k % models.size());
            boolean withPhoto = photos < 8 && stage != Stage.REGISTERED && stage != Stage.STARTED;
            long id = carryOut(
                    InitiativeKind.COLLECTIVE, owner.id(), null, model, stage, withPhoto, random, today, scope);
            photos += withPhoto ? 1 : 0;
            created++;
            if (stage == Stage.GOOD_MODEL) {
                goodModels.add(id);
            }
        }

        // Two cells take up the first two good models; one has already reported its first results.
        int adopter = cells.size() - 1;
        for (int g = 0; g < Math.min(2, goodModels.size()); g++) {
            long source = goodModels.get(g);
            long sourceOwner = initiatives.get(source, scope).organizationId();
            while (adopter > 0 && cells.get(adopter).id() == sourceOwner) {
                adopter--;
            }
            long replica = initiatives.adopt(
                    new AdoptGoodModel(
                            source,
                            cells.get(adopter).id(),
                            today.getYear(),
                            today.minusDays(random.nextInt(10)),
                            LocalDate.of(today.getYear(), 12, 31)),
                    scope);
            adopter--;
            created++;
            if (g == 1) {
                var startsOn = initiatives.get(replica, scope).startsOn();
                report(
                        replica,
                        startsOn.plusDays(ChronoUnit.DAYS.between(startsOn, today) / 2),
                        0.3,
                        false,
                        random,
                        COLLECTIVE_NARRATIVES.get(0),
                        scope);
            }
        }

        // Members' own actions: the first one evaluated effective, consented to and published on the portal.
        List<Stage> individualStages = List.of(Stage.EFFECTIVE, Stage.REPORTED, Stage.COMPLETED, Stage.REGISTERED);
        for (int k = 0; k < DemoModels.INDIVIDUAL.size() && k < individualStages.size() && k < cells.size(); k++) {
            var members = people.list(
                            new PeopleQuery(
                                    null,
                                    cells.get(k).id(),
                                    PersonCategory.PARTY_MEMBER_OFFICIAL,
                                    new PageRequest(0, 5)),
                            scope)
                    .content();
            if (members.isEmpty()) {
                continue;
            }
            var member = members.get(random.nextInt(members.size()));
            long id = carryOut(
                    InitiativeKind.INDIVIDUAL,
                    member.organizationId(),
                    member.id(),
                    DemoModels.INDIVIDUAL.get(k),
                    individualStages.get(k),
                    false,
                    random,
                    today,
                    scope);
            created++;
            if (k == 0) {
                initiatives.recordConsent(
                        new RecordConsent(id, today.minusDays(2), CONSENT_NOTE, version(id, scope)), scope);
                initiatives.publish(new PublishInitiative(id, version(id, scope)), scope);
            }
        }
        return new Summary(created);
    }

    /** Registers an initiative and takes it to {@code stage}: updates, completion, evaluation, recognition. */
    private long carryOut(
            InitiativeKind kind,
            long organizationId,
            Long personId,
            DemoModels.Model model,
            Stage stage,
            boolean withPhoto,
            Random random,
            LocalDate today,
            Scope scope) {
        LocalDate startsOn = switch (stage) {
            case REGISTERED -> today.plusDays(random.nextInt(21) - 10);
            case STARTED -> today.minusDays(3 + random.nextInt(10));
            case REPORTED -> today.minusDays(30 + random.nextInt(120));
            default -> today.minusDays(150 + random.nextInt(150));
        };
        int year = startsOn.getYear();
        boolean finished = stage.compareTo(Stage.COMPLETED) >= 0;
        int endYear = Math.max(year, today.getYear()) + (random.nextInt(5) == 0 ? 1 : 0);
        LocalDate endsOn = LocalDate.of(endYear, 12, 31);
        var themes = programmes.themesFor(organizationId, year).stream()
                .filter(t -> t.kind() == ThemeKind.ANNUAL)
                .toList();
        Long themeId = themes.isEmpty() || random.nextInt(5) == 0
                ? null
                : themes.get(themes.size() - 1).id();
        long id = initiatives.register(
                new RegisterInitiative(
                        kind,
                        organizationId,
                        personId,
                        new InitiativeContent(
                                model.field(),
                                themeId,
                                year,
                                model.title(),
                                model.description(),
                                startsOn,
                                endsOn,
                                model.indicators())),
                scope);
        if (stage == Stage.REGISTERED) {
            return id;
        }
        if (stage == Stage.STARTED) {
            initiatives.start(new StartInitiative(id, version(id, scope)), scope);
            return id;
        }

        var narratives = kind == InitiativeKind.INDIVIDUAL ? INDIVIDUAL_NARRATIVES : COLLECTIVE_NARRATIVES;
        int updates = stage == Stage.REPORTED ? 1 + random.nextInt(3) : 2 + random.nextInt(2);
        double reached = switch (stage) {
            case REPORTED -> 0.2 + random.nextDouble() * 0.6;
            case COMPLETED -> 0.85 + random.nextDouble() * 0.25;
            case NOT_EFFECTIVE -> 0.4 + random.nextDouble() * 0.3;
            default -> 0.98 + random.nextDouble() * 0.22;
        };
        long span = Math.max(1, ChronoUnit.DAYS.between(startsOn, today));
        int slots = finished ? updates + 2 : updates + 1;
        for (int u = 1; u <= updates; u++) {
            report(
                    id,
                    startsOn.plusDays(span * u / slots),
                    reached * u / updates,
                    withPhoto && u == updates,
                    random,
                    narratives.get((u - 1) % narratives.size()),
                    scope);
        }
        if (!finished) {
            return id;
        }
        initiatives.complete(
                new CompleteInitiative(id, startsOn.plusDays(span * (updates + 1) / slots), version(id, scope)), scope);
        if (stage == Stage.COMPLETED) {
            return id;
        }
        boolean effective = stage != Stage.NOT_EFFECTIVE;
        initiatives.evaluate(
                new EvaluateInitiative(
                        id,
                        effective ? Effectiveness.EFFECTIVE : Effectiveness.NOT_EFFECTIVE,
                        effective ? EFFECTIVE_REMARKS : NOT_EFFECTIVE_REMARKS,
                        version(id, scope)),
                scope);
        if (stage == Stage.GOOD_MODEL) {
            initiatives.recognise(new RecogniseGoodModel(id, null, today, version(id, scope)), scope);
            initiatives.publish(new PublishInitiative(id, version(id, scope)), scope);
        }
        return id;
    }

    /** One progress update: every indicator at {@code share} of its target (a percentage never above 100). */
    private void report(
            long id, LocalDate on, double share, boolean withPhoto, Random random, String narrative, Scope scope) {
        var values = new ArrayList<IndicatorValue>();
        for (var indicator : initiatives.get(id, scope).indicators()) {
            double raw = indicator.target().doubleValue() * share * (0.9 + random.nextDouble() * 0.2);
            if ("%".equals(indicator.unit())) {
                raw = Math.min(raw, 100);
            }
            int scale = indicator.target().scale() > 0 ? 1 : 0;
            values.add(
                    new IndicatorValue(indicator.id(), BigDecimal.valueOf(raw).setScale(scale, RoundingMode.HALF_UP)));
        }
        List<PhotoUpload> photos =
                withPhoto ? List.of(new PhotoUpload("anh-hoat-dong-" + id + ".png", photo(random))) : List.of();
        initiatives.reportProgress(new ReportProgress(id, on, values, narrative), photos, scope);
    }

    private int version(long id, Scope scope) {
        return initiatives.get(id, scope).version();
    }

    /** A small generated picture standing in for a photo of the activity (a PNG, as a phone would upload). */
    private static byte[] photo(Random random) {
        var image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            var ground = new Color(40 + random.nextInt(60), 120 + random.nextInt(80), 50 + random.nextInt(50));
            graphics.setPaint(new GradientPaint(0, 0, new Color(190, 225, 250), 0, 320, ground));
            graphics.fillRect(0, 0, 480, 320);
            for (int k = 0; k < 7; k++) {
                graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
                int width = 30 + random.nextInt(70);
                graphics.fillRoundRect(random.nextInt(430), 150 + random.nextInt(130), width, width / 2 + 24, 12, 12);
            }
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<OrganizationView> active(List<OrganizationView> organizations) {
        return organizations.stream().filter(OrganizationView::active).toList();
    }

    private static List<Stage> stages(Object... stageAndCount) {
        var stages = new ArrayList<Stage>();
        for (int i = 0; i < stageAndCount.length; i += 2) {
            stages.addAll(Collections.nCopies((Integer) stageAndCount[i + 1], (Stage) stageAndCount[i]));
        }
        return List.copyOf(stages);
    }
}
