package vn.lamtheobac.people.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lamtheobac.people.PeopleImport;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.Downloads;

/** Uploading a people file, following its progress, and downloading the template. */
@Controller
@RequestMapping("/app/people/import")
class PeopleImportController {

    private final PeopleImport imports;

    PeopleImportController(PeopleImport imports) {
        this.imports = imports;
    }

    @GetMapping
    String page(Scope scope, Model model) {
        imports.requireImporter(scope);
        model.addAttribute("canImport", imports.canImport(scope));
        model.addAttribute("jobs", imports.recent(scope));
        return "people/import";
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(Scope scope) {
        imports.requireImporter(scope);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("mau-nhap-nhan-su.xlsx"))
                .body(imports.template());
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, Scope scope, Model model) throws IOException {
        try {
            long id = imports.start(file.getOriginalFilename(), file.getBytes(), scope);
            return "redirect:/app/people/import/" + id;
        } catch (BusinessRuleException e) {
            model.addAttribute("uploadError", e.messageKey());
            model.addAttribute("uploadErrorArgs", e.args());
            return page(scope, model);
        }
    }

    /** An interrupted job, run again from the file it kept. */
    @PostMapping("/{id}/run-again")
    String runAgain(@PathVariable long id, Scope scope) {
        imports.runAgain(id, scope);
        return "redirect:/app/people/import/" + id;
    }

    /** The job's page; htmx polls the same URL for the progress fragment until the job is finished. */
    @GetMapping("/{id}")
    String job(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("job", imports.get(id, scope));
        return "people/import-job";
    }

    @HxRequest
    @GetMapping("/{id}")
    String progress(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("job", imports.get(id, scope));
        return "people/import-job :: progress";
    }
}
