package vn.lamtheobac.directive.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/** The inbox: directives the organisations in the caller's scope must disseminate, the nearest deadline first. */
@Controller
class InboxController {

    private final DirectiveManagement directives;

    InboxController(DirectiveManagement directives) {
        this.directives = directives;
    }

    @GetMapping("/app/inbox")
    String inbox(
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int page,
            Scope scope,
            Model model) {
        model.addAttribute("result", directives.inbox(!all, new PageRequest(page, 30), scope));
        model.addAttribute("all", all);
        return "directives/inbox";
    }
}
