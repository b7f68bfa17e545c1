package vn.lamtheobac.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.shared.PageRequest;

/**
 * Issue 12, "Unicode" and "Legacy encodings": a name typed on a Mac (decomposed, NFD), pasted from a web page (a
 * non-breaking space) or from a chat (a zero-width space) is stored as the same letters typed on Windows, and found by
 * the search; an ID with stray invisible characters is cleaned, one with visible spaces refused saying so; a name typed
 * in the TCVN3 or VNI fonts of old Word files is refused at its field with the Unicode text offered instead.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleUnicodeTests {

    static final String NBSP = "\u00A0";
    static final String ZWSP = "\u200B";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PersonManagement people;

    @Autowired
    JsonMapper json;

    @Autowired
    PeopleImport imports;

    TestTree tree;

    @BeforeAll
    void buildTree() {
        tree = TestTree.create(context);
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** The one record of {@code cellA1} whose name the search finds for {@code q}. */
    private List<PersonSummary> found(String q) {
        return people.list(new PeopleQuery(q, tree.cellA1, null, new PageRequest(0, 50)), tree.system)
                .content();
    }

    @Test
    void aNameFromTheFormIsStoredComposedWithPlainSpacesAndIsFound() throws Exception {
        String nationalId = TestTree.nationalId();
        String typed = nfd("Nguyễn") + NBSP + "Thị" + ZWSP + " " + nfd("Ngọc") + "\u202F" + nfd("Ánh") + NBSP;
        mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "CIVIL_SERVANT")
                        .param("fullName", typed)
                        .param("nationalId", nationalId.substring(0, 4) + ZWSP + nationalId.substring(4) + "\uFEFF")
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andExpect(status().is3xxRedirection());

        var stored = found("Ngọc Ánh");
        assertThat(stored).extracting(PersonSummary::fullName).containsExactly("Nguyễn Thị Ngọc Ánh");
        assertThat(stored.get(0).fullName())
                .isEqualTo(Normalizer.normalize("Nguyễn Thị Ngọc Ánh", Normalizer.Form.NFC));
        assertThat(people.get(stored.get(0).id(), tree.system).nationalId()).isEqualTo(nationalId);
        // the search, typed decomposed too, with a non-breaking space
        String page = mvc.perform(get("/app/people")
                        .param("q", nfd("Ngọc") + NBSP + nfd("Ánh"))
                        .param("organization", String.valueOf(tree.cellA1))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Nguyễn Thị Ngọc Ánh");
    }

    /** A template-shaped workbook of one person a row: name, category, national ID, organisation. */
    byte[] workbook(List<String[]> rows) throws java.io.IOException {
        try (var template = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                        new java.io.ByteArrayInputStream(imports.template()));
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = template.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                row.createCell(0).setCellValue(cells[0]);
                row.createCell(3).setCellValue("Công chức, viên chức");
                row.createCell(4).setCellValue(cells[1]);
                row.createCell(10).setCellValue("Chi bộ Văn phòng " + tree.tag);
            }
            template.write(out);
            return out.toByteArray();
        }
    }

    ImportJobView imported(byte[] file) {
        var officer = tree.scope("officer");
        long id = imports.start("danh-sach.xlsx", file, officer);
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> imports.get(id, officer), job -> job.status().finished());
    }

    @Test
    void reImportingTheSamePeopleDecomposedOrWithInvisibleCharactersChangesNothing() throws Exception {
        String id1 = TestTree.nationalId();
        String id2 = TestTree.nationalId();
        var composed =
                workbook(List.of(new String[] {"Ông Thị Diễm Hương", id1}, new String[] {"Nghiêm Xuân Trường", id2}));
        var first = imported(composed);
        assertThat(first.errors()).isEmpty();
        assertThat(first.createdCount()).isEqualTo(2);

        var decomposed = workbook(List.of(
                new String[] {nfd("Ông Thị Diễm Hương"), id1},
                new String[] {nfd("Nghiêm") + NBSP + "Xuân" + ZWSP + " " + nfd("Trường") + NBSP, id2 + ZWSP}));
        var again = imported(decomposed);
        assertThat(again.errors()).isEmpty();
        assertThat(again.createdCount()).isZero();
        assertThat(again.updatedCount()).isZero();
        assertThat(again.unchangedCount()).isEqualTo(2);
        var found = people.list(
                        new PeopleQuery("nghiem xuan truong", tree.cellA2, null, new PageRequest(0, 5)), tree.system)
                .content();
        assertThat(found).extracting(PersonSummary::fullName).containsExactly("Nghiêm Xuân Trường");
    }

    @Test
    void aNameFromTheApiIsStoredComposedWithPlainSpaces() throws Exception {
        String nationalId = TestTree.nationalId();
        var body = Map.of(
                "details",
                Map.of(
                        "category", "CIVIL_SERVANT",
                        "fullName", " " + nfd("Trương") + NBSP + nfd("Mỹ") + ZWSP + " " + nfd("Duyên"),
                        "nationalId", nationalId + "\u2060"),
                "organizationId",
                tree.cellA1);
        String answer = mvc.perform(post("/api/v1/people")
                        .with(user(tree.user("cellsec")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(answer).get("fullName").asString()).isEqualTo("Trương Mỹ Duyên");
        assertThat(json.readTree(answer).get("nationalId").asString()).isEqualTo(nationalId);
        assertThat(found("truong my duyen")).extracting(PersonSummary::fullName).containsExactly("Trương Mỹ Duyên");
        String list = mvc.perform(get("/api/v1/people")
                        .param("q", nfd("Mỹ") + NBSP + nfd("Duyên"))
                        .param("organization", String.valueOf(tree.cellA1))
                        .with(user(tree.user("cellsec"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Trương Mỹ Duyên");
    }

    @Test
    void visibleSpacesInsideANationalIdAreRefusedSayingSo() throws Exception {
        String page = mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "CIVIL_SERVANT")
                        .param("fullName", "Lâm Thị Kiều")
                        .param("nationalId", "0790" + NBSP + "85" + NBSP + "000" + NBSP + "123")
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("id=\"nationalId-error\"")
                .contains("dấu cách")
                .contains("079085000123");
        assertThat(found("lam thi kieu")).isEmpty();
    }

    @Test
    void aNameTypedInTcvn3IsRefusedAtItsFieldWithTheUnicodeTextOffered() throws Exception {
        String page = mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "CIVIL_SERVANT")
                        .param("fullName", "Tr\u00ADêng V¨n Phóc")
                        .param("nationalId", TestTree.nationalId())
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("id=\"fullName-error\"")
                .contains("TCVN3")
                .contains("Trường Văn Phúc")
                .contains("id=\"use-converted-name\"");
        assertThat(found("phuc")).isEmpty();
    }

    @Test
    void aNameTypedInVniIsRefusedAndTheOfferedTextFillsTheField() throws Exception {
        String nationalId = TestTree.nationalId();
        String page = mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "CIVIL_SERVANT")
                        .param("fullName", "Ñaëng Thò Hueä")
                        .param("nationalId", nationalId)
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("VNI").contains("Đặng Thị Huệ");
        // "Dùng tên đã chuyển": the form comes back with the converted name in the field, nothing saved yet
        String filled = mvc.perform(post("/app/people")
                        .with(csrf())
                        .with(user(tree.user("cellsec")))
                        .param("category", "CIVIL_SERVANT")
                        .param("fullName", "Ñaëng Thò Hueä")
                        .param("convertedFullName", "Đặng Thị Huệ")
                        .param("nationalId", nationalId)
                        .param("organizationId", String.valueOf(tree.cellA1)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(filled))
                .contains("value=\"Đặng Thị Huệ\"")
                .doesNotContain("id=\"fullName-error\"");
        assertThat(found("dang thi hue")).isEmpty();
    }

    @Test
    void aNameTypedInVniIsRefusedByTheApiAtItsField() throws Exception {
        var body = Map.of(
                "details",
                Map.of(
                        "category",
                        "CIVIL_SERVANT",
                        "fullName",
                        "Nguyeãn Vaên Löôïng",
                        "nationalId",
                        TestTree.nationalId()),
                "organizationId",
                tree.cellA1);
        String answer = mvc.perform(post("/api/v1/people")
                        .with(user(tree.user("cellsec")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).contains("fullName").contains("Nguyễn Văn Lượng");
    }
}
