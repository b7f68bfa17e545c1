package vn.lamtheobac.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Scope;

/** The staff application's start page: the caller's subtrees and figures. */
@Controller
class HomeController {

    private final OrganizationManagement organizations;
    private final PersonManagement people;

    HomeController(OrganizationManagement organizations, PersonManagement people) {
        this.organizations = organizations;
        this.people = people;
    }

    @GetMapping("/app")
    String home(Scope scope, Model model) {
        model.addAttribute("roots", organizations.children(null, scope));
        model.addAttribute("organizationCounts", organizations.countByLevel(scope));
        model.addAttribute("peopleCounts", people.countByCategory(scope));
        return "home";
    }
}
