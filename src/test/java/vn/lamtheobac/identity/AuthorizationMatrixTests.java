package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.lamtheobac.identity.AuthorizationMatrix.NONE;
import static vn.lamtheobac.identity.AuthorizationMatrix.adminOnly;
import static vn.lamtheobac.identity.AuthorizationMatrix.check;
import static vn.lamtheobac.identity.AuthorizationMatrix.data;
import static vn.lamtheobac.identity.AuthorizationMatrix.export;
import static vn.lamtheobac.identity.AuthorizationMatrix.organizations;
import static vn.lamtheobac.identity.AuthorizationMatrix.reads;
import static vn.lamtheobac.identity.AuthorizationMatrix.signedIn;
import static vn.lamtheobac.identity.AuthorizationMatrix.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.identity.AuthorizationMatrix.Case;
import vn.lamtheobac.identity.AuthorizationMatrix.Route;
import vn.lamtheobac.identity.AuthorizationMatrix.Rule;
import vn.lamtheobac.identity.AuthorizationMatrix.Target;
import vn.lamtheobac.shared.Capability;

/**
 * The organisation tree, people, accounts and the signed-in user's own pages × every role × a target in the role's
 * own subtree, a sibling's and an ancestor's: the expected answer comes from the grants ({@link AuthorizationMatrix}),
 * never from the server. Out of scope is always 404, never 403, so a scope cannot be probed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    MatrixFixtures fixtures;

    TestTree tree;

    /** The people living in the cells, as targets: owned by their cell. */
    static final List<Target> PEOPLE = List.of(
            new Target("personA1", "cellA1", Set.of("cellA1")),
            new Target("personA2", "cellA2", Set.of("cellA2")),
            new Target("personB1", "cellB1", Set.of("cellB1")));

    /** A member's own record: the member reads it, and so does whoever reads its cell. */
    static final Target OWN_RECORD = new Target("memberA1", "cellA1", Set.of("cellA1"));

    @BeforeAll
    void buildTree() {
        fixtures = MatrixFixtures.get(context);
        tree = fixtures.tree;
    }

    long person(String key) {
        return switch (key) {
            case "personA1" -> tree.personA1;
            case "personA2" -> tree.personA2;
            case "personB1" -> tree.personB1;
            case "memberA1" -> tree.memberA1;
            default -> throw new IllegalArgumentException(key);
        };
    }

    static MockHttpServletRequestBuilder hx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    static Rule keeperAnywhere() {
        return (a, t) -> a.holdsAnywhere(Capability.KEEP_RECORDS) ? 200 : 403;
    }

    /** Every route of the organisation, people and identity modules the matrix asks. */
    static List<Route> routes() {
        var orgs = organizations();
        return List.of(
                // organisation tree: every grant sees it, the editor's too
                new Route("GET", "/app/organizations", signedIn(200), NONE, (f, t) -> get("/app/organizations")),
                new Route(
                        "GET",
                        "/app/organizations",
                        tree(null, 200),
                        orgs,
                        (f, t) -> hx(get("/app/organizations").param("parent", f.orgParam(t)))),
                new Route(
                        "GET",
                        "/app/organizations/options",
                        signedIn(200),
                        NONE,
                        (f, t) -> hx(get("/app/organizations/options").param("q", "Chi bộ"))),
                new Route(
                        "GET",
                        "/app/organizations/{id}",
                        tree(null, 200),
                        orgs,
                        (f, t) -> get("/app/organizations/{id}", f.id(t))),
                new Route(
                        "GET",
                        "/app/organizations/new",
                        tree(Capability.CHANGE_TREE, 200),
                        orgs,
                        (f, t) -> get("/app/organizations/new").param("parent", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/organizations/{id}/discipline",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/organizations/{id}/discipline", f.id(t))),
                new Route(
                        "GET",
                        "/app/organizations/{id}/committee",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/organizations/{id}/committee", f.id(t))),
                new Route(
                        "GET",
                        "/app/organizations/{id}/committee/candidates",
                        data(Capability.KEEP_RECORDS, 200),
                        orgs,
                        (f, t) -> hx(get("/app/organizations/{id}/committee/candidates", f.id(t))
                                .param("q", "Nguyễn"))),
                new Route(
                        "GET",
                        "/api/v1/organizations/{id}",
                        tree(null, 200),
                        orgs,
                        (f, t) -> get("/api/v1/organizations/{id}", f.id(t))),
                new Route(
                        "GET",
                        "/api/v1/organizations",
                        tree(null, 200),
                        orgs,
                        (f, t) -> get("/api/v1/organizations").param("parent", f.orgParam(t))),
                new Route("POST", "/app/organizations/{id}/rename", tree(Capability.CHANGE_TREE, 302), orgs, (f, t) -> {
                    var current = f.context()
                            .getBean(vn.lamtheobac.organization.OrganizationManagement.class)
                            .get(f.id(t), f.tree.system);
                    return post("/app/organizations/{id}/rename", current.id())
                            .with(csrf())
                            .param("name", current.name())
                            .param("version", String.valueOf(current.version()));
                }),
                // people: one write of the area, a discipline record on a person of the cell
                new Route(
                        "POST",
                        "/app/people/{id}/discipline",
                        data(Capability.KEEP_RECORDS, 302),
                        PEOPLE,
                        (f, t) -> post("/app/people/{id}/discipline", personOf(f, t))
                                .with(csrf())
                                .param("form", "REPRIMAND")
                                .param("decidedOn", "01/11/" + vn.lamtheobac.TestClock.TODAY.getYear())
                                .param("reason", "Vi phạm chế độ sinh hoạt đảng")),
                // people
                new Route(
                        "GET",
                        "/app/people",
                        reads(),
                        orgs,
                        (f, t) -> get("/app/people").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/people",
                        reads(),
                        orgs,
                        (f, t) -> hx(get("/app/people").param("organization", f.orgParam(t)))
                                .header("HX-Target", "results")),
                new Route(
                        "GET",
                        "/api/v1/people",
                        reads(),
                        orgs,
                        (f, t) -> get("/api/v1/people").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/people/export",
                        export(Capability.EXPORT_PEOPLE),
                        orgs,
                        (f, t) -> get("/app/people/export").param("organization", f.orgParam(t))),
                new Route(
                        "GET",
                        "/app/people/new",
                        data(Capability.KEEP_RECORDS, 200),
                        orgs,
                        (f, t) -> get("/app/people/new").param("organization", f.orgParam(t))),
                new Route(
                        "GET", "/app/people/{id}", reads(), PEOPLE, (f, t) -> get("/app/people/{id}", personOf(f, t))),
                new Route(
                        "GET",
                        "/api/v1/people/{id}",
                        reads(),
                        PEOPLE,
                        (f, t) -> get("/api/v1/people/{id}", personOf(f, t))),
                new Route(
                        "GET",
                        "/app/people/{id}/edit",
                        data(Capability.KEEP_RECORDS, 200),
                        PEOPLE,
                        (f, t) -> get("/app/people/{id}/edit", personOf(f, t))),
                new Route(
                        "GET",
                        "/api/v1/people/{id}",
                        (a, t) -> a.name().equals("member") || a.reads(t.owner()) ? 200 : 404,
                        List.of(OWN_RECORD),
                        (f, t) -> get("/api/v1/people/{id}", f.tree.memberA1)),
                new Route("GET", "/app/people/import", keeperAnywhere(), NONE, (f, t) -> get("/app/people/import")),
                new Route(
                        "GET",
                        "/app/people/import/template",
                        keeperAnywhere(),
                        NONE,
                        (f, t) -> get("/app/people/import/template")),
                // accounts, the audit trail and one's own pages
                new Route("GET", "/app/admin/accounts", adminOnly(200), NONE, (f, t) -> get("/app/admin/accounts")),
                new Route(
                        "GET",
                        "/app/admin/accounts/new",
                        adminOnly(200),
                        NONE,
                        (f, t) -> get("/app/admin/accounts/new")),
                new Route(
                        "GET",
                        "/app/admin/accounts/{id}",
                        adminOnly(200),
                        NONE,
                        (f, t) -> get("/app/admin/accounts/{id}", f.account("member"))),
                new Route("GET", "/app/admin/audit", adminOnly(200), NONE, (f, t) -> get("/app/admin/audit")),
                new Route(
                        "POST",
                        "/app/admin/accounts/{id}/sign-in-failures/clear",
                        adminOnly(302),
                        NONE,
                        (f, t) -> post("/app/admin/accounts/{id}/sign-in-failures/clear", f.account("member"))
                                .with(csrf())),
                // the API's description, for anyone signed in
                new Route("GET", "/v3/api-docs", signedIn(200), NONE, (f, t) -> get("/v3/api-docs")),
                new Route("GET", "/v3/api-docs.yaml", signedIn(200), NONE, (f, t) -> get("/v3/api-docs.yaml")),
                new Route(
                        "GET",
                        "/v3/api-docs/swagger-config",
                        signedIn(200),
                        NONE,
                        (f, t) -> get("/v3/api-docs/swagger-config")),
                new Route("GET", "/swagger-ui.html", signedIn(302), NONE, (f, t) -> get("/swagger-ui.html")),
                new Route("GET", "/app", signedIn(200), NONE, (f, t) -> get("/app")),
                new Route("GET", "/app/profile", signedIn(200), NONE, (f, t) -> get("/app/profile")),
                new Route("GET", "/api/v1/me", signedIn(200), NONE, (f, t) -> get("/api/v1/me")),
                new Route("GET", "/app/notifications", signedIn(200), NONE, (f, t) -> get("/app/notifications")),
                new Route("GET", "/app/notifications", signedIn(200), NONE, (f, t) -> hx(get("/app/notifications"))));
    }

    static long personOf(MatrixFixtures f, Target t) {
        return switch (t.key()) {
            case "personA1" -> f.tree.personA1;
            case "personA2" -> f.tree.personA2;
            case "personB1" -> f.tree.personB1;
            default -> throw new IllegalArgumentException(t.key());
        };
    }

    Stream<Arguments> cases() {
        return AuthorizationMatrix.cases(routes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheGrantsSay(Case c) throws Exception {
        check(mvc, fixtures, c);
    }

    @Test
    void aCellSecretarySearchFindsNobodyInASiblingCell() throws Exception {
        var body = mvc.perform(get("/api/v1/people").param("q", "pham thi hoa").with(user(tree.user("cellsec"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("\"totalElements\":0").doesNotContain("Phạm Thị Hoa");
        var page = mvc.perform(get("/app/people").param("q", "Hoa").with(user(tree.user("cellsec"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Phạm Thị Hoa");
        var officerSees = mvc.perform(get("/api/v1/people")
                        .param("q", "pham thi hoa")
                        .param("organization", String.valueOf(tree.city))
                        .with(user(tree.user("officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(officerSees).contains("Phạm Thị Hoa");
    }

    @Test
    void aCellSecretaryExportHoldsOnlyTheirCell() throws Exception {
        byte[] xlsx = mvc.perform(get("/app/people/export").with(user(tree.user("cellsec"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var names = new ArrayList<String>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                names.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
        }
        assertThat(names).containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Đức");
    }
}
