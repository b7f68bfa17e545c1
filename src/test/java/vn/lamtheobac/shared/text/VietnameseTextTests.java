package vn.lamtheobac.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Issue 12, "Unicode": the one normalisation of typed and pasted text, at its boundaries. */
class VietnameseTextTests {

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void aDecomposedNameBecomesTheComposedOne() {
        assertThat(nfd("Nguyễn Văn Ánh")).hasSizeGreaterThan("Nguyễn Văn Ánh".length());
        assertThat(VietnameseText.normalise(nfd("Nguyễn Văn Ánh"))).isEqualTo("Nguyễn Văn Ánh");
    }

    @Test
    void everyKindOfSpaceBecomesAnOrdinarySpace() {
        assertThat(VietnameseText.normalise("Lê\u00A0Thị\u2007Hà\u202FMy\u3000Anh\u2003Thư"))
                .isEqualTo("Lê Thị Hà My Anh Thư");
    }

    @Test
    void zeroWidthCharactersAndSoftHyphensAreRemoved() {
        assertThat(VietnameseText.normalise("\uFEFFTrần\u200B Thị\u200C Thu\u200D Hà\u2060\u180E"))
                .isEqualTo("Trần Thị Thu Hà");
        assertThat(VietnameseText.normalise("0790\u200B85000123")).isEqualTo("079085000123");
        assertThat(VietnameseText.normalise("Nguy\u00ADễn Văn An")).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void aZeroWidthCharacterBetweenALetterAndItsMarkDoesNotKeepThemApart() {
        assertThat(VietnameseText.normalise("Vie\u0302\u200B\u0323t")).isEqualTo("Việt");
    }

    @Test
    void surroundingSpaceIsStrippedButInnerLayoutIsKept() {
        assertThat(VietnameseText.normalise("\u00A0 Kế hoạch\n\n  1. Học tập\t(quý I) \u00A0"))
                .isEqualTo("Kế hoạch\n\n  1. Học tập\t(quý I)");
        assertThat(VietnameseText.normalise("a   b")).isEqualTo("a   b");
    }

    @Test
    void nullStaysNullAndBlankBecomesEmpty() {
        assertThat(VietnameseText.normalise(null)).isNull();
        assertThat(VietnameseText.normalise("\u00A0\u200B ")).isEmpty();
    }

    @Test
    void theSoftHyphenOfATcvn3TextIsItsLetterUAndIsKept() {
        // TCVN3 writes ư as byte 0xAD: "Tr\u00ADêng" is "Trường"; dropping it would turn the name into "Trờng"
        assertThat(VietnameseText.normalise("Tr\u00ADêng V¨n Phóc\u00A0")).isEqualTo("Tr\u00ADêng V¨n Phóc");
    }

    @Property(tries = 500)
    void normaliseIsIdempotentComposedAndFreeOfWhatItRemoves(@ForAll("typed") String typed) {
        String once = VietnameseText.normalise(typed);
        assertThat(VietnameseText.normalise(once)).isEqualTo(once);
        assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
        assertThat(once).isEqualTo(once.strip());
        boolean tcvn3 = LegacyVietnamese.detect(once)
                .filter(l -> l.encoding() == LegacyVietnamese.Encoding.TCVN3)
                .isPresent();
        for (char c : once.toCharArray()) {
            if (c != ' ') {
                assertThat(Character.getType(c)).as("U+%04X", (int) c).isNotEqualTo((int) Character.SPACE_SEPARATOR);
                assertThat(c == '\u00AD' ? !tcvn3 : VietnameseText.isInvisible(c))
                        .as("U+%04X", (int) c)
                        .isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> typed() {
        var pieces = Arbitraries.oneOf(
                Arbitraries.of(
                        "Nguyễn", "Văn", "Ánh", "Trường", "Việt", "Đức", "Thị", "Huỳnh", "a", "Z", "7", "\n", "\t"),
                Arbitraries.of("Nguyễn", "Văn", "Ánh", "Trường", "Việt", "Đức").map(VietnameseTextTests::nfd),
                Arbitraries.of(
                        " ", "\u00A0", "\u2007", "\u202F", "\u3000", "\u2000", "\u2001", "\u200B", "\u200C", "\u200D",
                        "\u2060", "\uFEFF", "\u00AD", "\u180E"),
                Arbitraries.of("\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u031B", "\u0323"),
                Arbitraries.of("Tr\u00ADêng", "V¨n", "NguyÔn", "Nguyeãn", "Vaên"),
                Arbitraries.strings().withCharRange('\u00A0', '\u024F').ofMaxLength(3));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
