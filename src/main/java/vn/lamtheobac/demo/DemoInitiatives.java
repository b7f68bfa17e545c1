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
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorInput;
import vn.lamtheobac.initiative.InitiativeCommands.IndicatorValue;
import vn.lamtheobac.initiative.InitiativeCommands.InitiativeContent;
import vn.lamtheobac.initiative.InitiativeCommands.PhotoUpload;
import vn.lamtheobac.initiative.InitiativeCommands.PublishInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.RecogniseGoodModel;
import vn.lamtheobac.initiative.InitiativeCommands.RecordConsent;
import vn.lamtheobac.initiative.InitiativeCommands.RegisterInitiative;
import vn.lamtheobac.initiative.InitiativeCommands.ReportProgress;
import vn.lamtheobac.initiative.InitiativeCommands.StartInitiative;
import vn.lamtheobac.initiative.InitiativeField;
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

    /** What a unit or a member registers: the title, field, what they will do and the goals. */
    private record Model(String title, InitiativeField field, String description, List<IndicatorInput> indicators) {}

    private static final List<Model> COLLECTIVE = List.of(
            model(
                    "Mô hình “Dân vận khéo” trong giải quyết thủ tục hành chính",
                    InitiativeField.ADMINISTRATIVE_REFORM,
                    "Cán bộ, công chức tại Bộ phận một cửa chủ động hướng dẫn, giải quyết hồ sơ đúng và trước hẹn;"
                            + " lắng nghe, tiếp thu ý kiến của người dân; không để xảy ra tình trạng hồ sơ trễ hẹn.",
                    indicator("Hồ sơ được giải quyết đúng và trước hẹn", "98", "%"),
                    indicator("Lượt người dân được hướng dẫn tận tình", "1500", "lượt")),
            model(
                    "Số hóa hồ sơ đảng viên tại chi bộ",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Chi bộ rà soát, số hóa toàn bộ hồ sơ đảng viên; hướng dẫn đảng viên cài đặt và sử dụng ứng dụng"
                            + " Sổ tay đảng viên điện tử trong sinh hoạt chi bộ.",
                    indicator("Hồ sơ đảng viên được số hóa", "120", "hồ sơ"),
                    indicator("Đảng viên sử dụng Sổ tay đảng viên điện tử", "100", "%")),
            model(
                    "Tuyến đường xanh – sạch – đẹp",
                    InitiativeField.ENVIRONMENT,
                    "Vận động nhân dân hiến đất, góp công trồng cây xanh, chỉnh trang hàng rào, lắp đèn chiếu sáng và"
                            + " giữ gìn vệ sinh trên các tuyến đường của khu vực.",
                    indicator("Tuyến đường được trồng cây xanh, chỉnh trang", "3.5", "km"),
                    indicator("Hộ dân ký cam kết giữ gìn vệ sinh", "250", "hộ")),
            model(
                    "Ngày thứ Bảy tình nguyện",
                    InitiativeField.ENVIRONMENT,
                    "Sáng thứ Bảy hằng tuần, đảng viên cùng đoàn viên, hội viên ra quân dọn vệ sinh, khơi thông cống"
                            + " rãnh, phát quang bụi rậm và giúp đỡ gia đình chính sách.",
                    indicator("Buổi ra quân", "24", "buổi"),
                    indicator("Lượt đoàn viên, hội viên tham gia", "600", "lượt")),
            model(
                    "Bữa cơm yêu thương cho bệnh nhân nghèo",
                    InitiativeField.SOCIAL_WELFARE,
                    "Phối hợp với các nhà hảo tâm nấu và phát cơm miễn phí cho bệnh nhân nghèo và người nhà đang điều"
                            + " trị tại bệnh viện vào trưa thứ Hai, thứ Tư, thứ Sáu hằng tuần.",
                    indicator("Suất ăn miễn phí", "5000", "suất ăn"),
                    indicator("Nhà hảo tâm đồng hành", "20", "đơn vị")),
            model(
                    "Camera an ninh khu phố",
                    InitiativeField.SECURITY_ORDER,
                    "Vận động nhân dân đóng góp lắp đặt camera giám sát tại các tuyến hẻm, kết nối với Công an phường"
                            + " để phòng ngừa, phát hiện tội phạm và vi phạm trật tự đô thị.",
                    indicator("Camera được lắp đặt", "40", "camera"),
                    indicator("Tuyến hẻm được giám sát", "12", "tuyến")),
            model(
                    "Tổ tự quản “Khu phố không rác”",
                    InitiativeField.ENVIRONMENT,
                    "Thành lập tổ tự quản, hướng dẫn hộ dân phân loại rác tại nguồn, xóa các điểm tập kết rác tự phát.",
                    indicator("Hộ dân phân loại rác tại nguồn", "300", "hộ"),
                    indicator("Điểm tập kết rác tự phát được xóa bỏ", "8", "điểm")),
            model(
                    "Chợ thanh toán không dùng tiền mặt",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Phối hợp với ngân hàng hướng dẫn tiểu thương mở tài khoản, niêm yết mã QR và nhận thanh toán điện"
                            + " tử.",
                    indicator("Tiểu thương sử dụng mã QR", "150", "tiểu thương"),
                    indicator("Tỷ lệ giao dịch không dùng tiền mặt", "40", "%")),
            model(
                    "Tiết kiệm điện, nước, văn phòng phẩm tại cơ quan",
                    InitiativeField.THRIFT_ANTI_WASTE,
                    "Tắt thiết bị khi không sử dụng, xử lý văn bản trên môi trường mạng, hạn chế in ấn; công khai mức"
                            + " tiêu thụ hằng tháng.",
                    indicator("Mức giảm chi phí điện năng so với năm trước", "10", "%"),
                    indicator("Văn bản được xử lý trên môi trường mạng", "95", "%")),
            model(
                    "Mỗi cán bộ, đảng viên một việc làm theo Bác",
                    InitiativeField.PUBLIC_SERVICE_ETHICS,
                    "Mỗi đảng viên đăng ký ít nhất một việc làm cụ thể gắn với chức trách, nhiệm vụ; chi bộ kiểm tra,"
                            + " đánh giá trong kỳ sinh hoạt hằng tháng.",
                    indicator("Đảng viên đăng ký việc làm cụ thể", "100", "%"),
                    indicator("Việc làm được đánh giá hoàn thành", "90", "%")),
            model(
                    "Hỗ trợ sinh kế cho hộ cận nghèo",
                    InitiativeField.ECONOMIC_DEVELOPMENT,
                    "Đảng viên nhận đỡ đầu hộ cận nghèo; hỗ trợ vốn, cây giống, con giống và hướng dẫn cách làm ăn.",
                    indicator("Hộ được hỗ trợ vốn, cây giống, con giống", "30", "hộ"),
                    indicator("Hộ thoát cận nghèo", "15", "hộ")),
            model(
                    "Vườn rau an toàn của đảng viên",
                    InitiativeField.ECONOMIC_DEVELOPMENT,
                    "Đảng viên đi đầu chuyển đổi sang trồng rau an toàn theo tiêu chuẩn VietGAP, liên kết tiêu thụ với"
                            + " bếp ăn các trường học.",
                    indicator("Diện tích canh tác", "5", "ha"),
                    indicator("Hộ tham gia", "40", "hộ")),
            model(
                    "Mái ấm tình thương cho hộ khó khăn về nhà ở",
                    InitiativeField.SOCIAL_WELFARE,
                    "Vận động cán bộ, đảng viên và doanh nghiệp đóng góp xây mới, sửa chữa nhà cho hộ nghèo, gia đình"
                            + " chính sách.",
                    indicator("Căn nhà được xây mới, sửa chữa", "6", "căn"),
                    indicator("Kinh phí vận động", "300", "triệu đồng")),
            model(
                    "Tủ sách pháp luật và tư tưởng Hồ Chí Minh tại khu dân cư",
                    InitiativeField.OTHER,
                    "Xây dựng tủ sách tại nhà văn hóa khu vực; tổ chức đọc sách, kể chuyện về Bác cho thiếu nhi vào"
                            + " cuối tuần.",
                    indicator("Đầu sách", "500", "cuốn"),
                    indicator("Lượt bạn đọc", "1200", "lượt")),
            model(
                    "Khu phố an toàn về an ninh trật tự và phòng cháy, chữa cháy",
                    InitiativeField.SECURITY_ORDER,
                    "Thành lập tổ liên gia an toàn phòng cháy, chữa cháy; vận động hộ dân trang bị bình chữa cháy và"
                            + " lối thoát nạn thứ hai.",
                    indicator("Tổ liên gia an toàn phòng cháy, chữa cháy", "15", "tổ"),
                    indicator("Bình chữa cháy trang bị tại hộ dân", "200", "bình")),
            model(
                    "Một cửa thân thiện – trả kết quả tại nhà",
                    InitiativeField.ADMINISTRATIVE_REFORM,
                    "Trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích; khảo sát sự hài lòng của"
                            + " người dân sau mỗi giao dịch.",
                    indicator("Hồ sơ trả kết quả qua dịch vụ bưu chính", "800", "hồ sơ"),
                    indicator("Mức độ hài lòng của người dân", "95", "%")),
            model(
                    "Bình dân học vụ số",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt VNeID, sử dụng dịch vụ công trực tuyến và"
                            + " thanh toán điện tử.",
                    indicator("Người dân được hướng dẫn kỹ năng số", "2000", "người"),
                    indicator("Tài khoản định danh điện tử mức 2 được kích hoạt", "1500", "tài khoản")),
            model(
                    "Nụ cười thân thiện, phục vụ tận tình",
                    InitiativeField.PUBLIC_SERVICE_ETHICS,
                    "Thực hiện quy tắc ứng xử “4 xin, 4 luôn”; tiếp nhận, phản hồi ý kiến của người dân qua đường dây"
                            + " nóng và hòm thư góp ý.",
                    indicator("Ý kiến của người dân được phản hồi đúng hạn", "100", "%"),
                    indicator("Tỷ lệ người dân hài lòng", "95", "%")),
            model(
                    "Chợ văn minh, nói không với túi ni-lông",
                    InitiativeField.ENVIRONMENT,
                    "Vận động tiểu thương sử dụng túi giấy, lá chuối; đặt điểm đổi chai nhựa lấy cây xanh tại chợ.",
                    indicator("Tiểu thương cam kết không dùng túi ni-lông", "120", "tiểu thương"),
                    indicator("Túi ni-lông được thay thế", "20000", "túi")));

    private static final List<Model> INDIVIDUAL = List.of(
            model(
                    "Hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Vào tối thứ Năm hằng tuần, hướng dẫn người cao tuổi trong tổ dân phố nộp hồ sơ trực tuyến và sử"
                            + " dụng ứng dụng VNeID.",
                    indicator("Lượt người được hướng dẫn", "100", "lượt")),
            model(
                    "Mỗi tháng một phần quà cho hộ nghèo trong tổ dân phố",
                    InitiativeField.SOCIAL_WELFARE,
                    "Trích một phần thu nhập hằng tháng mua gạo, nhu yếu phẩm tặng hộ nghèo, người già neo đơn.",
                    indicator("Phần quà được trao", "12", "phần")),
            model(
                    "Gương mẫu phân loại rác tại nguồn và vận động hộ lân cận cùng thực hiện",
                    InitiativeField.ENVIRONMENT,
                    "Gia đình thực hiện phân loại rác; vận động các hộ xung quanh cùng làm, ủ rác hữu cơ làm phân bón.",
                    indicator("Hộ được vận động tham gia", "20", "hộ")),
            model(
                    "Tự học và chia sẻ kỹ năng chuyển đổi số cho đồng nghiệp",
                    InitiativeField.DIGITAL_TRANSFORMATION,
                    "Tự học khai thác phần mềm quản lý văn bản, chữ ký số; tổ chức các buổi chia sẻ cho đồng nghiệp.",
                    indicator("Buổi chia sẻ", "10", "buổi"),
                    indicator("Đồng nghiệp tham gia", "30", "người")));

    /** The collective initiatives' stages, in the order they are generated. */
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
        var models = new ArrayList<>(COLLECTIVE);
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
        for (int k = 0; k < INDIVIDUAL.size() && k < individualStages.size() && k < cells.size(); k++) {
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
                    INDIVIDUAL.get(k),
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
            Model model,
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

    private static Model model(String title, InitiativeField field, String description, IndicatorInput... indicators) {
        return new Model(title, field, description, List.of(indicators));
    }

    private static IndicatorInput indicator(String name, String target, String unit) {
        return new IndicatorInput(name, new BigDecimal(target), unit);
    }

    private static List<Stage> stages(Object... stageAndCount) {
        var stages = new ArrayList<Stage>();
        for (int i = 0; i < stageAndCount.length; i += 2) {
            stages.addAll(Collections.nCopies((Integer) stageAndCount[i + 1], (Stage) stageAndCount[i]));
        }
        return List.copyOf(stages);
    }
}
