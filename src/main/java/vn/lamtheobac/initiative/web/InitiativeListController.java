package vn.lamtheobac.initiative.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.lamtheobac.initiative.InitiativeExport;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.VietnamTime;
import vn.lamtheobac.shared.web.Downloads;

/** Models and actions: the list with its filters (htmx live search) and its XLSX export. */
@Controller
@RequestMapping("/app/initiatives")
class InitiativeListController {

    /** Bootstrap badge colours by status. */
    static final Map<InitiativeStatus, String> BADGES = Map.of(
            InitiativeStatus.REGISTERED, "text-bg-secondary",
            InitiativeStatus.IN_PROGRESS, "text-bg-primary",
            InitiativeStatus.COMPLETED, "text-bg-info",
            InitiativeStatus.EVALUATED, "text-bg-success");

    private final InitiativeManagement initiatives;
    private final InitiativeExport export;
    private final OrganizationManagement organizations;
    private final Clock clock;

    InitiativeListController(
            InitiativeManagement initiatives,
            InitiativeExport export,
            OrganizationManagement organizations,
            Clock clock) {
        this.initiatives = initiatives;
        this.export = export;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The list page; an htmx request (live search, filters, paging) gets only the results. */
    @GetMapping
    String list(@ModelAttribute("filter") ListFilter filter, Scope scope, Model model) {
        model.addAttribute("result", initiatives.list(filter.query(true), scope));
        model.addAttribute("q", filter.q());
        model.addAttribute("year", filter.year());
        model.addAttribute("field", filter.field());
        model.addAttribute("status", filter.status());
        model.addAttribute("goodModels", filter.goodModelsOnly());
        model.addAttribute("years", years());
        model.addAttribute("fields", InitiativeField.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("badges", BADGES);
        model.addAttribute("canRegister", initiatives.canRegister(scope));
        model.addAttribute("canExport", initiatives.canExport(scope));
        if (filter.organization() != null) {
            model.addAttribute("organization", organizations.get(filter.organization(), scope));
        }
        return "initiatives/list";
    }

    @HxRequest
    @GetMapping(headers = "HX-Target=results")
    String results(@ModelAttribute("filter") ListFilter filter, Scope scope, Model model) {
        list(filter, scope, model);
        return "initiatives/list :: results";
    }

    /** The filtered list as XLSX, for those who read a subtree. */
    @GetMapping("/export")
    void export(@ModelAttribute("filter") ListFilter filter, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        export.writeXlsx(filter.query(false), locale, scope, () -> {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    Downloads.attachment("mo-hinh-hanh-dong-" + VietnamTime.today(clock) + ".xlsx"));
            return response.getOutputStream();
        });
    }

    /** Years offered by the list filter: next year and the five before this one. */
    private List<Integer> years() {
        int now = VietnamTime.today(clock).getYear();
        var years = new ArrayList<Integer>();
        for (int y = now + 1; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }
}
