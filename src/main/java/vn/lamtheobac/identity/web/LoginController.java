package vn.lamtheobac.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; a signed-in user is sent on to the application. A refused sign-in reads one message whatever the
 * reason (unknown name, wrong password, disabled account); a throttled one adds in how many minutes to try again.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String retry, Model model) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/app";
        }
        if (retry != null && retry.matches("[0-9]{1,4}")) {
            model.addAttribute("retryMinutes", Integer.parseInt(retry));
        }
        return "login";
    }
}
