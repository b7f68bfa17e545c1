package vn.lamtheobac.demo;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lamtheobac.identity.AccountCommands.CreateAccount;
import vn.lamtheobac.identity.AccountCommands.GrantRole;
import vn.lamtheobac.identity.AccountManagement;
import vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.DisciplineForm;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;
import vn.lamtheobac.people.PersonCommands.RecordDiscipline;
import vn.lamtheobac.people.PersonCommands.RegisterPerson;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.db.EmbeddedDatabase;

/**
 * Generates the demo on the first start with an empty database: the party organisation of Cần Thơ city after the 2025
 * reorganisation (the city committee; ward, commune and affiliated committees; grassroots committees with their cells
 * and grassroots cells), their committee terms, about 3,000 people, a few discipline records and one account per role,
 * all with the password {@value #PASSWORD}. It runs when {@code lamtheobac.demo.enabled} is true, or when it is unset
 * and the application runs on its embedded PostgreSQL, and only while no root organisation exists. Everything is
 * written in one transaction: a failure leaves the database empty, and the next start tries again. Every choice comes
 * from a {@link Random} seeded with {@code lamtheobac.demo.seed}, so the same seed gives the same organisations, people
 * and accounts; dates are set relative to the day of generation so that they stay plausible.
 */
@Component
@Order(100)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "LamTheoBac@2025";

    static final String ROOT_NAME = "Đảng bộ thành phố Cần Thơ";
    static final String DEMO_WARD = "Đảng bộ phường Ninh Kiều";
    static final String DEMO_CELL = "Chi bộ Ủy ban nhân dân phường Ninh Kiều";
    static final String DEMO_SCHOOL = "Đảng bộ Trường THPT Châu Văn Liêm";
    static final String WARD_SECRETARY = "Bí thư Đảng ủy phường";
    static final String CELL_SECRETARY = "Bí thư chi bộ";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final int TARGET_PEOPLE = 3_000;
    private static final String TERM_NAME = "Nhiệm kỳ 2025–2030";
    private static final LocalDate CITY_TERM_STARTS_ON = LocalDate.of(2025, 9, 27);

    /** Two-level local government since 1 July 2025: people moved to the new wards' and communes' organisations. */
    private static final LocalDate REORGANISED_ON = LocalDate.of(2025, 7, 1);

    private static final List<String> MOBILE_PREFIXES = List.of(
            "090 091 093 094 096 097 098 086 088 089 032 033 034 035 036 037 038 039 081 082 083 084 085".split(" "));

    private static final LocalDate DISCIPLINE_FROM = LocalDate.of(2025, 8, 1);
    private static final LocalDate DISCIPLINE_UNTIL = LocalDate.of(2026, 12, 31);

    /** Ordinary party members' positions by kind of cell; "×n" makes a position n times as likely. */
    private static final Map<Kind, List<String>> OFFICIAL_JOBS = jobs(
            "Chuyên viên ×4; Công chức ×2; Cán bộ ×2; Kế toán; Văn thư; Phó Trưởng phòng; Trưởng phòng",
            "Giáo viên ×7; Tổ trưởng chuyên môn; Tổ phó chuyên môn; Nhân viên văn phòng",
            "Bác sĩ ×4; Điều dưỡng ×3; Dược sĩ; Kỹ thuật viên; Trưởng khoa; Phó Trưởng khoa",
            "Cán bộ chiến sĩ ×4; Cảnh sát khu vực ×2; Điều tra viên; Đội phó; Đội trưởng",
            "Đảng viên ×4; Tổ trưởng tổ nhân dân ×2; Kinh doanh; Cựu chiến binh; Công nhân; Giáo viên",
            "Đảng viên ×3; Nông dân ×3; Tổ trưởng tổ nhân dân; Cựu chiến binh; Kinh doanh");

    private static final Map<Kind, List<String>> PROBATIONARY_JOBS = jobs(
            "Chuyên viên; Công chức",
            "Giáo viên",
            "Bác sĩ; Điều dưỡng",
            "Cán bộ chiến sĩ",
            "Đảng viên dự bị; Công nhân; Kinh doanh",
            "Đảng viên dự bị; Nông dân");

    private static final Map<Kind, List<String>> CIVIL_SERVANT_JOBS = jobs(
            "Chuyên viên ×2; Công chức; Viên chức",
            "Giáo viên ×4; Nhân viên thư viện; Nhân viên thiết bị",
            "Điều dưỡng ×2; Bác sĩ; Hộ sinh; Kỹ thuật viên",
            "Công nhân công an",
            "Cán bộ không chuyên trách khu vực; Công chức; Giáo viên",
            "Cán bộ không chuyên trách ấp; Công chức; Giáo viên");

    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final AccountManagement accounts;
    private final DemoProperties properties;
    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final TransactionTemplate transactions;
    private final DemoProgramme programme;
    private final DemoCommitments demoCommitments;
    private final DemoEvaluations demoEvaluations;
    private final DemoInitiatives demoInitiatives;
    private final DemoRecognition demoRecognition;
    private final Clock clock;

    DemoData(
            OrganizationManagement organizations,
            PersonManagement people,
            AccountManagement accounts,
            DemoProperties properties,
            ObjectProvider<EmbeddedDatabase> embeddedDatabase,
            TransactionTemplate transactions,
            DemoProgramme programme,
            DemoCommitments demoCommitments,
            DemoEvaluations demoEvaluations,
            DemoInitiatives demoInitiatives,
            DemoRecognition demoRecognition,
            Clock clock) {
        this.organizations = organizations;
        this.people = people;
        this.accounts = accounts;
        this.properties = properties;
        this.embeddedDatabase = embeddedDatabase;
        this.transactions = transactions;
        this.programme = programme;
        this.demoCommitments = demoCommitments;
        this.demoEvaluations = demoEvaluations;
        this.demoInitiatives = demoInitiatives;
        this.demoRecognition = demoRecognition;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            log.debug("Demo data disabled");
            return;
        }
        if (!organizations.rootIds().isEmpty()) {
            log.debug("Demo data skipped: the database already holds an organisation tree");
            return;
        }
        log.info("Generating demo data (seed {}); this takes a little while", properties.seed());
        long started = System.nanoTime();
        Summary summary =
                transactions.execute(status -> new Generation(properties.seed(), VietnamTime.today(clock)).run());
        log.info(summary.describe(properties.seed(), (System.nanoTime() - started) / 1_000_000));
    }

    private boolean enabled() {
        Boolean enabled = properties.enabled();
        return enabled != null ? enabled : embeddedDatabase.getIfAvailable() != null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The organisation tree
    // ---------------------------------------------------------------------------------------------------------------

    /** What a cell's members mostly do, which decides their positions, ages and genders. */
    enum Kind {
        OFFICE,
        SCHOOL,
        HOSPITAL,
        POLICE,
        URBAN,
        RURAL
    }

    /**
     * A grassroots organisation: a grassroots committee (Đảng bộ cơ sở) when it has cells, else a grassroots cell (Chi
     * bộ cơ sở) whose members belong to it directly. {@code leaders} are placed in its first cell.
     */
    private record Unit(String name, Kind kind, List<String> leaders, List<String> cells) {

        boolean isCommittee() {
            return !cells.isEmpty();
        }
    }

    /**
     * A ward, commune or affiliated committee. {@code leaders} are placed in the first cell of its first unit, as the
     * standing committee usually belongs to the cell of the party offices.
     */
    private record Upper(
            String typeCode, String name, LocalDate termStartsOn, List<String> leaders, List<Unit> units) {}

    private static List<Upper> tree() {
        return List.of(
                ward(
                        "phường Ninh Kiều",
                        LocalDate.of(2025, 8, 5),
                        officeBlock(
                                "phường Ninh Kiều",
                                "Cơ quan Đảng",
                                "Ủy ban nhân dân",
                                "Mặt trận Tổ quốc và các đoàn thể",
                                "Trung tâm Phục vụ hành chính công"),
                        school(
                                "Trường THPT Châu Văn Liêm",
                                "Giáo viên Toán – Tin",
                                "Giáo viên Ngữ văn – Ngoại ngữ",
                                "Giáo viên Khoa học tự nhiên",
                                "Giáo viên Khoa học xã hội",
                                "Văn phòng – Hành chính"),
                        cell("Chi bộ khu vực 3", Kind.URBAN),
                        cell("Chi bộ Công an phường Ninh Kiều", Kind.POLICE)),
                ward(
                        "phường Cái Khế",
                        LocalDate.of(2025, 7, 30),
                        officeBlock(
                                "phường Cái Khế",
                                "Cơ quan Đảng",
                                "Ủy ban nhân dân",
                                "Mặt trận Tổ quốc và các đoàn thể"),
                        school(
                                "Trường THPT Nguyễn Việt Hồng",
                                "Giáo viên Toán – Tin",
                                "Giáo viên Ngữ văn – Ngoại ngữ",
                                "Văn phòng – Hành chính"),
                        cell("Chi bộ khu vực 1", Kind.URBAN),
                        cell("Chi bộ khu vực 5", Kind.URBAN)),
                ward(
                        "phường Tân An",
                        LocalDate.of(2025, 8, 6),
                        officeBlock(
                                "phường Tân An", "Cơ quan Đảng", "Ủy ban nhân dân", "Mặt trận Tổ quốc và các đoàn thể"),
                        hospital(
                                "Bệnh viện Đa khoa thành phố Cần Thơ",
                                "Khối Nội",
                                "Khối Ngoại",
                                "Khối Cận lâm sàng",
                                "Phòng Điều dưỡng – Hành chính"),
                        cell("Chi bộ khu vực 2", Kind.URBAN)),
                ward(
                        "phường An Bình",
                        LocalDate.of(2025, 7, 29),
                        officeBlock("phường An Bình", "Cơ quan Đảng – Mặt trận", "Ủy ban nhân dân"),
                        cell("Chi bộ khu vực 4", Kind.URBAN),
                        cell("Chi bộ khu vực 6", Kind.URBAN),
                        cell("Chi bộ Công an phường An Bình", Kind.POLICE)),
                ward(
                        "phường Bình Thủy",
                        LocalDate.of(2025, 8, 1),
                        officeBlock(
                                "phường Bình Thủy",
                                "Cơ quan Đảng",
                                "Ủy ban nhân dân",
                                "Mặt trận Tổ quốc và các đoàn thể"),
                        school(
                                "Trường THPT Chuyên Lý Tự Trọng",
                                "Giáo viên Toán – Tin",
                                "Giáo viên Vật lý – Hóa học – Sinh học",
                                "Giáo viên Ngữ văn – Lịch sử – Địa lý",
                                "Giáo viên Ngoại ngữ"),
                        cell("Chi bộ khu vực 7", Kind.URBAN)),
                ward(
                        "phường Cái Răng",
                        LocalDate.of(2025, 8, 7),
                        officeBlock(
                                "phường Cái Răng",
                                "Cơ quan Đảng",
                                "Ủy ban nhân dân",
                                "Mặt trận Tổ quốc và các đoàn thể"),
                        hospital(
                                "Trung tâm Y tế khu vực Cái Răng",
                                "Khám và điều trị",
                                "Y tế dự phòng",
                                "Hành chính – Tổng hợp"),
                        cell("Chi bộ khu vực Yên Thượng", Kind.URBAN),
                        cell("Chi bộ khu vực Thạnh Mỹ", Kind.URBAN)),
                ward(
                        "phường Ô Môn",
                        LocalDate.of(2025, 7, 31),
                        officeBlock(
                                "phường Ô Môn", "Cơ quan Đảng", "Ủy ban nhân dân", "Mặt trận Tổ quốc và các đoàn thể"),
                        school(
                                "Trường THPT Lưu Hữu Phước",
                                "Giáo viên Khoa học tự nhiên",
                                "Giáo viên Khoa học xã hội",
                                "Văn phòng – Hành chính"),
                        cell("Chi bộ khu vực 8", Kind.URBAN),
                        cell("Chi bộ Công an phường Ô Môn", Kind.POLICE)),
                ward(
                        "phường Thốt Nốt",
                        LocalDate.of(2025, 8, 8),
                        officeBlock("phường Thốt Nốt", "Cơ quan Đảng – Mặt trận", "Ủy ban nhân dân"),
                        hospital(
                                "Trung tâm Y tế khu vực Thốt Nốt",
                                "Khám và điều trị",
                                "Y tế dự phòng",
                                "Hành chính – Tổng hợp"),
                        cell("Chi bộ khu vực Phụng Thạnh", Kind.URBAN),
                        cell("Chi bộ khu vực Long Thạnh", Kind.URBAN)),
                ward(
                        "xã Phong Điền",
                        LocalDate.of(2025, 7, 25),
                        officeBlock(
                                "xã Phong Điền", "Cơ quan Đảng", "Ủy ban nhân dân", "Mặt trận Tổ quốc và các đoàn thể"),
                        school("Trường THPT Phong Điền", "Giáo viên Tự nhiên", "Giáo viên Xã hội"),
                        cell("Chi bộ ấp Nhơn Lộc", Kind.RURAL),
                        cell("Chi bộ ấp Tân Thới", Kind.RURAL)),
                ward(
                        "xã Thới Lai",
                        LocalDate.of(2025, 7, 26),
                        officeBlock(
                                "xã Thới Lai", "Cơ quan Đảng", "Ủy ban nhân dân", "Mặt trận Tổ quốc và các đoàn thể"),
                        cell("Chi bộ ấp Thới Hòa", Kind.RURAL),
                        cell("Chi bộ ấp Thới Thuận", Kind.RURAL),
                        cell("Chi bộ Công an xã Thới Lai", Kind.POLICE)),
                ward(
                        "xã Cờ Đỏ",
                        LocalDate.of(2025, 7, 28),
                        officeBlock("xã Cờ Đỏ", "Cơ quan Đảng – Mặt trận", "Ủy ban nhân dân"),
                        school(
                                "Trường THPT Hà Huy Giáp",
                                "Giáo viên Tự nhiên",
                                "Giáo viên Xã hội",
                                "Văn phòng – Hành chính"),
                        cell("Chi bộ ấp Thới Hiệp", Kind.RURAL),
                        cell("Chi bộ ấp Thạnh Phú", Kind.RURAL)),
                affiliated(
                        "Đảng bộ các cơ quan Đảng thành phố",
                        LocalDate.of(2025, 8, 12),
                        List.of(
                                "Bí thư Thành ủy",
                                "Phó Bí thư Thường trực Thành ủy",
                                "Chánh Văn phòng Thành ủy",
                                "Bí thư Đảng ủy",
                                "Phó Bí thư Thường trực Đảng ủy"),
                        committee(
                                "Đảng bộ Văn phòng Thành ủy",
                                Kind.OFFICE,
                                List.of(),
                                "Phòng Tổng hợp",
                                "Phòng Hành chính – Tài chính",
                                "Phòng Quản trị"),
                        committee(
                                "Đảng bộ Ban Tuyên giáo và Dân vận Thành ủy",
                                Kind.OFFICE,
                                List.of("Bí thư Đảng ủy, Trưởng ban", "Phó Bí thư Đảng ủy, Phó Trưởng ban"),
                                "Phòng Tuyên truyền, báo chí, xuất bản",
                                "Phòng Lý luận chính trị và Lịch sử Đảng",
                                "Phòng Dân vận"),
                        cell("Chi bộ Ban Tổ chức Thành ủy", Kind.OFFICE),
                        cell("Chi bộ Ủy ban Kiểm tra Thành ủy", Kind.OFFICE)),
                affiliated(
                        "Đảng bộ Ủy ban nhân dân thành phố",
                        LocalDate.of(2025, 8, 14),
                        List.of(
                                "Bí thư Đảng ủy, Phó Chủ tịch Ủy ban nhân dân thành phố",
                                "Phó Bí thư Thường trực Đảng ủy",
                                "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"),
                        cell("Chi bộ Văn phòng Ủy ban nhân dân thành phố", Kind.OFFICE),
                        department(
                                "Sở Giáo dục và Đào tạo",
                                "Văn phòng Sở",
                                "Phòng Giáo dục phổ thông",
                                "Phòng Tổ chức cán bộ"),
                        department("Sở Y tế", "Văn phòng Sở", "Phòng Nghiệp vụ Y", "Thanh tra Sở"),
                        cell("Chi bộ Sở Tài chính", Kind.OFFICE)),
                affiliated(
                        "Đảng bộ Công an thành phố",
                        LocalDate.of(2025, 8, 15),
                        List.of(
                                "Bí thư Đảng ủy, Giám đốc Công an thành phố",
                                "Phó Bí thư Thường trực Đảng ủy, Phó Giám đốc",
                                "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"),
                        cell("Chi bộ Phòng Tham mưu", Kind.POLICE),
                        committee(
                                "Đảng bộ Phòng Cảnh sát giao thông",
                                Kind.POLICE,
                                List.of("Bí thư Đảng ủy, Trưởng phòng", "Phó Bí thư Đảng ủy, Phó Trưởng phòng"),
                                "Đội Tham mưu tổng hợp",
                                "Đội Tuần tra kiểm soát số 1",
                                "Đội Tuần tra kiểm soát số 2"),
                        committee(
                                "Đảng bộ Phòng Cảnh sát hình sự",
                                Kind.POLICE,
                                List.of("Bí thư Đảng ủy, Trưởng phòng", "Phó Bí thư Đảng ủy, Phó Trưởng phòng"),
                                "Đội Trọng án",
                                "Đội Tổng hợp"),
                        cell("Chi bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", Kind.POLICE)));
    }

    /** A ward ("phường Ninh Kiều") or commune ("xã Phong Điền") committee. */
    private static Upper ward(String place, LocalDate termStartsOn, Unit... units) {
        String level = place.startsWith("xã") ? "xã" : "phường";
        return new Upper(
                "COMMUNE_COMMITTEE",
                "Đảng bộ " + place,
                termStartsOn,
                List.of(
                        "Bí thư Đảng ủy " + level,
                        "Phó Bí thư Thường trực Đảng ủy " + level,
                        "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân " + level,
                        "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy " + level),
                List.of(units));
    }

    private static Upper affiliated(String name, LocalDate termStartsOn, List<String> leaders, Unit... units) {
        return new Upper("AFFILIATED_COMMITTEE", name, termStartsOn, leaders, List.of(units));
    }

    /** The committee of a ward's or commune's offices, with one cell per office: "Chi bộ Ủy ban nhân dân phường …". */
    private static Unit officeBlock(String place, String... offices) {
        return new Unit(
                "Đảng bộ Khối cơ quan " + place,
                Kind.OFFICE,
                List.of(),
                Arrays.stream(offices).map(o -> "Chi bộ " + o + " " + place).toList());
    }

    private static Unit school(String name, String... cells) {
        return committee(
                "Đảng bộ " + name,
                Kind.SCHOOL,
                List.of("Bí thư Đảng ủy, Hiệu trưởng", "Phó Bí thư Đảng ủy, Phó Hiệu trưởng"),
                cells);
    }

    private static Unit hospital(String name, String... cells) {
        return committee(
                "Đảng bộ " + name,
                Kind.HOSPITAL,
                List.of("Bí thư Đảng ủy, Giám đốc", "Phó Bí thư Đảng ủy, Phó Giám đốc"),
                cells);
    }

    private static Unit department(String name, String... cells) {
        return committee(
                "Đảng bộ " + name,
                Kind.OFFICE,
                List.of("Bí thư Đảng ủy, Giám đốc Sở", "Phó Bí thư Đảng ủy, Phó Giám đốc Sở"),
                cells);
    }

    private static Unit committee(String name, Kind kind, List<String> leaders, String... cells) {
        return new Unit(
                name,
                kind,
                leaders,
                Arrays.stream(cells).map(c -> "Chi bộ " + c).toList());
    }

    private static Unit cell(String name, Kind kind) {
        return new Unit(name, kind, List.of(), List.of());
    }

    /** One specification per {@link Kind}, in declaration order: "Giáo viên ×7; Nhân viên văn phòng". */
    private static Map<Kind, List<String>> jobs(String... byKind) {
        var jobs = new EnumMap<Kind, List<String>>(Kind.class);
        for (Kind kind : Kind.values()) {
            var choices = new ArrayList<String>();
            for (String entry : byKind[kind.ordinal()].split(";")) {
                String[] parts = entry.trim().split(" ×");
                choices.addAll(Collections.nCopies(parts.length > 1 ? Integer.parseInt(parts[1]) : 1, parts[0]));
            }
            jobs.put(kind, List.copyOf(choices));
        }
        return jobs;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generation
    // ---------------------------------------------------------------------------------------------------------------

    /** An organisation people belong to directly: a cell or a grassroots cell. */
    private record Seat(long id, String name, Kind kind, Upper upper, long upperId, List<String> leaders) {}

    /** A registered person, as the generator remembers them. */
    private record Member(
            long id,
            String fullName,
            PersonCategory category,
            String position,
            boolean ordinary,
            Seat seat,
            LocalDate joinedOn) {}

    private record Account(String username, String displayName, Role role, String organizationName) {}

    /** What was generated, for the log. */
    private record Summary(
            int organizations,
            int seats,
            Map<PersonCategory, Integer> people,
            int disciplines,
            List<Account> accounts) {

        String describe(long seed, long millis) {
            int total = people.values().stream().mapToInt(Integer::intValue).sum();
            var text = new StringBuilder();
            String rule = "=".repeat(100);
            text.append('\n').append(rule).append('\n');
            text.append(String.format(
                    " Demo data generated in %.1f s (seed %d): %d organisations (%d cells and grassroots cells),%n",
                    millis / 1000.0, seed, organizations, seats));
            text.append(String.format(
                    " %d people: %d official and %d probationary party members, %d civil servants, %d youth union"
                            + " members, %d association members; %d discipline records.%n",
                    total,
                    count(PersonCategory.PARTY_MEMBER_OFFICIAL),
                    count(PersonCategory.PARTY_MEMBER_PROBATIONARY),
                    count(PersonCategory.CIVIL_SERVANT),
                    count(PersonCategory.UNION_MEMBER),
                    count(PersonCategory.ASSOCIATION_MEMBER),
                    disciplines));
            text.append(String.format(" Demo accounts, all with the password %s:%n", PASSWORD));
            for (Account account : accounts) {
                String grant = account.role() == null
                        ? "no grant (own records only)"
                        : account.role() + " on " + account.organizationName();
                text.append(String.format("   %-13s %-32s %s%n", account.username(), account.displayName(), grant));
            }
            text.append(rule);
            return text.toString();
        }

        private int count(PersonCategory category) {
            return people.getOrDefault(category, 0);
        }
    }

    /** One run of the generator: its random source, what it has created so far, and how it invents people. */
    private final class Generation {

        private final Random random;
        private final VietnameseNameGenerator names;
        private final LocalDate today;
        private final Set<String> nationalIds = new HashSet<>();
        private final Set<String> partyCards = new HashSet<>();
        private final Set<Long> seatsWithYouthSecretary = new HashSet<>();
        private final List<Member> members = new ArrayList<>();
        private Scope scope;
        private int organizationCount;

        Generation(long seed, LocalDate today) {
            this.random = new Random(seed);
            this.names = new VietnameseNameGenerator(random);
            this.today = today;
        }

        Summary run() {
            long rootId = createOrganization(null, "PROVINCIAL_COMMITTEE", ROOT_NAME, "TU", Scope.system(List.of(0L)));
            scope = Scope.system(List.of(rootId));
            organizations.addTerm(
                    new AddCommitteeTerm(rootId, TERM_NAME, CITY_TERM_STARTS_ON, CITY_TERM_STARTS_ON.plusYears(5)),
                    scope);

            List<Seat> seats = createTree(rootId);
            int[] sizes = sizes(seats);
            for (int i = 0; i < seats.size(); i++) {
                populate(seats.get(i), sizes[i]);
            }

            Seat demoCell = seats.stream()
                    .filter(s -> s.upper().name().equals(DEMO_WARD) && s.name().equals(DEMO_CELL))
                    .findFirst()
                    .orElseThrow();
            Member wardSecretary = find(m ->
                            m.seat().upper() == demoCell.upper() && m.position().equals(WARD_SECRETARY))
                    .orElseThrow();
            Member cellSecretary = find(m ->
                            m.seat() == demoCell && m.position().equals(CELL_SECRETARY))
                    .orElseThrow();
            Member ordinaryMember = find(m -> m.seat() == demoCell
                            && m.ordinary()
                            && m.category() == PersonCategory.PARTY_MEMBER_OFFICIAL)
                    .orElseGet(() -> register(demoCell, PersonCategory.PARTY_MEMBER_OFFICIAL, null));

            int disciplines = discipline(demoCell, ordinaryMember);
            List<Account> accounts = createAccounts(rootId, demoCell, wardSecretary, cellSecretary, ordinaryMember);
            programme.generate(rootId, scope, properties.seed(), today);
            demoInitiatives.generate(rootId, scope, properties.seed(), today);
            // the demo member has not written this year's commitment: the journey of a commitment starts with them
            long ward = organizations
                    .findByName(DemoProgramme.WARD, scope, Role.ADMIN)
                    .get(0)
                    .id();
            demoEvaluations.generate(
                    rootId, ward, today.getYear(), scope, properties.seed(), java.util.Set.of(ordinaryMember.id()));
            demoCommitments.generate(
                    rootId, today.getYear(), scope, properties.seed(), java.util.Set.of(ordinaryMember.id()));
            demoRecognition.generate(rootId, scope, properties.seed(), today, java.util.Set.of(ordinaryMember.id()));

            var counts = new EnumMap<PersonCategory, Integer>(PersonCategory.class);
            members.forEach(m -> counts.merge(m.category(), 1, Integer::sum));
            return new Summary(organizationCount, seats.size(), counts, disciplines, accounts);
        }

        private List<Seat> createTree(long rootId) {
            var seats = new ArrayList<Seat>();
            for (Upper upper : tree()) {
                long upperId = createOrganization(rootId, upper.typeCode(), upper.name(), "ĐU", scope);
                addTerm(upperId, upper.termStartsOn());
                boolean firstOfUpper = true;
                for (Unit unit : upper.units()) {
                    long unitId = createOrganization(
                            upperId,
                            unit.isCommittee() ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL",
                            unit.name(),
                            unit.isCommittee() ? "ĐU" : "CB",
                            scope);
                    addTerm(unitId, between(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 6, 25)));
                    var leaders = new ArrayList<String>();
                    if (firstOfUpper) {
                        leaders.addAll(upper.leaders());
                        firstOfUpper = false;
                    }
                    leaders.addAll(unit.leaders());
                    if (unit.isCommittee()) {
                        for (String cellName : unit.cells()) {
                            long cellId = createOrganization(unitId, "CELL", cellName, "CB", scope);
                            seats.add(new Seat(cellId, cellName, unit.kind(), upper, upperId, List.copyOf(leaders)));
                            leaders.clear();
                        }
                    } else {
                        seats.add(new Seat(unitId, unit.name(), unit.kind(), upper, upperId, List.copyOf(leaders)));
                    }
                }
            }
            return seats;
        }

        private long createOrganization(Long parentId, String typeCode, String name, String abbreviation, Scope as) {
            organizationCount++;
            return organizations.create(new CreateOrganization(parentId, typeCode, name, abbreviation), as);
        }

        private void addTerm(long organizationId, LocalDate startsOn) {
            organizations.addTerm(
                    new AddCommitteeTerm(organizationId, TERM_NAME, startsOn, startsOn.plusYears(5)), scope);
        }

        /** Members per seat: a size drawn by kind, scaled so that the whole demo holds about 3,000 people. */
        private int[] sizes(List<Seat> seats) {
            int[] weights = new int[seats.size()];
            long sum = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = switch (seats.get(i).kind()) {
                    case URBAN, RURAL -> 25 + random.nextInt(31);
                    case OFFICE -> 12 + random.nextInt(19);
                    case SCHOOL -> 10 + random.nextInt(13);
                    case HOSPITAL -> 15 + random.nextInt(21);
                    case POLICE -> 18 + random.nextInt(23);
                };
                sum += weights[i];
            }
            int[] sizes = new int[weights.length];
            for (int i = 0; i < weights.length; i++) {
                int minimum = leadership(seats.get(i), 30).size() + 6;
                sizes[i] = Math.max(minimum, (int) Math.round(weights[i] * (double) TARGET_PEOPLE / sum));
            }
            return sizes;
        }

        /** The positions filled first in a seat: higher committees' leaders, then the cell's own committee. */
        private List<String> leadership(Seat seat, int size) {
            var positions = new ArrayList<>(seat.leaders());
            positions.add(CELL_SECRETARY);
            positions.add("Phó Bí thư chi bộ");
            positions.addAll(Collections.nCopies(size >= 30 ? 3 : 1, "Chi ủy viên"));
            if (seat.kind() == Kind.URBAN) {
                positions.add("Trưởng khu vực");
            } else if (seat.kind() == Kind.RURAL) {
                positions.add("Trưởng ấp");
            }
            return positions;
        }

        private void populate(Seat seat, int size) {
            List<String> leadership = leadership(seat, size);
            for (int i = 0; i < size; i++) {
                if (i < leadership.size()) {
                    register(seat, PersonCategory.PARTY_MEMBER_OFFICIAL, leadership.get(i));
                } else {
                    register(seat, category(seat.kind()), null);
                }
            }
        }

        private PersonCategory category(Kind kind) {
            int roll = random.nextInt(100);
            if (roll < 65) {
                return PersonCategory.PARTY_MEMBER_OFFICIAL;
            } else if (roll < 74) {
                return PersonCategory.PARTY_MEMBER_PROBATIONARY;
            } else if (roll < 88) {
                return PersonCategory.CIVIL_SERVANT;
            } else if (roll < 95 || kind == Kind.POLICE) {
                return PersonCategory.UNION_MEMBER;
            }
            return PersonCategory.ASSOCIATION_MEMBER;
        }

        /** Invents and registers one person; {@code position} is {@code null} for an ordinary member. */
        private Member register(Seat seat, PersonCategory category, String position) {
            boolean leader = position != null;
            int age = age(seat.kind(), category, position);
            LocalDate dateOfBirth = today.minusYears(age).minusDays(1 + random.nextInt(364));
            Gender gender = gender(seat.kind(), category, leader);
            var name = names.next(gender, dateOfBirth.getYear());
            String job = leader ? position : position(seat, category, gender, age);

            String nationalId = leader || random.nextInt(100) < 78 ? nationalId(gender, dateOfBirth) : null;
            String partyCard = null;
            LocalDate partyJoinedOn = null;
            if (category == PersonCategory.PARTY_MEMBER_OFFICIAL) {
                partyCard = partyCard();
                partyJoinedOn = officialJoinDate(dateOfBirth);
            } else if (category == PersonCategory.PARTY_MEMBER_PROBATIONARY) {
                partyJoinedOn = today.minusDays(20 + random.nextInt(320));
            }
            String phone = random.nextInt(100) < (leader ? 95 : 58) ? phone() : null;
            String email = age < 55 && random.nextInt(100) < 30 ? email(name.fullName(), dateOfBirth) : null;
            LocalDate joinedOn = random.nextInt(100) < 85 || !today.isAfter(REORGANISED_ON.plusDays(1))
                    ? REORGANISED_ON
                    : between(REORGANISED_ON.plusDays(1), today.minusDays(1));
            if (partyJoinedOn != null && partyJoinedOn.isAfter(joinedOn)) {
                joinedOn = partyJoinedOn;
            }

            var details = new PersonDetails(
                    category,
                    name.fullName(),
                    gender,
                    dateOfBirth,
                    nationalId,
                    partyCard,
                    partyJoinedOn,
                    job,
                    phone,
                    email);
            long id = people.register(new RegisterPerson(details, seat.id(), joinedOn), scope);
            var member = new Member(id, name.fullName(), category, job, !leader, seat, joinedOn);
            members.add(member);
            return member;
        }

        private int age(Kind kind, PersonCategory category, String position) {
            if (position != null) {
                if (position.contains("Thành ủy")) {
                    return between(50, 60);
                } else if (position.contains("Đảng ủy")) {
                    return between(42, 58);
                } else if (position.startsWith("Trưởng")) {
                    return between(40, 65);
                }
                return kind == Kind.URBAN || kind == Kind.RURAL ? between(45, 68) : between(35, 57);
            }
            return switch (category) {
                case PARTY_MEMBER_OFFICIAL ->
                    switch (kind) {
                        case URBAN, RURAL -> between(28, 70);
                        case OFFICE -> between(26, 59);
                        case SCHOOL -> between(26, 58);
                        case HOSPITAL -> between(27, 59);
                        case POLICE -> between(24, 54);
                    };
                case PARTY_MEMBER_PROBATIONARY -> between(20, 38);
                case CIVIL_SERVANT -> between(23, 59);
                case UNION_MEMBER -> between(20, 30);
                case ASSOCIATION_MEMBER -> between(30, 70);
            };
        }

        private Gender gender(Kind kind, PersonCategory category, boolean leader) {
            int malePercent;
            if (kind == Kind.POLICE) {
                malePercent = leader ? 95 : 85;
            } else if (leader) {
                malePercent = 72;
            } else if (category == PersonCategory.ASSOCIATION_MEMBER) {
                malePercent = 45;
            } else {
                malePercent = switch (kind) {
                    case SCHOOL -> 35;
                    case HOSPITAL -> 40;
                    case OFFICE -> 52;
                    case URBAN -> 58;
                    case RURAL -> 62;
                    case POLICE -> 85;
                };
            }
            return random.nextInt(100) < malePercent ? Gender.MALE : Gender.FEMALE;
        }

        private String position(Seat seat, PersonCategory category, Gender gender, int age) {
            Kind kind = seat.kind();
            return switch (category) {
                case PARTY_MEMBER_OFFICIAL -> officialPosition(kind, gender, age);
                case PARTY_MEMBER_PROBATIONARY -> pick(PROBATIONARY_JOBS.get(kind));
                case CIVIL_SERVANT -> pick(CIVIL_SERVANT_JOBS.get(kind));
                case UNION_MEMBER ->
                    random.nextInt(100) < 40 && seatsWithYouthSecretary.add(seat.id())
                            ? "Bí thư Chi đoàn"
                            : "Đoàn viên";
                case ASSOCIATION_MEMBER -> {
                    if (gender == Gender.FEMALE) {
                        yield "Hội viên Hội Liên hiệp Phụ nữ";
                    } else if (age >= 45) {
                        yield "Hội viên Hội Cựu chiến binh";
                    }
                    yield kind == Kind.RURAL ? "Hội viên Hội Nông dân" : "Hội viên Hội Chữ thập đỏ";
                }
            };
        }

        private String officialPosition(Kind kind, Gender gender, int age) {
            if ((kind == Kind.URBAN || kind == Kind.RURAL) && age >= 60 && random.nextInt(100) < 60) {
                return "Hưu trí";
            }
            String job = pick(OFFICIAL_JOBS.get(kind));
            return job.equals("Cựu chiến binh") && (gender == Gender.FEMALE || age < 45) ? "Đảng viên" : job;
        }

        /**
         * Căn cước: the province of registration (092, Cần Thơ), the century and gender (0/1 men/women born in the
         * 1900s, 2/3 in the 2000s), the last two digits of the year of birth, and six random digits.
         */
        private String nationalId(Gender gender, LocalDate dateOfBirth) {
            int centuryAndGender = (dateOfBirth.getYear() >= 2000 ? 2 : 0) + (gender == Gender.FEMALE ? 1 : 0);
            String prefix = String.format("092%d%02d", centuryAndGender, dateOfBirth.getYear() % 100);
            while (true) {
                String id = prefix + String.format("%06d", random.nextInt(1_000_000));
                if (nationalIds.add(id)) {
                    return id;
                }
            }
        }

        private String partyCard() {
            while (true) {
                String card = String.valueOf(10_000_000 + random.nextInt(90_000_000));
                if (partyCards.add(card)) {
                    return card;
                }
            }
        }

        /** Admitted between 22 and 35 when possible, at least 18 years after birth, and more than a year ago. */
        private LocalDate officialJoinDate(LocalDate dateOfBirth) {
            LocalDate latest = today.minusMonths(13);
            LocalDate joined = dateOfBirth.plusYears(between(22, 35)).plusDays(random.nextInt(365));
            return joined.isAfter(latest) ? between(dateOfBirth.plusYears(18), latest) : joined;
        }

        private String phone() {
            String prefix = pick(MOBILE_PREFIXES);
            return prefix + String.format("%07d", random.nextInt(10_000_000));
        }

        private String email(String fullName, LocalDate dateOfBirth) {
            String ascii = Normalizer.normalize(fullName, Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")
                    .replace('đ', 'd')
                    .replace('Đ', 'D')
                    .replace(" ", "")
                    .toLowerCase(Locale.ROOT);
            return ascii + String.format("%02d", dateOfBirth.getYear() % 100) + "@gmail.com";
        }

        /**
         * A handful of discipline records: reprimands (one in the demo cell, not on the demo party member) and two
         * warnings on members of offices, decided since the new committees took office.
         */
        private int discipline(Seat demoCell, Member spared) {
            LocalDate until = today.minusDays(1).isBefore(DISCIPLINE_UNTIL) ? today.minusDays(1) : DISCIPLINE_UNTIL;
            LocalDate from = DISCIPLINE_FROM.isAfter(until) ? until : DISCIPLINE_FROM;
            var reprimands = new ArrayList<>(List.of(
                    "Vi phạm chế độ sinh hoạt đảng: vắng sinh hoạt chi bộ nhiều lần không có lý do chính đáng",
                    "Điều khiển phương tiện giao thông khi trong máu có nồng độ cồn",
                    "Chia sẻ thông tin chưa được kiểm chứng trên mạng xã hội, vi phạm quy định những điều đảng viên"
                            + " không được làm",
                    "Thiếu gương mẫu trong tổ chức việc cưới, việc tang tại khu dân cư",
                    "Chậm đóng đảng phí nhiều tháng không có lý do chính đáng",
                    "Xây dựng công trình nhà ở không có giấy phép, vi phạm quy định về trật tự xây dựng"));
            var warnings = new ArrayList<>(List.of(
                    "Thiếu trách nhiệm trong quản lý tài chính, để xảy ra sai sót trong thu, chi ngân sách tại đơn vị",
                    "Vi phạm nguyên tắc tập trung dân chủ và quy chế làm việc của cơ quan",
                    "Thiếu trách nhiệm trong quản lý đất đai, trật tự xây dựng trên địa bàn được phân công"));
            Collections.shuffle(reprimands, random);
            Collections.shuffle(warnings, random);

            Predicate<Member> candidate = m -> m.ordinary()
                    && m.category() == PersonCategory.PARTY_MEMBER_OFFICIAL
                    && m.id() != spared.id()
                    && m.joinedOn().isBefore(until);
            Predicate<Member> inDemoCell = candidate.and(m -> m.seat() == demoCell);
            var chosen = new ArrayList<Member>();
            chosen.add(pickMember(members.stream().anyMatch(inDemoCell) ? inDemoCell : candidate, chosen));
            for (int i = 1; i < reprimands.size(); i++) {
                chosen.add(pickMember(candidate, chosen));
            }
            for (int i = 0; i < 2; i++) {
                chosen.add(pickMember(candidate.and(m -> m.seat().kind() == Kind.OFFICE), chosen));
            }
            for (int i = 0; i < chosen.size(); i++) {
                Member member = chosen.get(i);
                boolean warning = i >= reprimands.size();
                String reason = warning ? warnings.get(i - reprimands.size()) : reprimands.get(i);
                String decidedBy = warning
                        ? "Ủy ban Kiểm tra " + member.seat().upper().name().replaceFirst("^Đảng bộ", "Đảng ủy")
                        : member.seat().name();
                people.recordDiscipline(
                        new RecordDiscipline(
                                member.id(),
                                warning ? DisciplineForm.WARNING : DisciplineForm.REPRIMAND,
                                between(member.joinedOn().isAfter(from) ? member.joinedOn() : from, until),
                                reason,
                                decidedBy),
                        scope);
            }
            return chosen.size();
        }

        private Member pickMember(Predicate<Member> filter, List<Member> taken) {
            List<Member> candidates = members.stream()
                    .filter(filter)
                    .filter(m -> !taken.contains(m))
                    .toList();
            return candidates.get(random.nextInt(candidates.size()));
        }

        private List<Account> createAccounts(
                long rootId, Seat demoCell, Member wardSecretary, Member cellSecretary, Member ordinaryMember) {
            var created = new ArrayList<Account>();
            account(created, "admin", "Quản trị hệ thống", null, Role.ADMIN, rootId, ROOT_NAME);
            account(created, "thanhuy.vp", "Văn phòng Thành ủy", null, Role.OFFICER, rootId, ROOT_NAME);
            account(created, "thanhuy.xem", "Lãnh đạo Thành ủy (xem)", null, Role.VIEWER, rootId, ROOT_NAME);
            account(created, "bientap", "Biên tập viên Cổng thông tin", null, Role.EDITOR, rootId, ROOT_NAME);
            account(
                    created,
                    "phuong.bithu",
                    wardSecretary.fullName(),
                    wardSecretary.id(),
                    Role.SECRETARY,
                    demoCell.upperId(),
                    DEMO_WARD);
            account(
                    created,
                    "chibo.bithu",
                    cellSecretary.fullName(),
                    cellSecretary.id(),
                    Role.SECRETARY,
                    demoCell.id(),
                    demoCell.name());
            account(created, "dangvien", ordinaryMember.fullName(), ordinaryMember.id(), null, 0, null);
            // every level does its own part: the ward's office, and the secretary of a grassroots committee in the ward
            account(
                    created,
                    "phuong.vp",
                    "Văn phòng Đảng ủy phường Ninh Kiều",
                    null,
                    Role.OFFICER,
                    demoCell.upperId(),
                    DEMO_WARD);
            long school = organizations
                    .findByName(DEMO_SCHOOL, scope, Role.ADMIN)
                    .get(0)
                    .id();
            Member schoolSecretary = find(m -> m.seat().upper() == demoCell.upper()
                            && m.position().startsWith("Bí thư Đảng ủy")
                            && organizations.get(m.seat().id(), scope).parentId() == school)
                    .orElseThrow();
            account(
                    created,
                    "coso.bithu",
                    schoolSecretary.fullName(),
                    schoolSecretary.id(),
                    Role.SECRETARY,
                    school,
                    DEMO_SCHOOL);
            return created;
        }

        private void account(
                List<Account> created,
                String username,
                String displayName,
                Long personId,
                Role role,
                long organizationId,
                String organizationName) {
            long accountId = accounts.createAccount(new CreateAccount(username, displayName, personId, PASSWORD));
            if (role != null) {
                accounts.grantRole(new GrantRole(accountId, role, organizationId));
            }
            created.add(new Account(username, displayName, role, organizationName));
        }

        private Optional<Member> find(Predicate<Member> filter) {
            return members.stream().filter(filter).findFirst();
        }

        private int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
        }

        private String pick(List<String> choices) {
            return choices.get(random.nextInt(choices.size()));
        }
    }
}
