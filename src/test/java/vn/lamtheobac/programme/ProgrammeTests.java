package vn.lamtheobac.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.programme.ProgrammeCommands.AddTheme;
import vn.lamtheobac.programme.ProgrammeCommands.CreateProgramme;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;

/** A committee's programme, its themes, and a lower committee's own theme under its superior's. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProgrammeManagement programmes;

    TestTree tree;
    long programme;
    long cityTheme;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
        programme = programmes.create(
                new CreateProgramme(
                        tree.city,
                        "Chương trình thực hiện Kết luận 01-KL/TW",
                        "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị",
                        null,
                        2025,
                        2030),
                tree.scope("officer"));
        programmes.addTheme(
                new AddTheme(
                        programme,
                        tree.city,
                        ThemeKind.WHOLE_TERM,
                        null,
                        "Ý chí tự lực, tự cường và khát vọng phát triển",
                        null,
                        null),
                tree.scope("officer"));
        cityTheme = programmes.addTheme(
                new AddTheme(programme, tree.city, ThemeKind.ANNUAL, 2026, "Gần dân, trọng dân, vì dân", null, null),
                tree.scope("officer"));
    }

    @Test
    void aLowerCommitteeAddsItsOwnAnnualThemeUnderItsSuperiors() {
        var officer = tree.scope("officer");
        long wardTheme = programmes.addTheme(
                new AddTheme(programme, tree.wardA, ThemeKind.ANNUAL, 2026, "Phường An gần dân", null, cityTheme),
                officer);
        assertThat(programmes.themesFor(tree.cellA1, 2026))
                .extracting(ThemeView::id)
                .contains(cityTheme, wardTheme);
        assertThat(programmes.themesFor(tree.cellB1, 2026))
                .extracting(ThemeView::id)
                .contains(cityTheme)
                .doesNotContain(wardTheme);
        assertThatThrownBy(() -> programmes.addTheme(
                        new AddTheme(
                                programme, tree.wardA, ThemeKind.ANNUAL, 2026, "Chuyên đề thứ hai", null, cityTheme),
                        officer))
                .extracting("messageKey")
                .isEqualTo("theme.error.taken");
    }

    @Test
    void anAnnualThemeMustFallWithinTheProgrammeAndMatchItsParentsYear() {
        var officer = tree.scope("officer");
        assertThatThrownBy(() -> programmes.addTheme(
                        new AddTheme(programme, tree.wardB, ThemeKind.ANNUAL, 2031, "Quá thời hạn", null, null),
                        officer))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isEqualTo("theme.error.yearOutsidePeriod");
        assertThatThrownBy(() -> programmes.addTheme(
                        new AddTheme(
                                programme,
                                tree.wardB,
                                ThemeKind.ANNUAL,
                                2027,
                                "Khác năm với cấp trên",
                                null,
                                cityTheme),
                        officer))
                .extracting("messageKey")
                .isEqualTo("theme.error.parent");
    }

    /** Every level does its own part: the ward's secretary adopts the ward's themes; a reader does not. */
    @Test
    void theCommitteesOwnOfficerOrSecretarySetsItsThemesAReaderDoesNot() {
        assertThatThrownBy(() -> programmes.addTheme(
                        new AddTheme(programme, tree.wardA, ThemeKind.ANNUAL, 2027, "Chuyên đề của phường", null, null),
                        tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class);
        programmes.addTheme(
                new AddTheme(programme, tree.wardA, ThemeKind.ANNUAL, 2027, "Chuyên đề của phường", null, null),
                tree.scope("wardsec"));
    }

    @Test
    void theProgrammeIsSeenBelowItsCommitteeAndNotElsewhere() throws Exception {
        mvc.perform(get("/api/v1/programmes/{id}", programme).with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.themes.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
        var other = TestTree.create(context);
        mvc.perform(get("/api/v1/programmes/{id}", programme).with(user(other.user("officer"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/app/programmes/{id}", programme).with(user(tree.user("viewer"))))
                .andExpect(status().isOk());
    }
}
