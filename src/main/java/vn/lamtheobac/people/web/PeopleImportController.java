package vn.lamtheobac.people.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lamtheobac.people.ImportJobView.ImportStatus;
import vn.lamtheobac.people.PeopleImport;
import vn.lamtheobac.shared.BusinessRuleException;
import vn.lamtheobac.shared.Paged;
import vn.lamtheobac.shared.Scope;
import vn.lamtheobac.shared.web.Downloads;
import vn.lamtheobac.shared.web.FormActions;

/**
 * Uploading a people file, following its check, reviewing what it will change and confirming it, reading its errors
 * and downloading its copy with an error column; the template.
 */
@Controller
@RequestMapping("/app/people/import")
class PeopleImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows of changes or errors per page. */
    static final int PAGE = 100;

    private final PeopleImport imports;
    private final MessageSource messages;

    PeopleImportController(PeopleImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** The uploader's confirmation of a checked file. */
    static class ConfirmForm {
        private boolean conversionsAccepted;

        public boolean isConversionsAccepted() {
            return conversionsAccepted;
        }

        public void setConversionsAccepted(boolean conversionsAccepted) {
            this.conversionsAccepted = conversionsAccepted;
        }
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
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("mau-nhap-nhan-su.xlsx"))
                .body(imports.template());
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, Scope scope, Model model) throws IOException {
        try {
            long id = imports.start(file.getOriginalFilename(), file.getBytes(), scope, true);
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

    /** The uploader has looked at the changes and writes them. */
    @PostMapping("/{id}/confirm")
    String confirm(
            @PathVariable long id,
            @ModelAttribute("confirm") ConfirmForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int page,
            Scope scope,
            Model model,
            RedirectAttributes redirect) {
        return FormActions.run(
                errors,
                redirect,
                "import.flash.confirmed",
                "/app/people/import/" + id,
                () -> imports.confirm(id, scope, form.isConversionsAccepted()),
                () -> job(id, page, scope, model));
    }

    /** The uploader drops a checked or refused file. */
    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        imports.cancel(id, scope);
        redirect.addFlashAttribute("flash", "import.flash.cancelled");
        return "redirect:/app/people/import";
    }

    /**
     * The job's page: its progress while it moves (htmx polls the same URL for the fragment), then what a checked
     * file will change, or every problem of a refused one, a page at a time.
     */
    @GetMapping("/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        var job = imports.get(id, scope);
        model.addAttribute("job", job);
        page = Math.max(0, page);
        int offset = page * PAGE;
        if (job.status() == ImportStatus.READY) {
            model.addAttribute(
                    "changes",
                    Paged.of(
                            imports.changes(id, scope, offset, PAGE),
                            page,
                            PAGE,
                            job.createdCount() + job.updatedCount()));
            model.addAttribute("conversions", imports.conversions(id, scope, 0, 500));
            if (!model.containsAttribute("confirm")) {
                model.addAttribute("confirm", new ConfirmForm());
            }
        } else if (job.errorCount() > 0) {
            model.addAttribute(
                    "errors", Paged.of(imports.errors(id, scope, offset, PAGE), page, PAGE, job.errorCount()));
        }
        return "people/import-job";
    }

    @HxRequest
    @GetMapping("/{id}")
    String progress(@PathVariable long id, Scope scope, Model model, HttpServletResponse response) {
        var job = imports.get(id, scope);
        if (!job.status().moving()) {
            // the work is over: the whole page again, with the changes or the errors
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "people/import-job :: progress";
    }

    /** The refused file back with an error column, to correct and import again. */
    @GetMapping("/{id}/errors.xlsx")
    void errorCopy(@PathVariable long id, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var copy = imports.errorCopy(id, scope);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(copy.fileName()));
        copy.writeTo(
                response.getOutputStream(),
                e -> messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale));
    }
}
