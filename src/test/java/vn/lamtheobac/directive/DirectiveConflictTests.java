package vn.lamtheobac.directive;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestClock;
import vn.lamtheobac.TestTree;

/**
 * The failure suite's "two users saving the same record" (issue 11 §3) on the draft directive's form: two officers
 * opened the same draft; the first save is kept, the second gets the conflict message with what they typed in the form.
 */
@IntegrationTest
class DirectiveConflictTests {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    MockHttpServletRequestBuilder form(String path, TestTree tree, String title, String version) {
        return post(path)
                .param("issuingOrganizationId", String.valueOf(tree.city))
                .param("typeCode", "KH")
                .param("title", title)
                .param("deadline", DATE.format(TestClock.TODAY.plusDays(20)))
                .param("version", version)
                .with(csrf())
                .with(user(tree.user("officer")));
    }

    @Test
    void theSecondOfTwoSavesOfOneDraftGetsTheConflictWithWhatWasTypedKept() throws Exception {
        var tree = TestTree.create(context);
        String location = mvc.perform(form("/app/directives", tree, "Kế hoạch học tập " + tree.tag, "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String draft = location.substring(location.indexOf("/app/directives/"));

        mvc.perform(form(draft, tree, "Kế hoạch của người thứ nhất " + tree.tag, "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(draft, tree, "Kế hoạch của người thứ hai " + tree.tag, "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Kế hoạch của người thứ hai " + tree.tag)));

        mvc.perform(get(draft).with(user(tree.user("officer"))))
                .andExpect(content().string(containsString("Kế hoạch của người thứ nhất " + tree.tag)));
    }
}
