package vn.lamtheobac.audit.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.audit.AuditQuery;
import vn.lamtheobac.audit.AuditTrail;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/** Administrators browse and filter the audit trail. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/app/admin/audit")
    String browse(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Scope scope,
            Model model) {
        var query = new AuditQuery(actor, action, entityType, entityId, from, to, new PageRequest(page, 50));
        model.addAttribute("result", trail.search(query, scope));
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditTrail.actions());
        return "admin/audit";
    }
}
