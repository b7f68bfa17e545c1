package vn.lamtheobac.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;

/**
 * The header and signing capacity of a party document (Hướng dẫn 36-HD/VPTW): the upper line is the issuer's directly
 * superior party organisation, none for a committee directly under the Central Committee; a chi bộ cơ sở signs for the
 * cell.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterheadTests {

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    ApplicationContext context;

    TestTree tree;

    @BeforeAll
    void tree() {
        tree = TestTree.create(context);
    }

    @Test
    @DisplayName("HD 36: a ward committee prints its superior party organisation above it, not its own đảng bộ")
    void upperLineIsTheDirectSuperior_HD36() {
        var ward = organizations.letterhead(tree.wardA);
        assertThat(ward.superiorBody()).isEqualTo("Thành ủy thử " + tree.tag);
        assertThat(ward.issuingBody()).isEqualTo("Đảng ủy phường An " + tree.tag);
        var school = organizations.letterhead(tree.schoolA);
        assertThat(school.superiorBody()).isEqualTo("Đảng bộ phường An " + tree.tag);
        assertThat(school.issuingBody()).isEqualTo("Đảng ủy Trường " + tree.tag);
        var cell = organizations.letterhead(tree.cellA1);
        assertThat(cell.superiorBody()).isEqualTo("Đảng bộ Trường " + tree.tag);
        assertThat(cell.issuingBody()).isEqualTo("Chi bộ Giáo viên " + tree.tag);
    }

    @Test
    @DisplayName("HD 36: a committee directly under the Central Committee has no upper line")
    void aRootHasNoUpperLine_HD36() {
        assertThat(organizations.letterhead(tree.city).superiorBody()).isNull();
    }

    @Test
    @DisplayName("HD 36: a chi bộ cơ sở signs T/M Chi bộ; a cell of a grassroots committee T/M Chi ủy")
    void aGrassrootsCellSignsForTheCell_HD36() {
        assertThat(organizations.letterhead(tree.cellB1).signingCapacity()).isEqualTo("T/M Chi bộ");
        assertThat(organizations.letterhead(tree.cellA1).signingCapacity()).isEqualTo("T/M Chi ủy");
        assertThat(organizations.letterhead(tree.schoolA).signingCapacity()).isEqualTo("T/M Đảng ủy");
        assertThat(organizations.letterhead(tree.wardA).signingCapacity()).isEqualTo("T/M Ban Thường vụ");
    }

    @Test
    @DisplayName("HD 36: a cell has no office: its copy is filed with the cell, never a \"Văn phòng Chi bộ\"")
    void aCellHasNoOffice_HD36() {
        var cell = organizations.letterhead(tree.cellB1);
        assertThat(cell.grassrootsCell()).isTrue();
        assertThat(cell.office()).isNull();
        assertThat(cell.fileCopy()).isEqualTo("Lưu Chi bộ.");
        assertThat(organizations.letterhead(tree.wardA).fileCopy())
                .isEqualTo("Lưu Văn phòng Đảng ủy phường An " + tree.tag + ".");
    }
}
