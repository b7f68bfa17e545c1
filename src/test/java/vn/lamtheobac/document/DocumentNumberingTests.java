package vn.lamtheobac.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.organization.OrganizationCommands.AddCommitteeTerm;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.PageRequest;

/**
 * Party document numbers (Hướng dẫn 36-HD/VPTW): from 01 for each document type of an issuing committee in each
 * committee term, no duplicates and no gaps, whatever the concurrency.
 */
@IntegrationTest
class DocumentNumberingTests {

    @Autowired
    DocumentRegister register;

    @Autowired
    OrganizationManagement organizations;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    static final java.util.concurrent.atomic.AtomicLong SOURCES =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    /** Numbers a document for a record of a test source that no other test uses. */
    IssuedDocument issue(TestTree tree, long organization, String type, LocalDate on, long label) {
        long source = SOURCES.incrementAndGet();
        return transactions.execute(
                s -> register.issue(new IssueDocument(organization, type, on, "Văn bản thử " + label, "Test", source)));
    }

    @Test
    void theRegisterShowsWhoRegisteredByTheirName() throws Exception {
        var tree = TestTree.create(context);
        var officer = tree.user("officer");
        long source = SOURCES.incrementAndGet();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        officer, null, officer.getAuthorities()));
        try {
            transactions.execute(s -> register.issue(new IssueDocument(
                    tree.city, "TB", LocalDate.of(2026, 2, 1), "Thông báo người đăng ký " + tree.tag, "Test", source)));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        String page = context.getBean(org.springframework.test.web.servlet.MockMvc.class)
                .perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/app/documents")
                                .param("organization", String.valueOf(tree.city))
                                .param("q", "người đăng ký " + tree.tag)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Thông báo người đăng ký " + tree.tag);
        assertThat(page.substring(page.indexOf("<table")))
                .contains("officer " + tree.tag)
                .doesNotContain(tree.username("officer"));
    }

    @Test
    void twentyConcurrentIssuesGetTwentyDistinctConsecutiveNumbers() throws Exception {
        var tree = TestTree.create(context);
        var executor = Executors.newFixedThreadPool(8);
        try {
            var tasks = new ArrayList<Callable<IssuedDocument>>();
            for (int i = 0; i < 20; i++) {
                long source = 1_000_000L + i;
                tasks.add(() -> issue(tree, tree.city, "KH", LocalDate.of(2026, 3, 2), source));
            }
            var numbers = new ArrayList<Integer>();
            for (var future : executor.invokeAll(tasks)) {
                numbers.add(future.get().number());
            }
            assertThat(numbers)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 20).boxed().toList());
        } finally {
            executor.shutdownNow();
        }
        var page =
                register.register(new RegisterQuery(tree.city, "KH", 2026, null, new PageRequest(0, 50)), tree.system);
        assertThat(page.content()).extracting(IssuedDocument::symbol).contains("01-KH/TU", "09-KH/TU", "20-KH/TU");
    }

    @Test
    void eachTypeHasItsOwnSequenceAndNumbersPrintWithoutAColon() {
        var tree = TestTree.create(context);
        assertThat(issue(tree, tree.city, "KH", LocalDate.of(2026, 1, 5), 1).numberLine())
                .isEqualTo("Số 01-KH/TU");
        assertThat(issue(tree, tree.city, "KH", LocalDate.of(2026, 1, 6), 2).numberLine())
                .isEqualTo("Số 02-KH/TU");
        assertThat(issue(tree, tree.city, "HD", LocalDate.of(2026, 1, 6), 3).numberLine())
                .isEqualTo("Số 01-HD/TU");
        assertThat(issue(tree, tree.wardA, "KH", LocalDate.of(2026, 1, 6), 4).numberLine())
                .isEqualTo("Số 01-KH/ĐU");
    }

    @Test
    void numbersRestartWithANewCommitteeTerm() {
        var tree = TestTree.create(context);
        organizations.addTerm(
                new AddCommitteeTerm(tree.wardB, "2020–2025", LocalDate.of(2020, 7, 1), LocalDate.of(2025, 7, 1)),
                tree.system);
        organizations.addTerm(
                new AddCommitteeTerm(tree.wardB, "2025–2030", LocalDate.of(2025, 7, 1), LocalDate.of(2030, 7, 1)),
                tree.system);
        assertThat(issue(tree, tree.wardB, "NQ", LocalDate.of(2025, 5, 1), 1).symbol())
                .isEqualTo("01-NQ/ĐU");
        assertThat(issue(tree, tree.wardB, "NQ", LocalDate.of(2025, 6, 30), 2).symbol())
                .isEqualTo("02-NQ/ĐU");
        assertThat(issue(tree, tree.wardB, "NQ", LocalDate.of(2025, 7, 1), 3).symbol())
                .isEqualTo("01-NQ/ĐU");
    }

    @Test
    void aCommitteeWithoutATermCannotNumberADocument() {
        var tree = TestTree.create(context);
        assertThatThrownBy(() -> issue(tree, tree.cellB1, "TB", LocalDate.of(2026, 1, 6), 1))
                .isInstanceOf(BusinessRuleException.class)
                .extracting("messageKey")
                .isIn("document.error.noTerm", "document.error.noAbbreviation");
    }

    @Test
    void aRolledBackIssueLeavesNoGap() {
        var tree = TestTree.create(context);
        issue(tree, tree.city, "TB", LocalDate.of(2026, 2, 1), 1);
        try {
            transactions.executeWithoutResult(s -> {
                register.issue(new IssueDocument(
                        tree.city, "TB", LocalDate.of(2026, 2, 2), "Bị hủy", "Test", SOURCES.incrementAndGet()));
                throw new IllegalStateException("the issuing change failed");
            });
        } catch (IllegalStateException expected) {
            // the number allocated inside the failed transaction is given back
        }
        assertThat(issue(tree, tree.city, "TB", LocalDate.of(2026, 2, 3), 3).number())
                .isEqualTo(2);
        List<Integer> numbers = register
                .register(new RegisterQuery(tree.city, "TB", null, null, new PageRequest(0, 10)), tree.system)
                .content()
                .stream()
                .map(IssuedDocument::number)
                .toList();
        assertThat(numbers).containsExactly(2, 1);
    }
}
