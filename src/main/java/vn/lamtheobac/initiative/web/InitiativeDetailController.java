package vn.lamtheobac.initiative.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lamtheobac.initiative.InitiativeManagement;
import vn.lamtheobac.initiative.Replications;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.Downloads;

/** An initiative's page, its photos, and the picker of organisations that may adopt a good model. */
@Controller
@RequestMapping("/app/initiatives")
class InitiativeDetailController {

    private final InitiativeManagement initiatives;
    private final Replications replications;
    private final InitiativePage page;

    InitiativeDetailController(InitiativeManagement initiatives, Replications replications, InitiativePage page) {
        this.initiatives = initiatives;
        this.replications = replications;
        this.page = page;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        return page.show(id, scope, model);
    }

    /**
     * The organisations matching {@code q} that the caller may have adopt the good model, anywhere in their subtrees,
     * each with its parent, as radio buttons (search as you type).
     */
    @HxRequest
    @GetMapping("/{id}/adopter-options")
    String adopterOptions(@PathVariable long id, @RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        model.addAttribute("adopterOptions", replications.adopters(id, q, scope));
        model.addAttribute("adopterQuery", q);
        return "initiatives/detail :: adopterOptions";
    }

    @GetMapping("/{id}/photos/{fileId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long fileId, Scope scope) {
        var file = initiatives.photo(id, fileId, scope);
        return Downloads.of(file.fileName(), file.contentType(), initiatives.photoContent(id, fileId, scope));
    }
}
