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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.initiative.InitiativeExport;
import vn.lamtheobac.initiative.InitiativeField;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.InitiativeQuery;
import vn.lamtheobac.initiative.InitiativeStatus;
import vn.lamtheobac.organization.OrganizationManagement;
import vn.lamtheobac.shared.PageRequest;
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
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InitiativeField field,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean goodModels,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        var query = new InitiativeQuery(q, year, field, status, organization, goodModels, new PageRequest(page, size));
        model.addAttribute("result", initiatives.list(query, scope));
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("field", field);
        model.addAttribute("status", status);
        model.addAttribute("goodModels", goodModels);
        model.addAttribute("years", years());
        model.addAttribute("fields", InitiativeField.values());
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("badges", BADGES);
        model.addAttribute("canRegister", initiatives.canRegister(scope));
        model.addAttribute("canExport", initiatives.canExport(scope));
        if (organization != null) {
            model.addAttribute("organization", organizations.get(organization, scope));
        }
        return "initiatives/list";
    }

    @HxRequest
    @GetMapping(headers = "HX-Target=results")
    String results(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InitiativeField field,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean goodModels,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Scope scope,
            Model model) {
        list(q, year, field, status, organization, goodModels, page, size, scope, model);
        return "initiatives/list :: results";
    }

    /** The filtered list as XLSX, for those who read a subtree. */
    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) InitiativeField field,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "false") boolean goodModels,
            Scope scope,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var query = new InitiativeQuery(q, year, field, status, organization, goodModels, null);
        export.writeXlsx(query, locale, scope, () -> {
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
