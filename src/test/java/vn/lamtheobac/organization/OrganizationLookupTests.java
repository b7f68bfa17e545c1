package vn.lamtheobac.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.organization.OrganizationCommands.CreateOrganization;
import vn.lamtheobac.organization.OrganizationCommands.DissolveOrganization;
import vn.lamtheobac.organization.OrganizationMatch.Ambiguous;
import vn.lamtheobac.organization.OrganizationMatch.Found;
import vn.lamtheobac.organization.OrganizationMatch.OutOfScope;
import vn.lamtheobac.organization.OrganizationMatch.Unknown;
import vn.lamtheobac.shared.NotFoundException;
import vn.lamtheobac.shared.Role;
import vn.lamtheobac.shared.Scope;

/**
 * How an import names an organisation: by its code, by a path of names from any committee down, or by a name alone,
 * as an officer would write it, never learning anything of the tree outside their scope.
 *
 * <pre>
 * city
 *  ├─ wardA ── cellA3 "Chi bộ khu vực 1 …"   (and schoolA ── cellA1, cellA2)
 *  └─ wardB ── cellB1 "Chi bộ khu vực 1 …"   (officerb keeps wardB's records)
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationLookupTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganizationManagement organizations;

    TestTree tree;
    Scope officer;
    long cellA3;
    long dissolved;
    String sameName;
    String city;
    String wardA;
    String wardB;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        officer = tree.scope("officer");
        sameName = "Chi bộ khu vực 1 " + tree.tag;
        city = "Thành ủy thử " + tree.tag;
        wardA = "Đảng bộ phường An " + tree.tag;
        wardB = "Đảng bộ phường Bình " + tree.tag;
        cellA3 = organizations.create(
                new CreateOrganization(tree.wardA, "GRASSROOTS_CELL", sameName, null), tree.system);
        dissolved = organizations.create(
                new CreateOrganization(tree.wardA, "GRASSROOTS_CELL", "Chi bộ đã giải thể " + tree.tag, null),
                tree.system);
        organizations.dissolve(
                new DissolveOrganization(
                        dissolved,
                        null,
                        organizations.get(dissolved, tree.system).version()),
                tree.system);
    }

    OrganizationMatch resolve(String code, String nameOrPath, String role) {
        return organizations.resolve(code, nameOrPath, tree.scope(role), Role.RECORD_KEEPERS);
    }

    @Test
    void aBareNameSharedByCellsOfTwoWardsIsAmbiguousAndNamesBothPaths() {
        assertThat(resolve(null, sameName, "officer"))
                .isEqualTo(new Ambiguous(
                        List.of(city + " / " + wardA + " / " + sameName, city + " / " + wardB + " / " + sameName)));
    }

    @Test
    void aPathFromAnyCommitteeDownNamesOneOfThem() {
        assertThat(resolve(null, wardA + " / " + sameName, "officer")).isEqualTo(new Found(cellA3));
        assertThat(resolve(null, wardB + " / " + sameName, "officer")).isEqualTo(new Found(tree.cellB1));
        assertThat(resolve(null, city + " / " + wardB + " / " + sameName, "officer"))
                .isEqualTo(new Found(tree.cellB1));
        // "Chi bộ Giáo viên" lies under the school, not directly under the ward: the path must be whole
        assertThat(resolve(null, wardA + " / Chi bộ Giáo viên " + tree.tag, "officer"))
                .isEqualTo(new Unknown());
    }

    @Test
    void aPathIsComparedWithoutCaseNorDiacriticsNorExtraSpaces() {
        String typed = ("dang bo phuong an " + tree.tag + "  /chi bo khu vuc 1 " + tree.tag).toUpperCase();
        assertThat(resolve(null, typed, "officer")).isEqualTo(new Found(cellA3));
    }

    @Test
    void aUniqueNameIsFoundAndAnUnknownOneIsNot() {
        assertThat(resolve(null, "chi bo van phong " + tree.tag, "officer")).isEqualTo(new Found(tree.cellA2));
        assertThat(resolve(null, "Chi bộ không có " + tree.tag, "officer")).isEqualTo(new Unknown());
        assertThat(resolve(null, "  ", "officer")).isEqualTo(new Unknown());
        assertThat(resolve(null, "Chi bộ đã giải thể " + tree.tag, "officer")).isEqualTo(new Unknown());
    }

    @Test
    void theCodeComesFirstAndANameThatDisagreesIsNotRead() {
        assertThat(resolve(String.valueOf(cellA3), null, "officer")).isEqualTo(new Found(cellA3));
        assertThat(resolve(" " + cellA3 + " ", sameName, "officer")).isEqualTo(new Found(cellA3));
        assertThat(resolve(String.valueOf(cellA3), "Chi bộ Văn phòng " + tree.tag, "officer"))
                .isEqualTo(new Found(cellA3));
    }

    @Test
    void aCodeOutOfScopeDissolvedOrMalformedIsUnknownWithoutFallingBackToTheName() {
        // officerb keeps ward B's records: ward A's cell does not exist for them, whatever its code
        assertThat(resolve(String.valueOf(cellA3), null, "officerb")).isEqualTo(new Unknown());
        assertThat(resolve(String.valueOf(cellA3), wardB + " / " + sameName, "officerb"))
                .isEqualTo(new Unknown());
        assertThat(resolve(String.valueOf(dissolved), null, "officer")).isEqualTo(new Unknown());
        assertThat(resolve("CB-" + cellA3, sameName, "officer")).isEqualTo(new Unknown());
        assertThat(resolve("999999999999", null, "officer")).isEqualTo(new Unknown());
    }

    @Test
    void outsideTheScopeLooksExactlyLikeNothingAndLeaksNoSibling() {
        // officerb sees one "Chi bộ khu vực 1": theirs, never told of ward A's
        assertThat(resolve(null, sameName, "officerb")).isEqualTo(new Found(tree.cellB1));
        // a path written from the city, above their scope, still names their cell
        assertThat(resolve(null, city + " / " + wardB + " / " + sameName, "officerb"))
                .isEqualTo(new Found(tree.cellB1));
        assertThat(resolve(null, wardA + " / " + sameName, "officerb")).isEqualTo(new Unknown());
        assertThat(resolve(null, "Chi bộ Giáo viên " + tree.tag, "officerb")).isEqualTo(new Unknown());
    }

    @Test
    void anOrganisationTheCallerOnlyReadsIsOutOfScopeNotUnknown() {
        // the city's leader reads every cell but keeps no records
        assertThat(resolve(null, "Chi bộ Giáo viên " + tree.tag, "viewer")).isEqualTo(new OutOfScope());
        assertThat(resolve(String.valueOf(tree.cellA1), null, "viewer")).isEqualTo(new OutOfScope());
        // a cell's secretary keeps that cell only; the ward's office keeps the ward
        assertThat(resolve(null, "Chi bộ Giáo viên " + tree.tag, "cellsec")).isEqualTo(new Found(tree.cellA1));
        assertThat(resolve(null, "Chi bộ Văn phòng " + tree.tag, "cellsec")).isEqualTo(new Unknown());
        assertThat(resolve(null, sameName, "wardsec")).isEqualTo(new Found(cellA3));
    }

    @Test
    void aPathNameStartsAtTheCallersTopmostVisibleCommittee() {
        assertThat(organizations.pathName(cellA3, officer)).isEqualTo(city + " / " + wardA + " / " + sameName);
        assertThat(organizations.pathName(cellA3, tree.scope("wardsec"))).isEqualTo(wardA + " / " + sameName);
        assertThat(organizations.pathName(tree.cellA1, tree.scope("cellsec")))
                .isEqualTo("Chi bộ Giáo viên " + tree.tag);
        assertThatThrownBy(() -> organizations.pathName(cellA3, tree.scope("officerb")))
                .isInstanceOf(NotFoundException.class);
    }
}
