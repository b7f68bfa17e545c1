package vn.lamtheobac.identity.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.people.PersonManagement;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.WorkItem;
import vn.lamtheobac.shared.WorkItems;

/**
 * The staff application's start page: what the caller has to do now, from every module that publishes
 * {@link WorkItems} (most urgent first), then for staff their subtrees and figures.
 */
@Controller
class HomeController {

    private final OrganizationManagement organizations;
    private final PersonManagement people;
    private final List<WorkItems> workItems;

    HomeController(OrganizationManagement organizations, PersonManagement people, List<WorkItems> workItems) {
        this.organizations = organizations;
        this.people = people;
        this.workItems = workItems;
    }

    @GetMapping("/app")
    String home(Scope scope, Model model) {
        var items = workItems.stream()
                .flatMap(w -> w.itemsFor(scope).stream())
                .sorted(WorkItem.MOST_URGENT_FIRST)
                .toList();
        model.addAttribute("todo", items);
        model.addAttribute("nothingToDo", items.stream().allMatch(i -> i.urgency() == WorkItem.Urgency.INFO));
        model.addAttribute("roots", organizations.children(null, scope));
        model.addAttribute("organizationCounts", organizations.countByLevel(scope));
        model.addAttribute("peopleCounts", people.countByCategory(scope));
        return "home";
    }
}
