package vn.lamtheobac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.organization.OrganizationManagement;

/**
 * Hostile input, property-based: jqwik generates hostile values (markup and script, SQL metacharacters, NUL and other
 * control characters, ANSI escapes, hidden direction controls, overlong texts, malformed and overflowing numbers and
 * dates) and each is sent through MockMvc, as a user in scope, into the text, number and date fields of the forms
 * and API bodies below. Never a 500; a refusal is a 400 or 422 that says what is wrong (the field named for the API),
 * or the form shown again with its error; a refused write stores nothing. Tries are bounded (the suite stays well
 * under a minute on two cores).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputPropertiesTests {

    static final int TRIES = 40;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    /** Hostile texts: each kind, and random mixes of them. */
    static Arbitrary<String> hostileText() {
        var fixed = Arbitraries.of(
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "'; drop table people.people; --",
                "' or '1'='1",
                "%00",
                "a\u0000b",
                "\u001B[31mđỏ\u001B[0m",
                "report\u202Efdp.exe.pdf",
                "\u2066ẩn\u2069",
                "\uD800",
                "😀 Chi bộ",
                "${7*7}",
                "[[${7*7}]]",
                "__${T(java.lang.Runtime).getRuntime()}__::.x",
                "",
                " ",
                "x".repeat(501),
                "đ".repeat(25_000));
        var controls = Arbitraries.strings()
                .withCharRange('\u0000', '\u001F')
                .ofMinLength(1)
                .ofMaxLength(5);
        var unicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
        var mixed = Arbitraries.strings()
                .withChars("<>\"'%;\\/&#`$\u0000\u202E\u001B")
                .withCharRange('a', 'z')
                .ofMinLength(1)
                .ofMaxLength(60);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, fixed),
                net.jqwik.api.Tuple.of(2, controls),
                net.jqwik.api.Tuple.of(2, unicode),
                net.jqwik.api.Tuple.of(2, mixed));
    }

    /** Hostile numbers and dates as they would be typed. */
    static Arbitrary<String> hostileNumberOrDate() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "2147483647",
                        "2147483648",
                        "-2147483648",
                        "99999999999999999999",
                        "1e9999",
                        "NaN",
                        "-0",
                        "0x1F",
                        "31/02/2023",
                        "31/12/9999",
                        "00/00/0000",
                        "9999-12-31",
                        "1/1/1",
                        "١٢/٠٥/٢٠٢٣"),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30));
    }

    void forEach(Arbitrary<String> values, Function<String, RequestBuilder> request, String what) throws Exception {
        var sample = values.sampleStream().limit(TRIES).toList();
        for (String value : sample) {
            MockHttpServletResponse response =
                    mvc.perform(request.apply(value)).andReturn().getResponse();
            int status = response.getStatus();
            assertThat(status)
                    .as("%s with %s", what, printable(value))
                    .isLessThan(500)
                    .isNotIn(401, 403, 404);
            if (status == 400 || status == 422) {
                assertThat(response.getContentAsString())
                        .as("%s with %s says what is wrong", what, printable(value))
                        .isNotBlank();
            }
        }
    }

    @Test
    void renamingAnOrganization() throws Exception {
        var organizations = context.getBean(OrganizationManagement.class);
        forEach(
                hostileText(),
                name -> post("/app/organizations/{id}/rename", tree.cellA2)
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("name", name)
                        .param(
                                "version",
                                String.valueOf(organizations
                                        .get(tree.cellA2, tree.system)
                                        .version())),
                "renaming a cell");
        assertThat(organizations.get(tree.cellA2, tree.system).name()).doesNotContain("\u0000", "\u202E", "\u001B");
    }

    @Test
    void searchingPeopleAndPagingLists() throws Exception {
        forEach(hostileText(), q -> get("/app/people").param("q", q).with(user(tree.user("officer"))), "searching");
        forEach(
                hostileNumberOrDate(),
                n -> get("/app/people").param("page", n).with(user(tree.user("officer"))),
                "a page number");
        forEach(
                hostileNumberOrDate(),
                n -> get("/app/documents").param("year", n).with(user(tree.user("officer"))),
                "a register year");
        forEach(
                hostileNumberOrDate(),
                n -> get("/api/v1/people").param("size", n).with(user(tree.user("officer"))),
                "an API page size");
    }

    @Test
    void draftingADirectiveInTheFormAndTheApi() throws Exception {
        long before = directives();
        forEach(
                hostileText(),
                text -> post("/app/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("issuingOrganizationId", String.valueOf(tree.city))
                        .param("typeCode", "KH")
                        .param("title", text)
                        .param("summary", text)
                        .param("deadline", "31/12/2026")
                        .param("targetMode", "LEVEL")
                        .param("targetLevel", "CELL"),
                "a directive's title and summary");
        forEach(
                hostileNumberOrDate(),
                date -> post("/app/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .param("issuingOrganizationId", String.valueOf(tree.city))
                        .param("typeCode", "KH")
                        .param("title", "Kế hoạch " + tree.tag)
                        .param("summary", "Nội dung")
                        .param("deadline", date)
                        .param("targetMode", "LEVEL")
                        .param("targetLevel", "CELL"),
                "a directive's deadline");
        forEach(
                hostileText(),
                text -> post("/api/v1/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"issuingOrganizationId\": " + tree.city + ", \"typeCode\": \"KH\", \"title\": "
                                        + json.writeValueAsString(text) + ", \"summary\": "
                                        + json.writeValueAsString(text)
                                        + ", \"deadline\": \"2026-12-31\", \"targetMode\": \"LEVEL\", \"targetLevel\": \"CELL\"}"),
                "an API directive");
        forEach(
                hostileNumberOrDate(),
                value -> post("/api/v1/directives")
                        .with(csrf())
                        .with(user(tree.user("officer")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"issuingOrganizationId\": " + value + ", \"typeCode\": \"KH\", \"title\": \"T\","
                                + " \"deadline\": " + json.writeValueAsString(value) + "}"),
                "an API directive's numbers and dates");
        assertThat(jdbc.sql("""
                        select count(*) from directive.directives
                        where title ~ '[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F]' or title ~ '[\\u202A-\\u202E\\u2066-\\u2069]'
                           or char_length(summary) > 20000 or deadline > date '2100-12-31'
                        """).query(Long.class).single()).isZero();
        assertThat(directives()).isGreaterThanOrEqualTo(before);
    }

    @Test
    void writingACommitmentThroughTheApi() throws Exception {
        int year = TestClock.TODAY.getYear();
        forEach(
                hostileText(),
                text -> put("/api/v1/commitments/mine")
                        .param("year", String.valueOf(year))
                        .header("If-Match", "0")
                        .with(csrf())
                        .with(user(tree.user("member")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"section\": \"ETHICS\", \"content\": " + json.writeValueAsString(text)
                                + "}, null]}"),
                "a commitment's item");
        forEach(
                hostileNumberOrDate(),
                n -> put("/api/v1/commitments/mine")
                        .param("year", n)
                        .header("If-Match", n)
                        .with(csrf())
                        .with(user(tree.user("member")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + n + ", \"items\": []}"),
                "a commitment's year and version");
    }

    private long directives() {
        return jdbc.sql("select count(*) from directive.directives")
                .query(Long.class)
                .single();
    }

    private static String printable(String value) {
        var out = new StringBuilder();
        value.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return value.length() > 60 ? out + "…(" + value.length() + ")" : out.toString();
    }
}
