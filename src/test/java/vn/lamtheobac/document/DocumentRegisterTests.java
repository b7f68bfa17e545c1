package vn.lamtheobac.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.ForbiddenException;
import vn.lamtheobac.shared.PageRequest;

/**
 * The register of issued documents (Hướng dẫn 36-HD/VPTW): it takes documents drafted elsewhere by hand, in the same
 * sequence, and numbers run in the order of issue.
 */
@IntegrationTest
class DocumentRegisterTests {

    @Autowired
    DocumentRegister register;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("HD 36: a document drafted elsewhere takes the next number of its sequence, with its signer")
    void aManualEntryTakesTheNextNumber_HD36() {
        var tree = TestTree.create(context);
        var first = transactions.execute(s -> register.issue(
                new IssueDocument(tree.city, "TB", LocalDate.of(2026, 3, 2), "Thông báo trong hệ thống", "Test", 1L)));
        var manual = register.record(
                new RecordManualEntry(
                        tree.city,
                        "TB",
                        LocalDate.of(2026, 3, 5),
                        "Thông báo soạn ngoài hệ thống",
                        "Trần Văn Bình",
                        false),
                tree.scope("officer"));
        assertThat(first.symbol()).isEqualTo("01-TB/TU");
        assertThat(manual.symbol()).isEqualTo("02-TB/TU");
        var page =
                register.register(new RegisterQuery(tree.city, "TB", null, null, new PageRequest(0, 10)), tree.system);
        assertThat(page.content().get(0).manual()).isTrue();
        assertThat(page.content().get(0).signer()).isEqualTo("Trần Văn Bình");
    }

    @Test
    @DisplayName("HD 36: only those who issue the committee's documents enter one by hand")
    void aViewerCannotEnterADocument_HD36() {
        var tree = TestTree.create(context);
        assertThatThrownBy(() -> register.record(
                        new RecordManualEntry(
                                tree.city, "TB", LocalDate.of(2026, 3, 5), "Thông báo", "Trần Văn Bình", false),
                        tree.scope("viewer")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    @DisplayName("HD 36: an issue dated before the last number of its sequence is refused, naming that number")
    void anIssueDatedBeforeTheLastNumberIsRefused_HD36() {
        var tree = TestTree.create(context);
        transactions.execute(s -> register.issue(
                new IssueDocument(tree.city, "KH", LocalDate.of(2026, 4, 10), "Kế hoạch thứ nhất", "Test", 2L)));
        assertThatThrownBy(() -> register.record(
                        new RecordManualEntry(
                                tree.city, "KH", LocalDate.of(2026, 4, 9), "Kế hoạch lùi ngày", "Trần Văn Bình", false),
                        tree.scope("officer")))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey", "args")
                .containsExactly(
                        "document.error.dateBeforeLast", new Object[] {"01-KH/TU", "10/04/2026", "09/04/2026"});
        // the same day, or later, is fine, and the refused issue left no gap
        var next = register.record(
                new RecordManualEntry(
                        tree.city, "KH", LocalDate.of(2026, 4, 10), "Kế hoạch cùng ngày", "Trần Văn Bình", false),
                tree.scope("officer"));
        assertThat(next.symbol()).isEqualTo("02-KH/TU");
        // told, the officer confirms an earlier date, and the document takes the next number
        var confirmed = register.record(
                new RecordManualEntry(
                        tree.city, "KH", LocalDate.of(2026, 4, 9), "Kế hoạch lùi ngày", "Trần Văn Bình", true),
                tree.scope("officer"));
        assertThat(confirmed.symbol()).isEqualTo("03-KH/TU");
    }

    @Test
    @DisplayName("The register page enters a document by hand and shows the refusal of an earlier date")
    void theRegisterPageTakesManualEntries() throws Exception {
        var tree = TestTree.create(context);
        mvc.perform(post("/app/documents/manual")
                        .param("organization", String.valueOf(tree.city))
                        .param("typeCode", "CV")
                        .param("issuedOn", "05/03/2026")
                        .param("title", "  Công văn về việc tổng kết  ")
                        .param("signer", "Trần Văn Bình")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/app/documents/manual")
                        .param("organization", String.valueOf(tree.city))
                        .param("typeCode", "CV")
                        .param("issuedOn", "01/03/2026")
                        .param("title", "Công văn lùi ngày")
                        .param("signer", "Trần Văn Bình")
                        .with(csrf())
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("Số 01-CV/TU đã mang ngày 05/03/2026")
                .contains("id=\"manual-earlierDateConfirmed\"");
        String page = mvc.perform(get("/app/documents")
                        .param("organization", String.valueOf(tree.city))
                        .with(user(tree.user("officer"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"manual-entry-form\"")
                .contains("Công văn về việc tổng kết")
                .contains("Vào sổ thủ công – người ký: Trần Văn Bình");
        String viewer = mvc.perform(get("/app/documents")
                        .param("organization", String.valueOf(tree.city))
                        .with(user(tree.user("viewer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(viewer).doesNotContain("manual-entry-form");
    }
}
