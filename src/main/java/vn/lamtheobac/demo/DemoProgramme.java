package vn.lamtheobac.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.lamtheobac.directive.Attendance;
import vn.lamtheobac.directive.DirectiveCommands.DirectiveContent;
import vn.lamtheobac.directive.DirectiveCommands.DraftDirective;
import vn.lamtheobac.directive.DirectiveCommands.IssueDirective;
import vn.lamtheobac.directive.DirectiveCommands.RecordDissemination;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.directive.DirectiveTracking;
import vn.lamtheobac.directive.DisseminationForm;
import vn.lamtheobac.directive.DisseminationManagement;
import vn.lamtheobac.directive.TargetMode;
import vn.lamtheobac.organization.OrganizationCommands.UpdateOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.programme.ProgrammeCommands.AddTheme;
import vn.lamtheobac.programme.ProgrammeCommands.CreateProgramme;
import vn.lamtheobac.programme.ProgrammeManagement;
import vn.lamtheobac.programme.ThemeKind;
import vn.lamtheobac.shared.Scope;

/**
 * The programme part of the demo: the committees' letterheads, the Kết luận 01-KL/TW programme with its whole-term
 * and annual themes (one ward adds its own), and directives in every state, with dissemination partly done: some
 * targets on time, some late, some overdue, some not yet due.
 */
@Component
class DemoProgramme {

    static final String WARD = "Đảng bộ phường Ninh Kiều";
    /** The cell of the demo secretary: left with its ward's plan still to disseminate, so its inbox has work. */
    static final String PENDING_CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";

    private final OrganizationManagement organizations;
    private final ProgrammeManagement programmes;
    private final DirectiveManagement directives;
    private final DirectiveTracking tracking;
    private final DisseminationManagement disseminations;

    DemoProgramme(
            OrganizationManagement organizations,
            ProgrammeManagement programmes,
            DirectiveManagement directives,
            DirectiveTracking tracking,
            DisseminationManagement disseminations) {
        this.organizations = organizations;
        this.programmes = programmes;
        this.directives = directives;
        this.tracking = tracking;
        this.disseminations = disseminations;
    }

    /** What was generated, for the start-up summary. */
    record Summary(int themes, int directives, int sessions) {}

    Summary generate(long rootId, Scope scope, long seed, LocalDate today) {
        var random = new Random(seed + 1);
        var root = organizations.get(rootId, scope);
        organizations.update(
                new UpdateOrganization(rootId, root.name(), "TU", "Thành ủy Cần Thơ", "Cần Thơ", root.version()),
                scope);
        var uppers = organizations.children(rootId, scope);
        for (var upper : uppers) {
            String committee = upper.name().replaceFirst("^Đảng bộ ", "Đảng ủy ");
            organizations.update(
                    new UpdateOrganization(upper.id(), upper.name(), "ĐU", committee, null, upper.version()), scope);
        }
        long ward = uppers.stream()
                .filter(o -> o.name().equals(WARD))
                .findFirst()
                .orElseThrow()
                .id();

        int year = today.getYear();
        long programme = programmes.create(
                new CreateProgramme(
                        rootId,
                        "Chương trình thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, nhiệm kỳ 2025–2030",
                        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW",
                        "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với xây dựng, chỉnh đốn Đảng"
                                + " và hệ thống chính trị trong sạch, vững mạnh; làm cho việc học tập và làm theo Bác trở thành"
                                + " việc làm tự giác, thường xuyên của mỗi cán bộ, đảng viên.",
                        2025,
                        2030),
                scope);
        programmes.addTheme(
                new AddTheme(
                        programme,
                        rootId,
                        ThemeKind.WHOLE_TERM,
                        null,
                        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng"
                                + " phát triển đất nước phồn vinh, hạnh phúc",
                        null,
                        null),
                scope);
        long lastYearTheme = programmes.addTheme(
                new AddTheme(
                        programme,
                        rootId,
                        ThemeKind.ANNUAL,
                        year - 1,
                        "Học tập và làm theo Bác về xây dựng tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
                        null,
                        null),
                scope);
        long theme = programmes.addTheme(
                new AddTheme(
                        programme,
                        rootId,
                        ThemeKind.ANNUAL,
                        year,
                        "Học tập và làm theo Bác về phong cách gần dân, trọng dân, vì dân trong vận hành chính quyền địa phương"
                                + " hai cấp",
                        null,
                        null),
                scope);
        programmes.addTheme(
                new AddTheme(
                        programme,
                        ward,
                        ThemeKind.ANNUAL,
                        year,
                        "Cán bộ, đảng viên phường Ninh Kiều gần dân, trọng dân, giải quyết thủ tục hành chính đúng hẹn",
                        null,
                        theme),
                scope);

        int sessions = 0;
        var plan = issue(
                rootId,
                "KH",
                "Kế hoạch thực hiện chuyên đề năm " + year
                        + " về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "Các cấp ủy tổ chức quán triệt chuyên đề năm đến toàn thể cán bộ, đảng viên, công chức, viên chức và"
                        + " đoàn viên, hội viên; xây dựng kế hoạch của cấp mình, gắn với nhiệm vụ chính trị của địa"
                        + " phương, đơn vị.\n\nMỗi tổ chức đảng đăng ký ít nhất một mô hình, hành động cụ thể và báo cáo"
                        + " kết quả trước ngày 15/12/" + year + ".",
                programme,
                theme,
                TargetMode.LEVEL,
                "UPPER_GRASSROOTS",
                List.of(),
                today.minusDays(45),
                today.minusDays(15),
                scope);
        sessions += disseminate(plan, scope, random, today, 0.75, today.minusDays(45));
        var guidance = issue(
                rootId,
                "HD",
                "Hướng dẫn tổ chức sinh hoạt chuyên đề năm " + year + " tại chi bộ",
                "Chi bộ tổ chức sinh hoạt chuyên đề ít nhất một lần mỗi quý; nội dung gắn với chuyên đề năm và việc"
                        + " thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu của đảng viên.",
                programme,
                theme,
                TargetMode.LEVEL,
                "GRASSROOTS",
                List.of(),
                today.minusDays(20),
                today.plusDays(25),
                scope);
        sessions += disseminate(guidance, scope, random, today, 0.4, today.minusDays(20));
        var wardPlan = issue(
                ward,
                "KH",
                "Kế hoạch triển khai chuyên đề năm " + year + " của Đảng bộ phường Ninh Kiều",
                "Các chi bộ trực thuộc quán triệt kế hoạch trong kỳ sinh hoạt thường kỳ gần nhất.",
                programme,
                null,
                TargetMode.LEVEL,
                "CELL",
                List.of(),
                today.minusDays(10),
                today.plusDays(2),
                scope);
        sessions += disseminate(wardPlan, scope, random, today, 0.34, today.minusDays(10));
        issue(
                rootId,
                "CV",
                "Về việc tổng kết công tác học tập và làm theo Bác năm " + (year - 1),
                null,
                programme,
                lastYearTheme,
                TargetMode.LEVEL,
                "UPPER_GRASSROOTS",
                List.of(),
                today.minusDays(300),
                today.minusDays(270),
                scope);
        directives.draft(
                new DraftDirective(
                        rootId,
                        new DirectiveContent(
                                "TB",
                                "Thông báo kết luận của Ban Thường vụ Thành ủy về kết quả quán triệt chuyên đề năm "
                                        + year,
                                null,
                                programme,
                                theme,
                                today.plusDays(30),
                                TargetMode.LEVEL,
                                "UPPER_GRASSROOTS",
                                List.of())),
                scope);
        return new Summary(5, 5, sessions);
    }

    private long issue(
            long issuer,
            String type,
            String title,
            String summary,
            long programme,
            Long theme,
            TargetMode mode,
            String level,
            List<Long> chosen,
            LocalDate issuedOn,
            LocalDate deadline,
            Scope scope) {
        long id = directives.draft(
                new DraftDirective(
                        issuer,
                        new DirectiveContent(type, title, summary, programme, theme, deadline, mode, level, chosen)),
                scope);
        var draft = directives.get(id, scope);
        // the demo writes a past year's plans in any order: their dates are history, confirmed
        directives.issue(new IssueDirective(id, issuedOn, draft.version(), true), scope);
        return id;
    }

    /**
     * Records sessions for about {@code share} of the targets: most within the deadline, a few late; the others stay
     * not done (overdue once the deadline has passed).
     */
    private int disseminate(long id, Scope scope, Random random, LocalDate today, double share, LocalDate issuedOn) {
        var tracking = this.tracking.tracking(id, null, scope);
        var targets = new ArrayList<Long>();
        collectTargets(id, tracking.nodeId(), scope, targets);
        var deadline = directives.get(id, scope).deadline();
        int recorded = 0;
        var pending = organizations.findByName(PENDING_CELL, scope, vn.lamtheobac.shared.Role.ADMIN).stream()
                .map(o -> o.id())
                .toList();
        for (long target : targets) {
            if (random.nextDouble() >= share || pending.contains(target)) {
                continue;
            }
            long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(issuedOn, today));
            LocalDate heldOn = issuedOn.plusDays(1 + random.nextLong(span));
            if (heldOn.isAfter(today)) {
                heldOn = today;
            }
            if (random.nextDouble() < 0.8 && deadline.isAfter(issuedOn) && heldOn.isAfter(deadline)) {
                heldOn = deadline.minusDays(random.nextInt(3));
            }
            int partyMembers = 15 + random.nextInt(60);
            int cadres = 3 + random.nextInt(10);
            int civilServants = random.nextInt(25);
            int unionMembers = random.nextInt(30);
            int[] invited = {cadres, partyMembers, civilServants, unionMembers, random.nextInt(40)};
            int[] attended = new int[invited.length];
            for (int k = 0; k < invited.length; k++) {
                attended[k] = invited[k] - random.nextInt(Math.max(1, invited[k] / 8 + 1));
            }
            var form = DisseminationForm.values()[random.nextInt(DisseminationForm.values().length)];
            disseminations.record(
                    new RecordDissemination(id, target, heldOn, form, new Attendance(invited, attended), null), scope);
            recorded++;
        }
        return recorded;
    }

    /** Every target of the directive, found by walking the tracking tree down from its issuer. */
    private void collectTargets(long id, long node, Scope scope, List<Long> into) {
        for (var line : tracking.tracking(id, node, scope).byChild()) {
            if (line.self()) {
                into.add(line.organizationId());
            } else if (line.drillable()) {
                collectTargets(id, line.organizationId(), scope, into);
            } else {
                into.add(line.organizationId());
            }
        }
    }
}
