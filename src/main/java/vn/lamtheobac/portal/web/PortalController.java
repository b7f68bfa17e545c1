package vn.lamtheobac.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's home page. */
@Controller
class PortalController {

    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
