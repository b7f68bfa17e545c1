package vn.lamtheobac.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, "Legacy encodings": the check that tells a Vietnamese syllable from a mis-decoded or foreign word. */
class VietnameseSyllablesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                "Dương", "Lý", "Văn", "Thị", "An", "Ánh", "Yến", "Ước", "Quốc", "Quỳnh", "Quyết", "Quang", "Giang",
                "Giếng", "Gì", "Nghĩa", "Nghiêng", "Kiều", "Khuê", "Khuya", "Khuỷu", "Thuở", "Xoong", "Hoặc", "Hoạch",
                "Huỵch", "Nguyệt", "Tuyết", "Trường", "Rượu", "Người", "Ghế", "Hòa", "Hoà", "Thủy", "Thuỷ", "Bích",
                "Lực", "Bắc", "Việt", "Mạnh", "Chính", "NGUYỄN", "Vy", "Kỹ", "A", "Ý", "Oanh", "Uyên", "Minh"
            })
    void wellFormedSyllablesPass(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).as(word).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NguyÔn",
                "V¨n",
                "Nguyeãn",
                "Vaên",
                "Trờng",
                "Josộ",
                "José",
                "Müller",
                "François",
                "Jean",
                "Peter",
                "Anna",
                "Smith",
                "Kha\u0301\u0300",
                "Bac",
                "Viet",
                "Ce",
                "Gế",
                "Kang",
                "Ngi",
                "Xyz",
                "",
                "Hoàngg"
            })
    void anythingElseFails(String word) {
        assertThat(VietnameseSyllables.isSyllable(word)).as(word).isFalse();
    }
}
