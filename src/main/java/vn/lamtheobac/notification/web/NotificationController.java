package vn.lamtheobac.notification.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.notification.NotificationCenter;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/** The reader's notifications, and the unread badge the top bar loads. */
@Controller
class NotificationController {

    private final NotificationCenter notifications;

    NotificationController(NotificationCenter notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/app/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("result", notifications.mine(new PageRequest(page, 30), scope));
        return "notifications/list";
    }

    /** The bell with its unread count, loaded by htmx into the top bar of every page. */
    @HxRequest
    @GetMapping("/app/notifications")
    String badge(Scope scope, Model model) {
        model.addAttribute("unread", notifications.unread(scope));
        return "notifications/list :: badge";
    }

    /** An old link to a notification leads to what it is about; reading it marks nothing (a GET changes no state). */
    @GetMapping("/app/notifications/{id}")
    String follow(@PathVariable long id, Scope scope) {
        return "redirect:" + notifications.link(id, scope);
    }

    /** Opening a notification from the list: a POST with the CSRF token marks it read, then leads to its page. */
    @PostMapping("/app/notifications/{id}")
    String open(@PathVariable long id, Scope scope) {
        return "redirect:" + notifications.open(id, scope);
    }

    @PostMapping("/app/notifications/read")
    String markAllRead(Scope scope) {
        notifications.markAllRead(scope);
        return "redirect:/app/notifications";
    }
}
