package vn.lamtheobac.directive.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.directive.DirectiveManagement;
import vn.lamtheobac.organization.LevelClass;
import vn.lamtheobac.shared.Scope;

/**
 * The target picker of the directive form (htmx fragments). A search lists matching organisations under the issuer
 * with their parent; a tick moves one into the "đã chọn" list, which no later search replaces, so ticks survive.
 */
@Controller
@RequestMapping("/app/directives")
class TargetPickerController {

    private final DirectiveManagement directives;
    private final TargetLabels labels;

    TargetPickerController(DirectiveManagement directives, TargetLabels labels) {
        this.directives = directives;
        this.labels = labels;
    }

    /** Organisations under the issuer matching {@code q}; those already chosen are shown ticked and disabled. */
    @HxRequest
    @GetMapping("/target-options")
    String targetOptions(
            @RequestParam("issuingOrganizationId") long issuer,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(name = "chosenTargetIds", required = false) List<Long> chosen,
            Scope scope,
            Model model) {
        requireIssuer(issuer, scope);
        model.addAttribute("issuer", issuer);
        model.addAttribute("options", labels.search(issuer, q, chosen == null ? List.of() : chosen, scope));
        return "directives/form :: targetOptions";
    }

    /** Picks one organisation: its result row, now chosen, and (out of band) its chip in the "đã chọn" list. */
    @HxRequest
    @GetMapping("/target-options/pick")
    String pick(
            @RequestParam("issuingOrganizationId") long issuer,
            @RequestParam("id") long id,
            @RequestParam(name = "chosenTargetIds", required = false) List<Long> chosen,
            Scope scope,
            Model model) {
        requireIssuer(issuer, scope);
        var already = chosen == null ? List.<Long>of() : chosen;
        var option = labels.pickable(issuer, id, already, scope);
        model.addAttribute("issuer", issuer);
        model.addAttribute("o", new TargetLabels.Option(option.organization(), option.parentName(), true));
        model.addAttribute("newChip", !option.chosen());
        return "directives/form :: picked";
    }

    /** The options of "every cell / grassroots organisation under X" for an issuer (when the issuer changes). */
    @HxRequest
    @GetMapping("/target-roots")
    String targetRoots(@RequestParam("issuingOrganizationId") long issuer, Scope scope, Model model) {
        requireIssuer(issuer, scope);
        model.addAttribute("upperRoots", labels.roots(issuer, LevelClass.UPPER_GRASSROOTS));
        model.addAttribute("grassrootsRoots", labels.roots(issuer, LevelClass.GRASSROOTS));
        return "directives/form :: rootOptions";
    }

    private void requireIssuer(long issuer, Scope scope) {
        directives.requireIssuer(issuer, scope);
    }
}
