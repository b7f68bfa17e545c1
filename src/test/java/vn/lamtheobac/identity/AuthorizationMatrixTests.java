package vn.lamtheobac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Every route of the foundation × every role × a target in the role's own subtree, in a sibling subtree and in an
 * ancestor: the expected answer is derived from the grants (roles by level, as the README describes them) and compared with what the server says.
 * Out of scope is always 404, never 403, so a scope cannot be probed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestTree tree;

    /** Which organisations each organisation's subtree contains (the fixed shape of {@link TestTree}). */
    static final Map<String, Set<String>> SUBTREE = Map.of(
            "city", Set.of("city", "wardA", "schoolA", "cellA1", "cellA2", "wardB", "cellB1"),
            "wardA", Set.of("wardA", "schoolA", "cellA1", "cellA2"),
            "cellA1", Set.of("cellA1"),
            "wardB", Set.of("wardB", "cellB1"));

    /** A role under test: where its grant is, what the grant's role allows. */
    record Actor(
            String name, String root, boolean readsPeople, boolean keepsRecords, boolean organizes, boolean admin) {

        boolean reaches(String organization) {
            return root != null && SUBTREE.get(root).contains(organization);
        }
    }

    static final List<Actor> ACTORS = List.of(
            new Actor("admin", "city", true, true, true, true),
            new Actor("officer", "city", true, true, true, false),
            new Actor("viewer", "city", true, false, false, false),
            new Actor("editor", "city", false, false, false, false),
            new Actor("wardsec", "wardA", true, true, false, false),
            new Actor("cellsec", "cellA1", true, true, false, false),
            new Actor("member", null, false, false, false, false),
            new Actor("officerb", "wardB", true, true, true, false));

    /** Own subtree, sibling subtree and ancestor, as seen from the cell secretary of cellA1 and the ward A secretary. */
    static final List<String> TARGETS = List.of("cellA1", "cellA2", "wardA", "wardB", "city");

    /** The person living in each target organisation used for people routes ({@code null}: none there). */
    static final Map<String, String> PERSON_IN =
            Map.of("cellA1", "personA1", "cellA2", "personA2", "cellB1", "personB1");

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    long org(String key) {
        return switch (key) {
            case "city" -> tree.city;
            case "wardA" -> tree.wardA;
            case "schoolA" -> tree.schoolA;
            case "cellA1" -> tree.cellA1;
            case "cellA2" -> tree.cellA2;
            case "wardB" -> tree.wardB;
            case "cellB1" -> tree.cellB1;
            default -> throw new IllegalArgumentException(key);
        };
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

    record Case(String actor, String route, String target, int expected) {
        @Override
        public String toString() {
            return actor + " " + route + " " + target + " → " + expected;
        }
    }

    Stream<Arguments> cases() {
        var cases = new ArrayList<Case>();
        for (var a : ACTORS) {
            for (var target : TARGETS) {
                boolean reach = a.reaches(target);
                cases.add(new Case(a.name(), "page:organization", target, reach ? 200 : 404));
                cases.add(new Case(a.name(), "api:organization", target, reach ? 200 : 404));
                cases.add(new Case(a.name(), "api:children", target, reach ? 200 : 404));
                cases.add(new Case(a.name(), "page:people-of", target, reach && a.readsPeople() ? 200 : 404));
                cases.add(new Case(a.name(), "api:people-of", target, reach && a.readsPeople() ? 200 : 404));
                cases.add(new Case(a.name(), "export:people-of", target, !a.keepsRecords() ? 403 : reach ? 200 : 404));
                cases.add(new Case(a.name(), "post:rename", target, !reach ? 404 : a.organizes() ? 302 : 403));
            }
            for (var target : List.of("cellA1", "cellA2", "cellB1")) {
                String person = PERSON_IN.get(target);
                boolean reads = a.reaches(target) && a.readsPeople();
                cases.add(new Case(a.name(), "page:person:" + person, target, reads ? 200 : 404));
                cases.add(new Case(a.name(), "api:person:" + person, target, reads ? 200 : 404));
                cases.add(
                        new Case(a.name(), "page:edit:" + person, target, !reads ? 404 : a.keepsRecords() ? 200 : 403));
            }
            boolean ownRecord = a.name().equals("member") || a.reaches("cellA1") && a.readsPeople();
            cases.add(new Case(a.name(), "api:person:memberA1", "own record", ownRecord ? 200 : 404));
            cases.add(new Case(a.name(), "page:admin-accounts", "-", a.admin() ? 200 : 403));
            cases.add(new Case(a.name(), "page:admin-audit", "-", a.admin() ? 200 : 403));
            cases.add(new Case(a.name(), "api:me", "-", 200));
        }
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsTheGrantsSay(Case c) throws Exception {
        MockHttpServletRequestBuilder request = request(c);
        int status = mvc.perform(request.with(user(tree.user(c.actor()))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(c.toString()).isEqualTo(c.expected());
    }

    MockHttpServletRequestBuilder request(Case c) {
        String route = c.route();
        if (route.startsWith("page:person:")) {
            return get("/app/people/{id}", person(route.substring(12)));
        }
        if (route.startsWith("api:person:")) {
            return get("/api/v1/people/{id}", person(route.substring(11)));
        }
        if (route.startsWith("page:edit:")) {
            return get("/app/people/{id}/edit", person(route.substring(10)));
        }
        return switch (route) {
            case "page:organization" -> get("/app/organizations/{id}", org(c.target()));
            case "api:organization" -> get("/api/v1/organizations/{id}", org(c.target()));
            case "api:children" -> get("/api/v1/organizations").param("parent", String.valueOf(org(c.target())));
            case "page:people-of" -> get("/app/people").param("organization", String.valueOf(org(c.target())));
            case "api:people-of" -> get("/api/v1/people").param("organization", String.valueOf(org(c.target())));
            case "export:people-of" -> get("/app/people/export").param("organization", String.valueOf(org(c.target())));
            case "post:rename" -> {
                var current = context.getBean(vn.lamtheobac.organization.OrganizationManagement.class)
                        .get(org(c.target()), tree.system);
                yield post("/app/organizations/{id}/rename", current.id())
                        .with(csrf())
                        .param("name", current.name())
                        .param("version", String.valueOf(current.version()));
            }
            case "page:admin-accounts" -> get("/app/admin/accounts");
            case "page:admin-audit" -> get("/app/admin/audit");
            case "api:me" -> get("/api/v1/me");
            default -> throw new IllegalArgumentException(route);
        };
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
