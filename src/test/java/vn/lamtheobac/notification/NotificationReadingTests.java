package vn.lamtheobac.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.lamtheobac.IntegrationTest;
import vn.lamtheobac.TestTree;
import vn.lamtheobac.shared.Scope;

/** Reading a notification's address changes nothing; marking it read is a POST carrying the CSRF token. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationReadingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    NotificationCenter notifications;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Scope member;
    long id;

    @BeforeAll
    void setUp() {
        tree = TestTree.create(context);
        member = tree.scope("member");
        id = jdbc.sql("""
                        insert into notification.notifications (account_id, kind, args, link)
                        values (?, 'notification.commitmentReminder', '["2026", "Chi bộ"]'::jsonb, '/app/commitments')
                        returning id
                        """).param(member.accountId()).query(Long.class).single();
    }

    @Test
    void followingANotificationsAddressMarksNothing() throws Exception {
        int unread = notifications.unread(member);
        mvc.perform(get("/app/notifications/{id}", id).with(user(tree.user("member"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/app/commitments"));
        assertThat(notifications.unread(member)).isEqualTo(unread).isPositive();

        mvc.perform(post("/app/notifications/{id}", id).with(user(tree.user("member"))))
                .andExpect(status().isForbidden());
        assertThat(notifications.unread(member)).isEqualTo(unread);

        mvc.perform(post("/app/notifications/{id}", id).with(csrf()).with(user(tree.user("member"))))
                .andExpect(redirectedUrl("/app/commitments"));
        assertThat(notifications.unread(member)).isEqualTo(unread - 1);
    }

    @Test
    void theListOpensEachNotificationWithAForm() throws Exception {
        String page = mvc.perform(get("/app/notifications").with(user(tree.user("member"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"notification-" + id + "\"").contains("name=\"_csrf\"");
    }
}
