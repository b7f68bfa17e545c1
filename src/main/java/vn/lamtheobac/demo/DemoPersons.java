package vn.lamtheobac.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.lamtheobac.demo.DemoTree.Kind;
import vn.lamtheobac.people.Gender;
import vn.lamtheobac.people.PersonCategory;
import vn.lamtheobac.people.PersonCommands.PersonDetails;

/**
 * Invents one plausible person for a cell of a given kind: age, gender and name, position, national ID, party card,
 * dates of admission and of joining the cell, phone and e-mail. Every choice comes from the generator's seeded random
 * source, in a fixed order, so one seed always gives the same people.
 */
final class DemoPersons {

    /** A person's details and the day they joined their cell. */
    record Invented(PersonDetails details, LocalDate joinedOn) {}

    private static final List<String> MOBILE_PREFIXES = List.of(
            "090 091 093 094 096 097 098 086 088 089 032 033 034 035 036 037 038 039 081 082 083 084 085".split(" "));

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

    /** Reasons of the demo's reprimands (khiển trách), as a cell would write them. */
    static final List<String> REPRIMANDS = List.of(
            "Vi phạm chế độ sinh hoạt đảng: vắng sinh hoạt chi bộ nhiều lần không có lý do chính đáng",
            "Điều khiển phương tiện giao thông khi trong máu có nồng độ cồn",
            "Chia sẻ thông tin chưa được kiểm chứng trên mạng xã hội, vi phạm quy định những điều đảng viên"
                    + " không được làm",
            "Thiếu gương mẫu trong tổ chức việc cưới, việc tang tại khu dân cư",
            "Chậm đóng đảng phí nhiều tháng không có lý do chính đáng",
            "Xây dựng công trình nhà ở không có giấy phép, vi phạm quy định về trật tự xây dựng");

    /** Reasons of the demo's warnings (cảnh cáo), decided by a committee's inspection commission. */
    static final List<String> WARNINGS = List.of(
            "Thiếu trách nhiệm trong quản lý tài chính, để xảy ra sai sót trong thu, chi ngân sách tại đơn vị",
            "Vi phạm nguyên tắc tập trung dân chủ và quy chế làm việc của cơ quan",
            "Thiếu trách nhiệm trong quản lý đất đai, trật tự xây dựng trên địa bàn được phân công");

    private final Random random;
    private final VietnameseNameGenerator names;
    private final LocalDate today;
    private final Set<String> nationalIds = new HashSet<>();
    private final Set<String> partyCards = new HashSet<>();
    private final Set<Long> seatsWithYouthSecretary = new HashSet<>();

    DemoPersons(Random random, VietnameseNameGenerator names, LocalDate today) {
        this.random = random;
        this.names = names;
        this.today = today;
    }

    /** A person of {@code category} for a cell; {@code position} is {@code null} for an ordinary member. */
    Invented invent(Kind kind, long seatId, PersonCategory category, String position) {
        boolean leader = position != null;
        int age = age(kind, category, position);
        LocalDate dateOfBirth = today.minusYears(age).minusDays(1 + random.nextInt(364));
        Gender gender = gender(kind, category, leader);
        var name = names.next(gender, dateOfBirth.getYear());
        String job = leader ? position : position(kind, seatId, category, gender, age);

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
        LocalDate joinedOn = random.nextInt(100) < 85 || !today.isAfter(DemoData.REORGANISED_ON.plusDays(1))
                ? DemoData.REORGANISED_ON
                : between(DemoData.REORGANISED_ON.plusDays(1), today.minusDays(1));
        if (partyJoinedOn != null && partyJoinedOn.isAfter(joinedOn)) {
            joinedOn = partyJoinedOn;
        }
        return new Invented(
                new PersonDetails(
                        category,
                        name.fullName(),
                        gender,
                        dateOfBirth,
                        nationalId,
                        partyCard,
                        partyJoinedOn,
                        job,
                        phone,
                        email),
                joinedOn);
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

    private String position(Kind kind, long seatId, PersonCategory category, Gender gender, int age) {
        return switch (category) {
            case PARTY_MEMBER_OFFICIAL -> officialPosition(kind, gender, age);
            case PARTY_MEMBER_PROBATIONARY -> pick(PROBATIONARY_JOBS.get(kind));
            case CIVIL_SERVANT -> pick(CIVIL_SERVANT_JOBS.get(kind));
            case UNION_MEMBER ->
                random.nextInt(100) < 40 && seatsWithYouthSecretary.add(seatId) ? "Bí thư Chi đoàn" : "Đoàn viên";
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

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
