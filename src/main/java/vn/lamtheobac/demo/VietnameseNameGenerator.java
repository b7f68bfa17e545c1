package vn.lamtheobac.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.lamtheobac.people.Gender;

/**
 * Invents realistic Vietnamese full names ("Nguyễn Thị Ngọc Hân"): a family name drawn with its real frequency (Nguyễn
 * about a third, then Trần, Lê, Phạm, Huỳnh…, weighted as in the South), one or two middle names and a given name
 * suited to the gender. People born from 1990 on carry "Văn" and "Thị" less often, as in real life. Every choice comes
 * from the {@link Random} given, so the same seed gives the same names.
 */
final class VietnameseNameGenerator {

    /** A generated name and the gender it was made for. */
    record Name(String fullName, Gender gender) {}

    private static final Weighted FAMILY = Weighted.parse("Nguyễn 270, Trần 110, Lê 95, Phạm 70, Huỳnh 40, Hoàng 15,"
            + " Phan 45, Võ 30, Vũ 10, Đặng 21, Bùi 20, Đỗ 14, Hồ 13, Ngô 13, Dương 10, Lý 6, Đinh 5, Trương 10, Lâm 8,"
            + " Mai 5, Tô 4, Châu 6, Cao 5, Đoàn 5, Lương 4, Thái 4, Lưu 4, Tạ 3, Quách 3, Trịnh 3, Kiều 2, Triệu 2,"
            + " La 2, Diệp 2");

    private static final Weighted MALE_MIDDLE = Weighted.parse("Văn 300, Hữu 45, Minh 60, Quốc 45, Thanh 40, Đức 30,"
            + " Công 30, Hoàng 35, Tấn 30, Trọng 20, Ngọc 20, Gia 15, Xuân 15, Quang 20, Chí 20, Phước 15, Thành 20,"
            + " Duy 20, Trung 15, Thế 15, Anh 20, Nhật 10, Hải 10");

    private static final Weighted FEMALE_MIDDLE = Weighted.parse("Thị 320, Ngọc 60, Thu 35, Kim 35, Thanh 35, Mỹ 30,"
            + " Bích 25, Thúy 20, Hồng 20, Minh 20, Phương 15, Hoài 12, Diễm 10, Cẩm 10, Tuyết 10, Bảo 12, Khánh 10,"
            + " Quỳnh 10, Hải 8");

    /** Second middle names after "Thị": "Nguyễn Thị Ngọc Hân". */
    private static final List<String> FEMALE_SECOND_MIDDLE =
            words("Ngọc Thanh Kim Thu Mỹ Bích Kiều Hồng Thúy Diễm Cẩm Phương Tuyết");

    private static final List<String> FEMALE_TWO_WORD_MIDDLE = List.of(
            "Ngọc Bảo", "Bảo Ngọc", "Kim Ngọc", "Thanh Thúy", "Mỹ Ngọc", "Ngọc Thanh", "Hoàng Kim", "Hồng Ngọc");

    private static final List<String> MALE_TWO_WORD_MIDDLE = List.of(
            "Hoàng Minh", "Minh Quốc", "Văn Minh", "Hoàng Gia", "Minh Đức", "Quốc Bảo", "Đức Minh", "Hữu Thanh");

    private static final List<String> MALE_GIVEN = words("An Bảo Bình Cường Chiến Công Danh Dũng Duy Đạt Định Đông"
            + " Giang Hải Hào Hiếu Hòa Hoàng Hùng Huy Khang Khánh Khoa Kiên Lâm Lộc Long Lợi Luân Minh Nam Nghĩa Nhân"
            + " Phát Phong Phúc Phước Quang Quân Quốc Sang Sơn Tài Tâm Tân Thái Thành Thắng Thiện Thịnh Thông Tiến Toàn"
            + " Trí Trọng Trung Tú Tuấn Tùng Việt Vinh Vũ Vương Hậu Hiền Nhựt Thuận Triều Kha Trường");

    private static final List<String> FEMALE_GIVEN = words("An Anh Châu Chi Diễm Dung Duyên Giang Hà Hạnh Hằng Hân"
            + " Hiền Hoa Hồng Huệ Hương Huyền Khánh Lan Liên Linh Loan Ly Mai My Nga Ngân Ngọc Nguyệt Nhi Nhung Oanh"
            + " Phương Quyên Quỳnh Tâm Thảo Thơ Thu Thủy Thư Trâm Trang Trinh Tuyết Uyên Vân Vy Xuân Yến Nhàn Đào Diệu"
            + " Thắm");

    private final Random random;

    VietnameseNameGenerator(Random random) {
        this.random = random;
    }

    /** A name for someone of either gender, drawn half and half. */
    Name next(int birthYear) {
        return next(random.nextBoolean() ? Gender.MALE : Gender.FEMALE, birthYear);
    }

    Name next(Gender gender, int birthYear) {
        boolean young = birthYear >= 1990;
        while (true) {
            String family = FAMILY.pick(random);
            String middle = gender == Gender.MALE ? maleMiddle(young) : femaleMiddle(young);
            List<String> given = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
            String first = given.get(random.nextInt(given.size()));
            String lastMiddle = middle.substring(middle.lastIndexOf(' ') + 1);
            String firstMiddle = middle.substring(0, middle.indexOf(' ') < 0 ? middle.length() : middle.indexOf(' '));
            if (!first.equals(lastMiddle) && !first.equals(family) && !firstMiddle.equals(family)) {
                return new Name(family + " " + middle + " " + first, gender);
            }
        }
    }

    private String maleMiddle(boolean young) {
        if (random.nextInt(100) < (young ? 12 : 4)) {
            return MALE_TWO_WORD_MIDDLE.get(random.nextInt(MALE_TWO_WORD_MIDDLE.size()));
        }
        while (true) {
            String middle = MALE_MIDDLE.pick(random);
            if (!young || !middle.equals("Văn") || random.nextInt(100) < 40) {
                return middle;
            }
        }
    }

    private String femaleMiddle(boolean young) {
        int roll = random.nextInt(100);
        if (roll < (young ? 10 : 18)) {
            return "Thị " + FEMALE_SECOND_MIDDLE.get(random.nextInt(FEMALE_SECOND_MIDDLE.size()));
        }
        if (roll < 22) {
            return FEMALE_TWO_WORD_MIDDLE.get(random.nextInt(FEMALE_TWO_WORD_MIDDLE.size()));
        }
        while (true) {
            String middle = FEMALE_MIDDLE.pick(random);
            if (!young || !middle.equals("Thị") || random.nextInt(100) < 40) {
                return middle;
            }
        }
    }

    private static List<String> words(String spaceSeparated) {
        return List.of(spaceSeparated.split(" "));
    }

    /** Words with integer weights, picked in proportion to them. */
    private record Weighted(List<String> words, int[] cumulative) {

        /** Parses "Nguyễn 270, Trần 110": each word followed by its weight. */
        static Weighted parse(String spec) {
            var words = new ArrayList<String>();
            var entries = spec.split(",");
            int[] cumulative = new int[entries.length];
            int total = 0;
            for (int i = 0; i < entries.length; i++) {
                String[] parts = entries[i].trim().split(" ");
                words.add(parts[0]);
                total += Integer.parseInt(parts[1]);
                cumulative[i] = total;
            }
            return new Weighted(List.copyOf(words), cumulative);
        }

        String pick(Random random) {
            int roll = random.nextInt(cumulative[cumulative.length - 1]);
            for (int i = 0; i < cumulative.length; i++) {
                if (roll < cumulative[i]) {
                    return words.get(i);
                }
            }
            throw new IllegalStateException("unreachable");
        }
    }
}
