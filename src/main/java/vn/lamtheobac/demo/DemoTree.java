package vn.lamtheobac.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The demo's organisation tree, modelled on Cần Thơ city after the 2025 reorganisation: ward, commune and affiliated
 * committees, their grassroots committees and cells, and the leaders each committee places in its first cell.
 */
final class DemoTree {

    private DemoTree() {}

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
    record Unit(String name, Kind kind, List<String> leaders, List<String> cells) {

        boolean isCommittee() {
            return !cells.isEmpty();
        }
    }

    /**
     * A ward, commune or affiliated committee. {@code leaders} are placed in the first cell of its first unit, as the
     * standing committee usually belongs to the cell of the party offices.
     */
    record Upper(String typeCode, String name, LocalDate termStartsOn, List<String> leaders, List<Unit> units) {}

    static List<Upper> tree() {
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
}
