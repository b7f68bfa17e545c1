package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;

/**
 * Each person is shown what they may open: the menu follows the capabilities of their grants (a member without a grant
 * sees only their own pages), every entry it shows opens, and a breadcrumb links no ancestor above their scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationTests {

    private static final Pattern SIDEBAR = Pattern.compile("<nav id=\"sidebar\".*?</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*?)href=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");

    /** The entries of the two programme and organisation sections every reader of a subtree has. */
    static final List<String> READER = List.of(
            "nav-inbox",
            "nav-directives",
            "nav-commitments",
            "nav-initiatives",
            "nav-evaluations",
            "nav-recognition",
            "nav-programmes",
            "nav-register",
            "nav-organizations",
            "nav-people");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    /** The menu entries (id → href) the role is shown on the start page. */
    List<String[]> menu(String role) throws Exception {
        var page = mvc.perform(get("/app").with(user(tree.user(role))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var sidebar = SIDEBAR.matcher(page);
        assertThat(sidebar.find()).as("the page has a menu").isTrue();
        var entries = new ArrayList<String[]>();
        var link = LINK.matcher(sidebar.group());
        while (link.find()) {
            var id = ID.matcher(link.group(1));
            entries.add(new String[] {id.find() ? id.group(1) : "", link.group(2)});
        }
        return entries;
    }

    List<String> ids(String role) throws Exception {
        return menu(role).stream().map(e -> e[0]).filter(id -> !id.isEmpty()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "officer", "viewer", "editor", "wardsec", "cellsec", "member", "officerb"})
    void everyEntryShownOpens(String role) throws Exception {
        for (var entry : menu(role)) {
            int status = mvc.perform(get(entry[1]).with(user(tree.user(role))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(role + " opens " + entry[0] + " " + entry[1]).isLessThan(400);
        }
    }

    @Test
    void aMemberWithoutAGrantSeesOnlyTheirOwnPages() throws Exception {
        var page = mvc.perform(get("/app").with(user(tree.user("member"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .doesNotContain("Văn bản chỉ đạo", "Nhập từ Excel", "Sổ văn bản đi", "Tổ chức đảng")
                .contains("Đánh giá, xếp loại của tôi", "Khen thưởng của tôi", "Mô hình, hành động của tôi");
        assertThat(ids("member"))
                .containsExactly(
                        "nav-home",
                        "nav-my-commitment",
                        "nav-my-evaluation",
                        "nav-my-initiatives",
                        "nav-my-commendations",
                        "nav-my-record",
                        "nav-profile");
    }

    @Test
    void aReadOnlyLeaderSeesWhatTheyReadButNoImport() throws Exception {
        var page = mvc.perform(get("/app").with(user(tree.user("viewer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Nhập từ Excel");
        assertThat(ids("viewer")).containsAll(READER).doesNotContain("nav-import", "nav-accounts", "nav-audit");
    }

    @Test
    void anEditorSeesOnlyTheOrganisationTree() throws Exception {
        var page = mvc.perform(get("/app").with(user(tree.user("editor"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Văn bản chỉ đạo", "Nhập từ Excel");
        assertThat(ids("editor")).containsExactly("nav-home", "nav-organizations", "nav-profile");
    }

    @Test
    void recordKeepersSeeTheImportAndTheirOwnPages() throws Exception {
        assertThat(ids("cellsec"))
                .containsAll(READER)
                .contains("nav-import", "nav-my-commitment", "nav-my-record", "nav-profile")
                .doesNotContain("nav-my-evaluation", "nav-accounts");
        assertThat(ids("officer")).containsAll(READER).contains("nav-import").doesNotContain("nav-my-record");
        assertThat(ids("admin")).contains("nav-import", "nav-accounts", "nav-audit");
    }

    @Test
    void aCellSecretarysBreadcrumbLinksNoAncestorAboveTheirCell() throws Exception {
        var page = mvc.perform(get("/app/organizations/{id}", tree.cellA1).with(user(tree.user("cellsec"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var breadcrumb = page.substring(page.indexOf("<ol class=\"breadcrumb\">"), page.indexOf("</ol>"));
        assertThat(breadcrumb)
                .contains("Thành ủy thử " + tree.tag, "Đảng bộ phường An " + tree.tag, "Đảng bộ Trường " + tree.tag)
                .doesNotContain("/app/organizations/" + tree.city + "\"")
                .doesNotContain("/app/organizations/" + tree.wardA + "\"")
                .doesNotContain("/app/organizations/" + tree.schoolA + "\"");
        // the ward secretary's breadcrumb on the same cell links the ward and the school, still not the city
        var ward = mvc.perform(get("/app/people/{id}", tree.personA1).with(user(tree.user("wardsec"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var wardCrumb = ward.substring(ward.indexOf("<ol class=\"breadcrumb\">"), ward.indexOf("</ol>"));
        assertThat(wardCrumb)
                .contains("/app/organizations/" + tree.wardA + "\"", "/app/organizations/" + tree.schoolA + "\"")
                .contains("/app/organizations/" + tree.cellA1 + "\"")
                .doesNotContain("/app/organizations/" + tree.city + "\"");
    }
}
