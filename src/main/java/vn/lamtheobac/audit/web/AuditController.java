package vn.lamtheobac.audit.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lamtheobac.audit.AuditEntry;
import vn.lamtheobac.audit.AuditQuery;
import vn.lamtheobac.audit.AuditTrail;
import vn.lamtheobac.shared.ActorNames;
import vn.lamtheobac.shared.PageRequest;
import vn.lamtheobac.shared.Scope;

/** Administrators browse and filter the audit trail, which reads in their language with people's names. */
@Controller
class AuditController {

    /** The fields of a recorded record that name it, in order of preference. */
    private static final List<String> NAMING_FIELDS = List.of("nameVi", "name", "fullName", "title", "symbol");

    private final AuditTrail trail;
    private final ActorNames actorNames;
    private final JsonMapper json;

    AuditController(AuditTrail trail, ActorNames actorNames, JsonMapper json) {
        this.trail = trail;
        this.actorNames = actorNames;
        this.json = json;
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
        var result = trail.search(query, scope);
        // one look-up for every name on the page; the page then asks for each by nameOf
        actorNames.displayNames(result.content().stream()
                .map(AuditEntry::actor)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        var details = new HashMap<Long, List<AuditDetails.Part>>();
        var subjects = new HashMap<Long, String>();
        result.content().forEach(e -> {
            details.put(e.id(), AuditDetails.of(e.detail()));
            subjects.put(e.id(), subject(e));
        });
        model.addAttribute("result", result);
        model.addAttribute("details", details);
        model.addAttribute("subjects", subjects);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditTrail.actions());
        model.addAttribute("entityTypes", AuditTrail.entityTypes());
        return "admin/audit";
    }

    /** What the changed record is called ("Chi bộ Văn phòng", "Giấy khen của Đảng ủy cơ sở"), from its recorded state. */
    private String subject(AuditEntry entry) {
        for (String state : new String[] {entry.after(), entry.before()}) {
            if (state == null) {
                continue;
            }
            try {
                JsonNode node = json.readTree(state);
                for (String field : NAMING_FIELDS) {
                    JsonNode value = node.get(field);
                    if (value != null && value.isString() && !value.asString().isBlank()) {
                        return value.asString();
                    }
                }
            } catch (JacksonException e) {
                return null;
            }
        }
        return null;
    }
}
