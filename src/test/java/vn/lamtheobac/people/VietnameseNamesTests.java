package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists sort by given name, then middle names, then family name, in Vietnamese alphabetical order. */
class VietnameseNamesTests {

    static List<String> sorted(String... names) {
        return java.util.Arrays.stream(names)
                .sorted(Comparator.comparing(VietnameseNames::sortKey))
                .toList();
    }

    @Test
    void sortsByGivenNameFirst() {
        assertThat(sorted("Trần Thị Yến", "Nguyễn Văn An", "Lê Bình"))
                .containsExactly("Nguyễn Văn An", "Lê Bình", "Trần Thị Yến");
    }

    @Test
    void thenByMiddleThenByFamilyName() {
        assertThat(sorted("Nguyễn Văn An", "Lê Văn An", "Nguyễn Thị An"))
                .containsExactly("Nguyễn Thị An", "Lê Văn An", "Nguyễn Văn An");
    }

    @Test
    void followsTheVietnameseAlphabet() {
        // a < ă < â, d < đ < e, o < ô < ơ, u < ư: letters with hooks and breves are letters of their own.
        assertThat(sorted("Lê Ân", "Lê Ăn", "Lê An")).containsExactly("Lê An", "Lê Ăn", "Lê Ân");
        assertThat(sorted("Lê Em", "Lê Đức", "Lê Dũng")).containsExactly("Lê Dũng", "Lê Đức", "Lê Em");
        assertThat(sorted("Lê Ơn", "Lê Ông", "Lê Ong")).containsExactly("Lê Ong", "Lê Ông", "Lê Ơn");
        assertThat(sorted("Lê Ưng", "Lê Uyên")).containsExactly("Lê Uyên", "Lê Ưng");
    }

    @Test
    void aShorterGivenNameComesFirst() {
        assertThat(sorted("Phạm Anh", "Phạm An")).containsExactly("Phạm An", "Phạm Anh");
    }

    @Test
    void spacesAreNormalised() {
        assertThat(VietnameseNames.normalise("  Nguyễn   Văn  An ")).isEqualTo("Nguyễn Văn An");
        assertThat(VietnameseNames.sortKey("Nguyễn  Văn An")).isEqualTo(VietnameseNames.sortKey("Nguyễn Văn An"));
    }
}
